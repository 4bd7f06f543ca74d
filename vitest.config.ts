import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM, CHROMIUM_ARGS } from './test/support/browser.mjs';

const configDir = `${import.meta.dirname}/.storybook`;

/** Every bare import in src/ — known up front, so a fresh clone does not reload the page mid-test to optimize one. */
const litDeps = [
  'lit',
  'lit/directive-helpers.js',
  'lit/directives/if-defined.js',
  '@lit/localize',
  '@lit/task',
  '@lit/context',
  'zod/mini',
  'lean-qr',
  'lean-qr/extras/svg',
];

/** Every story is a test (render, play function, axe), once in each language, and in dark mode too. */
const storyProject = (locale: string, theme: 'light' | 'dark' = 'light') => ({
  extends: true as const,
  plugins: [storybookTest({ configDir })],
  define: {
    'import.meta.env.VITE_STORY_LOCALE': JSON.stringify(locale),
    'import.meta.env.VITE_STORY_THEME': JSON.stringify(theme),
  },
  optimizeDeps: {
    include: [...litDeps],
  },
  test: {
    name: theme === 'light' ? `stories-${locale}` : `stories-${locale}-${theme}`,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
});

/** Tests that need Vite (React is CommonJS), in Chromium too. */
const reactProject = {
  extends: true as const,
  optimizeDeps: {
    include: ['react', 'react-dom/client', '@lit/react', ...litDeps],
  },
  test: {
    name: 'react',
    // The first test also waits for Vite to transform the whole element graph; on a loaded CI machine that took over 15 s.
    testTimeout: 60_000,
    include: ['test/react/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' as const }],
    },
  },
};

export default defineConfig({
  test: {
    // Axe checks every story in each language and in both colour schemes.
    projects: [
      ...['en', 'th', 'id'].flatMap((locale) => [storyProject(locale), storyProject(locale, 'dark')]),
      reactProject,
    ],
    reporters: ['default', ['json', { outputFile: 'reports/stories.json' }]],
  },
});
