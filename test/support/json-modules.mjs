/**
 * Serves the library's own JSON files (src/**.json, such as the demo seed
 * data) as ES modules when a module imports them, as Vite and Rolldown do.
 * Other JSON (package.json read by a test, fixtures in node_modules) is
 * served as it is.
 */
export function jsonModulesPlugin() {
  const isModule = (context) => context.path.startsWith('/src/') && context.path.endsWith('.json');
  return {
    name: 'json-modules',
    resolveMimeType(context) {
      if (isModule(context)) return 'js';
    },
    transform(context) {
      if (isModule(context)) return { body: `export default ${context.body};` };
    },
  };
}
