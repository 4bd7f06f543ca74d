#!/usr/bin/env node
// dist/cdn/aftercare.js: one minified ES module that exports the API and
// autoloads each element (src/cdn.ts); the elements, translations and demo
// data as lazy chunks beside it.
import { readFileSync, rmSync } from 'node:fs';
import { writeBrowserBundle } from './browser-bundle.mjs';
import { localeSplit, stringsChunkName } from './locale-split.mjs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
rmSync('dist/cdn', { recursive: true, force: true });
const { output } = await writeBrowserBundle(
  { aftercare: 'src/cdn.ts' },
  {
    dir: 'dist/cdn',
    entryFileNames: '[name].js',
    // An element's chunk is named after its tag (ac-order-tracker-[hash].js), the rest after their first module.
    chunkFileNames: ({ facadeModuleId }) => {
      const element = /components[\\/]([\w-]+)[\\/]define\.ts$/.exec(facadeModuleId ?? '');
      if (element) return `ac-${element[1]}-[hash].js`;
      return `${stringsChunkName(facadeModuleId) ?? '[name]'}-[hash].js`;
    },
    // What two or more elements share (Lit, core, the shared parts, the contract's validators) in one
    // chunk rather than many small ones: fewer requests, and brotli compresses one file better than ten.
    codeSplitting: {
      groups: [
        {
          name: 'core',
          minShareCount: 2,
          // Not the QR encoder: only the views that draw a QR code (a drop-off code, Connect LINE) load it.
          test: /node_modules[\\/](?!lean-qr)|src[\\/]core[\\/]|src[\\/]components[\\/]shared[\\/]|src[\\/]generated[\\/]contract[\\/]/,
        },
      ],
    },
    sourcemap: true,
  },
  // Each language's strings per element (and one shared module), loaded with the elements on the page.
  [localeSplit({ locales: targetLocales })],
);
for (const chunk of output)
  if (chunk.type === 'chunk') console.log(`dist/cdn/${chunk.fileName}  ${chunk.code.length} B`);
