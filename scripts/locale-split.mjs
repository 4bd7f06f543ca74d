// A Rolldown plugin for the CDN bundle: each language's strings split by the
// elements that use them, so a Thai page loads only its elements' strings.
// lit-localize's analysis of the sources (the one `lit-localize extract` runs)
// says which files call msg() with each message id; a file under
// src/components/<folder>/ belongs to that element, everything else (core,
// shared parts) and any message used by two elements goes to `shared`. The
// generated per-language modules (src/generated/locales/*.ts, from the XLIFF
// files) stay as lit-localize builds them: translators' workflow is unchanged.
// src/core/locale-loaders.ts is replaced by a map of one module per
// language and group (read by src/core/localization.ts).
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import ts from 'typescript';

const LOADERS = resolve('src/core/locale-loaders.ts');
const PREFIX = '\0aftercare-strings:';

/** Message id → the group whose strings it is. */
function messageGroups() {
  const config = ts.getParsedCommandLineOfConfigFile(
    'tsconfig.localize.json',
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  const program = ts.createProgram(config.fileNames, config.options);
  const { messages, errors } = extractMessagesFromProgram(program);
  if (errors.length) throw new Error(`lit-localize analysis failed: ${errors.length} errors`);
  const byId = new Map();
  for (const message of messages) {
    const folder = /src[\\/]components[\\/]([\w-]+)[\\/]/.exec(message.file.fileName)?.[1];
    const group = folder && folder !== 'shared' ? folder : 'shared';
    const seen = byId.get(message.name);
    byId.set(message.name, seen === undefined || seen === group ? group : 'shared');
  }
  return byId;
}

/** The entries of lit-localize's `templates` object in a generated module, as source text, by id. */
function templateEntries(locale) {
  const file = `src/generated/locales/${locale}.ts`;
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports = source.statements.filter(ts.isImportDeclaration).map((s) => s.getText(source));
  const entries = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === 'templates') {
      for (const property of node.initializer.properties) {
        const id = property.name.getText(source).replace(/^['"]|['"]$/g, '');
        entries.set(id, property.initializer.getText(source));
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, entries };
}

export function localeSplit({ locales }) {
  let modules;
  return {
    name: 'aftercare-locale-split',
    buildStart() {
      const groups = messageGroups();
      modules = new Map();
      for (const locale of locales) {
        const { imports, entries } = templateEntries(locale);
        const byGroup = new Map();
        for (const [id, value] of entries) {
          const group = groups.get(id) ?? 'shared'; // Not in the sources any more: kept, as lit-localize keeps it.
          if (!byGroup.has(group)) byGroup.set(group, []);
          byGroup.get(group).push(`${JSON.stringify(id)}: ${value}`);
        }
        for (const [group, lines] of byGroup)
          modules.set(
            `${locale}.${group}`,
            `${imports.join('\n')}\nexport const templates = {\n${lines.join(',\n')}\n};\n`,
          );
      }
    },
    resolveId(source) {
      if (source.startsWith(PREFIX)) return source;
      return undefined;
    },
    load(id) {
      if (id.startsWith(PREFIX)) return { code: modules.get(id.slice(PREFIX.length)), moduleType: 'js' };
      if (resolve(id) !== LOADERS && !id.endsWith(`${sep}core${sep}locale-loaders.ts`)) return undefined;
      const byLocale = locales.map((locale) => {
        const loaders = [...modules.keys()]
          .filter((key) => key.startsWith(`${locale}.`))
          .map(
            (key) =>
              `    ${JSON.stringify(key.slice(locale.length + 1))}: () => import(${JSON.stringify(PREFIX + key)}),`,
          );
        return `  ${locale}: {\n${loaders.join('\n')}\n  },`;
      });
      return { code: `export const LOCALE_LOADERS = {\n${byLocale.join('\n')}\n};\n`, moduleType: 'js' };
    },
  };
}

/** A chunk name for a strings module: th-order-tracker, th-shared… */
export const stringsChunkName = (facadeModuleId) =>
  facadeModuleId?.startsWith(PREFIX) ? facadeModuleId.slice(PREFIX.length).replace('.', '-') : undefined;
