// custom-elements.json for editors, Storybook docs and the package: it lists the
// public API only (public attributes and properties, events, parts, CSS
// properties, slots). The plugin below is generic (no per-file lists), so it
// keeps working when files move.

/**
 * Drops what is not public API from every class in the manifest:
 * - static fields (`contract`, `styles`, `properties`, …: class plumbing, not
 *   element API); public static methods stay, as API of the class;
 * - private, protected and `#private` members;
 * - members marked `@internal` or `@ignore` in their JSDoc (on the field or on
 *   its entry in `static properties`);
 * - reactive state: entries of `static properties` with `state: true`, and
 *   fields decorated with `@state()`. The analyzer lists every entry of
 *   `static properties` as a public field and an attribute, whatever the
 *   field's own privacy;
 * - attributes backed by any of the above;
 * - events the analyzer guessed from `this.dispatchEvent(new CustomEvent(name))`
 *   with a non-literal name (e.g. a generic `emit(type, …)` helper lists an event
 *   called `type`); events documented with `@fires` stay.
 * Filtering happens per module (before inheritance is applied, so subclasses do
 * not inherit hidden members) and again on the whole package.
 */
function publicApiOnly() {
  /** `${module path}#${class name}` -> names of members to hide. */
  const hiddenByClass = new Map();
  /** `${module path}#${class name}` -> event names that were variables, not literals. */
  const dynamicEventsByClass = new Map();
  const key = (modulePath, className) => `${modulePath}#${className}`;
  const addTo = (map, k, name) => {
    if (!map.has(k)) map.set(k, new Set());
    map.get(k).add(name);
  };

  const hasJsDocTag = (ts, node, ...tags) =>
    ts.getJSDocTags(node).some((tag) => tags.includes(tag.tagName.escapedText ?? tag.tagName.text));
  const nameOf = (ts, node) =>
    node?.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) || ts.isPrivateIdentifier(node.name))
      ? node.name.text
      : undefined;
  const unwrap = (ts, expression) => {
    let current = expression;
    while (
      current &&
      (ts.isAsExpression(current) ||
        ts.isParenthesizedExpression(current) ||
        ts.isTypeAssertionExpression?.(current) ||
        ts.isSatisfiesExpression?.(current))
    )
      current = current.expression;
    return current;
  };
  /** The object literal of `static properties = {…}` or `static get properties() { return {…}; }`. */
  const propertiesObject = (ts, member) => {
    if (ts.isPropertyDeclaration(member)) {
      const value = unwrap(ts, member.initializer);
      return value && ts.isObjectLiteralExpression(value) ? value : undefined;
    }
    if (ts.isGetAccessorDeclaration(member)) {
      const returned = member.body?.statements.find((statement) => ts.isReturnStatement(statement));
      const value = unwrap(ts, returned?.expression);
      return value && ts.isObjectLiteralExpression(value) ? value : undefined;
    }
    return undefined;
  };
  const isStatic = (ts, member) => member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
  const isTrueOption = (ts, options, option) =>
    options.properties.some(
      (property) =>
        ts.isPropertyAssignment(property) &&
        nameOf(ts, property) === option &&
        property.initializer.kind === ts.SyntaxKind.TrueKeyword,
    );
  const decoratorName = (ts, decorator) => {
    const expression = ts.isCallExpression(decorator.expression)
      ? decorator.expression.expression
      : decorator.expression;
    return ts.isIdentifier(expression) ? expression.text : undefined;
  };

  function analyzeClass(ts, node, moduleDoc) {
    const className = node.name?.text;
    if (!className) return;
    const k = key(moduleDoc.path, className);
    for (const member of node.members) {
      const name = nameOf(ts, member);
      if (!name) continue;
      if (isStatic(ts, member) && name === 'properties') {
        for (const entry of propertiesObject(ts, member)?.properties ?? []) {
          const entryName = nameOf(ts, entry);
          if (!entryName) continue;
          const options = ts.isPropertyAssignment(entry) ? unwrap(ts, entry.initializer) : undefined;
          const state = options && ts.isObjectLiteralExpression(options) && isTrueOption(ts, options, 'state');
          if (state || hasJsDocTag(ts, entry, 'internal', 'ignore')) addTo(hiddenByClass, k, entryName);
        }
        continue;
      }
      if (hasJsDocTag(ts, member, 'internal', 'ignore')) addTo(hiddenByClass, k, name);
      const decorators = ts.canHaveDecorators?.(member) ? (ts.getDecorators(member) ?? []) : [];
      if (decorators.some((decorator) => ['state', 'internalProperty'].includes(decoratorName(ts, decorator))))
        addTo(hiddenByClass, k, name);
    }
    // Events whose name the analyzer took from a variable: `this.dispatchEvent(new CustomEvent(type))`.
    const visit = (child) => {
      if (
        ts.isCallExpression(child) &&
        ts.isPropertyAccessExpression(child.expression) &&
        child.expression.name.text === 'dispatchEvent'
      ) {
        for (const argument of child.arguments) {
          if (!ts.isNewExpression(argument)) continue;
          const first = argument.arguments?.[0];
          if (first && !ts.isStringLiteralLike(first)) addTo(dynamicEventsByClass, k, first.text ?? '');
        }
      }
      ts.forEachChild(child, visit);
    };
    ts.forEachChild(node, visit);
  }

  /** Whether a member, attribute or event of `declaration` is hidden, looking at the class that declared it. */
  function lookup(map, modulePath, declaration, item) {
    const from = item.inheritedFrom;
    const k = from?.module ? key(from.module, from.name) : key(modulePath, declaration.name);
    return map.get(k);
  }

  function clean(modulePath, declaration) {
    if (declaration.kind !== 'class' && declaration.kind !== 'mixin') return;
    const hiddenNames = new Set();
    const isHiddenMember = (member) =>
      (member.static === true && member.kind !== 'method') ||
      member.privacy === 'private' ||
      member.privacy === 'protected' ||
      member.name.startsWith('#') ||
      lookup(hiddenByClass, modulePath, declaration, member)?.has(member.name) === true;
    for (const member of declaration.members ?? []) if (isHiddenMember(member)) hiddenNames.add(member.name);
    if (declaration.members) declaration.members = declaration.members.filter((member) => !isHiddenMember(member));
    if (declaration.attributes)
      declaration.attributes = declaration.attributes.filter(
        (attribute) =>
          !hiddenNames.has(attribute.fieldName ?? attribute.name) &&
          lookup(hiddenByClass, modulePath, declaration, attribute)?.has(attribute.fieldName ?? attribute.name) !==
            true,
      );
    if (declaration.events)
      declaration.events = declaration.events.filter(
        (event) =>
          event.name &&
          (event.description || lookup(dynamicEventsByClass, modulePath, declaration, event)?.has(event.name) !== true),
      );
  }

  return {
    name: 'aftercare-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) analyzeClass(ts, node, moduleDoc);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) clean(moduleDoc.path, declaration);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) clean(module.path, declaration);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  litelement: true,
  plugins: [publicApiOnly()],
};
