// custom-elements.json for editors, Storybook docs and the package. Properties
// declared with `state: true` are internal: the analyzer lists every entry of
// `static properties` as an attribute, so private and protected ones are removed.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [
    {
      name: 'aftercare-internal-state',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            hidden.add('settingsRevision');
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
            }
            if (declaration.members)
              declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          }
        }
      },
    },
  ],
};
