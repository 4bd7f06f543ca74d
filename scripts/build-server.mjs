#!/usr/bin/env node
// dist/server/main.js: the reference server (server/main.ts and the src modules it imports) compiled to
// one ES module for `npx aftercare-server` (bin/aftercare-server.mjs), no TypeScript loader at runtime.
// Packages stay external: they are the package's dependencies.
import { rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { rolldown } from 'rolldown';

rmSync('dist/server', { recursive: true, force: true });
const bare = /^[^./]/; // a package or node: import, not a file of this repository
const bundle = await rolldown({
  input: { main: 'server/main.ts' },
  platform: 'node',
  external: (id) => bare.test(id) || builtinModules.includes(id),
  tsconfig: 'tsconfig.json',
});
const { output } = await bundle.write({ dir: 'dist/server', format: 'es', sourcemap: true });
await bundle.close();
const packages = new Set(
  output.flatMap((chunk) => (chunk.type === 'chunk' ? [...chunk.imports, ...chunk.dynamicImports] : [])),
);
for (const chunk of output)
  if (chunk.type === 'chunk') console.log(`dist/server/${chunk.fileName}  ${chunk.code.length} B`);
console.log(`imports: ${[...packages].filter((id) => bare.test(id) && !id.startsWith('node:')).join(', ')}`);
