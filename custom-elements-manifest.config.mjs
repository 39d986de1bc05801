/**
 * Custom Elements Manifest for editors, Storybook and partners' tooling: `npm run analyze` writes
 * `custom-elements.json` at the repository root, describing the TypeScript sources.
 *
 * The internal base class is analysed too, so that anything public it ever gains is inherited by
 * every element; the plugin below then removes what is not public API.
 */

/** Folder of shared machinery: analysed for inheritance, never listed as a module of the package. */
const internal = 'src/internal/';

/** Global HTML attributes the base class observes for language and direction; not element API. */
const globalAttributes = new Set(['lang', 'dir']);

/** A source-text default that names a constant instead of a value, e.g. `defaultHeadingLevel`. */
const identifier = /^[A-Za-z_$][\w$]*$/;
const literalWords = new Set(['true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);

/** Keeps the manifest to public API only. */
function publicApiOnly() {
  return {
    name: 'mhm-public-api-only',
    // Runs after the analyzer's own inheritance step, so inherited members are filtered too.
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') {
            continue;
          }
          cleanClass(declaration);
        }
      }
      customElementsManifest.modules = modules.filter((module) => !module.path.startsWith(internal));
    },
  };
}

function cleanClass(declaration) {
  declaration.members = declaration.members?.filter(
    (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
  );

  // `observedAttributes` adds lang and dir only to watch language changes.
  declaration.attributes = declaration.attributes?.filter(
    (attribute) => attribute.fieldName !== undefined || !globalAttributes.has(attribute.name),
  );

  // The analyzer guesses events from dispatchEvent calls: the base class's `emit(name, …)` yields an
  // event called "name". Every real event is documented with `@event`, so it has a description.
  declaration.events = declaration.events?.filter((event) => event.description);

  // An attribute's type and default come from its property: the analyzer resolves a constant
  // (`= defaultHeadingLevel`) for the property but leaves the attribute with the constant's name.
  for (const attribute of declaration.attributes ?? []) {
    const field = declaration.members?.find((member) => member.name === attribute.fieldName);
    if (!field) {
      continue;
    }
    attribute.type ??= field.type;
    if (
      field.default !== undefined &&
      (attribute.default === undefined || (identifier.test(attribute.default) && !literalWords.has(attribute.default)))
    ) {
      attribute.default = field.default;
    }
  }

  // Storybook's docs page and most editors show `description`; the class comment has only `@summary`.
  if (!declaration.description && declaration.summary) {
    declaration.description = declaration.summary;
  }

  // The analyzer writes the superclass's import specifier (`/src/internal/mhm-element.js`); point it
  // at the source file, like every module path in this manifest.
  const superModule = declaration.superclass?.module;
  if (superModule?.includes(internal)) {
    declaration.superclass.module = superModule.replace(/^\//, '').replace(/\.js$/, '.ts');
  }

  for (const key of ['members', 'attributes', 'events']) {
    if (declaration[key]?.length === 0) {
      delete declaration[key];
    }
  }
}

export default {
  globs: ['src/components/**/*.component.ts', `${internal}mhm-element.ts`],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // package.json already says "customElements": "custom-elements.json"; never let the analyzer rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
