import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configure } from 'storybook/test';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { setLocale } from '../src/core/localization.js';
import '../src/components/provider/define.js';

// Autodocs and Controls (attributes, properties, events, slots, parts, CSS
// properties) come from custom-elements.json, which `npm run manifest` generates
// from the JSDoc; its plugin keeps only the public API. A manifest left over from
// an older analyzer run may still list static or non-public members (and
// attributes made from them): drop those.
type ManifestMember = { static?: boolean; privacy?: string; name: string };
type ManifestDeclaration = { members?: ManifestMember[]; attributes?: { name: string; fieldName?: string }[] };
type Manifest = { modules?: { declarations?: ManifestDeclaration[] }[] };
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) {
  const isPublic = (member: ManifestMember) =>
    !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#');
  for (const declaration of manifest.modules?.flatMap((module) => module.declarations ?? []) ?? []) {
    const hidden = new Set(declaration.members?.filter((member) => !isPublic(member)).map((member) => member.name));
    declaration.members = declaration.members?.filter(isPublic);
    declaration.attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName ?? ''));
  }
  setCustomElementsManifest(manifest);
}

// Widgets load their steps as lazy chunks; on a busy CI machine the first load of a
// chunk can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

/** Adapter scenarios a story picks with `parameters.scenario`. */
export type Scenario = 'ok' | 'slow' | 'empty' | 'error' | 'malformed';

const SCENARIOS: Record<Scenario, MemoryAdapterOptions> = {
  ok: {},
  // Slow enough to look at the skeleton; stories of the loading state use 'slow'.
  slow: { latency: 60_000 },
  empty: { empty: true },
  error: { fail: 'unavailable' },
  malformed: { fail: 'malformed' },
};

/** Wraps every story in a provider with the scenario's adapter and the toolbar's theme. */
const withProvider: Decorator = (story, { parameters, globals }) => {
  const scenario = (parameters['scenario'] as Scenario | undefined) ?? 'ok';
  const adapter = new MemoryAdapter({ ...SCENARIOS[scenario], ...(parameters['adapterOptions'] ?? {}) });
  const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = theme;
  document.body.style.background = theme === 'dark' ? '#17191e' : '#ffffff';
  return html`<ac-provider .adapter=${adapter} theme=${theme}>${story()}</ac-provider>`;
};

const preview: Preview = {
  decorators: [withProvider],
  // Story tests run once per locale and scheme: the Vitest project sets VITE_STORY_LOCALE and VITE_STORY_THEME.
  initialGlobals: {
    locale: import.meta.env['VITE_STORY_LOCALE'] ?? 'en',
    theme: import.meta.env['VITE_STORY_THEME'] ?? 'light',
  },
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'th', title: 'ไทย' },
          { value: 'id', title: 'Bahasa Indonesia' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  loaders: [
    async ({ globals }) => {
      const locale = (globals['locale'] as string | undefined) ?? 'en';
      document.documentElement.lang = locale;
      await setLocale(locale);
      return {};
    },
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
  tags: ['autodocs'],
};

export default preview;
