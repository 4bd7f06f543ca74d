import { resolve } from 'node:path';
import { defineConfig, type ProxyOptions } from 'vite';
import { elements } from './src/elements.json';

/** Public entries of the npm package; `ac-*` entries register an element (side effects). */
export const PACKAGE_ENTRIES = {
  index: 'src/index.ts',
  api: 'src/api.ts',
  react: 'src/react.ts',
  ...Object.fromEntries(elements.map((e) => [e.tag, `src/components/${e.folder}/define.ts`])),
  'adapters/memory': 'src/adapters/memory/index.ts',
  'adapters/rest': 'src/adapters/rest/index.ts',
  // Vendor mappers: their own entries, never in the CDN bundle.
  'adapters/aftership': 'src/adapters/aftership/index.ts',
  'adapters/shopify': 'src/adapters/shopify/index.ts',
  'adapters/woocommerce': 'src/adapters/woocommerce/index.ts',
};

const root = import.meta.dirname;

/**
 * `vite` serves the demo storefront; `vite build` builds the npm package
 * (unminified ESM, dependencies external, shared chunks). The CDN bundle is
 * scripts/build-cdn.mjs.
 */
export default defineConfig(({ command, mode }) => {
  if (mode === 'demo') {
    // The demo storefront as a production site (for Lighthouse): `vite build --mode demo`.
    return {
      base: './',
      build: { outDir: 'dist/demo', emptyOutDir: true, rolldownOptions: { input: resolve(root, 'demo/index.html') } },
    };
  }
  if (command === 'serve') {
    // `npm start` (scripts/start.mjs) runs the reference server and names it here: the page calls it at /api,
    // on its own origin, so the server needs no CORS.
    const api = process.env['AFTERCARE_DEMO_API'];
    const proxy: Record<string, ProxyOptions> = api
      ? { '^/api(/|$)': { target: api, rewrite: (path: string) => path.replace(/^\/api/, '') || '/' } }
      : {};
    return { server: { open: process.env.CI ? false : '/demo/', host: '127.0.0.1', port: 5173, proxy } };
  }
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: {
        entry: Object.fromEntries(Object.entries(PACKAGE_ENTRIES).map(([name, path]) => [name, resolve(root, path)])),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^lean-qr(\/|$)/, /^react(\/|$)/],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
