#!/usr/bin/env node
// dist/cdn/aftercare.js: one minified ES module that registers every element
// and exports the API; translations and demo data as lazy chunks beside it.
import { rmSync } from 'node:fs';
import { writeBrowserBundle } from './browser-bundle.mjs';

rmSync('dist/cdn', { recursive: true, force: true });
const { output } = await writeBrowserBundle(
  { aftercare: 'src/index.ts' },
  { dir: 'dist/cdn', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', sourcemap: true },
);
for (const chunk of output)
  if (chunk.type === 'chunk') console.log(`dist/cdn/${chunk.fileName}  ${chunk.code.length} B`);
