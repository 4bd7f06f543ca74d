// The production bundle as a browser downloads it: everything bundled,
// minified, shared code kept in the entry, lazy chunks for dynamic imports.
// Rolldown directly, because Vite wraps every dynamic import in a preload
// helper (~1 KB brotli) that an embeddable library does not need.
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { Features } from 'lightningcss';
import { rolldown } from 'rolldown';

/**
 * The CSS in `css` templates, minified by Lit's own plugin (LightningCSS);
 * html templates stay as written, whitespace and all. The targets are the
 * oldest browsers we support, and nothing is transpiled (`light-dark()`,
 * relative colours and logical properties reach the browser as written), so
 * minifying only drops what no browser needs.
 */
const minifyCss = minifyLiterals({
  failOnError: true,
  options: {
    shouldMinify: () => false,
    minifyOptions: {
      minifyCSS: {
        targets: { chrome: 111 << 16, firefox: 128 << 16, safari: (16 << 16) | (4 << 8) },
        exclude: Object.values(Features).reduce((all, flag) => all | flag, 0),
      },
    },
  },
});

const inputOptions = (input, plugins = []) => ({
  input,
  tsconfig: 'tsconfig.json',
  platform: 'browser',
  // Keeps shared code in the entry instead of a chunk fetched after it (one round trip less).
  preserveEntrySignatures: 'allow-extension',
  transform: { target: 'es2022' },
  // The CDN entry imports every element that the journey also loads lazily: expected, not a mistake.
  checks: { ineffectiveDynamicImport: false },
  logLevel: 'warn',
  plugins: [minifyCss, ...plugins],
  treeshake: { manualPureFunctions: ['css'] },
});

const outputOptions = (output) => ({ format: 'esm', minify: true, comments: false, ...output });

/** The bundle in memory, as the size bench measures it. */
export async function bundleForBrowser(input, output = {}) {
  const bundle = await rolldown(inputOptions(input));
  try {
    return await bundle.generate(outputOptions(output));
  } finally {
    await bundle.close();
  }
}

/** The same bundle on disk, as the CDN ships it (with the CDN's own plugins). */
export async function writeBrowserBundle(input, output, plugins) {
  const bundle = await rolldown(inputOptions(input, plugins));
  try {
    return await bundle.write(outputOptions(output));
  } finally {
    await bundle.close();
  }
}
