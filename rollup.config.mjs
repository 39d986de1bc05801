import { readFileSync, readdirSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { partnerCss } from './scripts/partner-css-plugin.mjs';

/** One npm entry per component registration file and per component class, plus index and all. */
function npmEntries() {
  const entries = { index: 'src/index.ts', all: 'src/all.ts', 'scorm/scorm12': 'src/scorm/scorm12.ts', 'xapi/xapi': 'src/xapi/xapi.ts' };
  for (const name of readdirSync('src/components')) {
    entries[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
    entries[`components/${name}/${name}.component`] = `src/components/${name}/${name}.component.ts`;
  }
  return entries;
}

/** Lazily loaded chunks say what they hold: `ui-fr-….js`, `five-reasons-ar-….js`, `course-en-….js`. */
function chunkName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const kind = /\/translations\//.test(id) ? 'ui-' : (/\/content\/([\w-]+)\//.exec(id)?.[1] ?? '') + '-';
  return `${kind === '-' ? '' : kind}[name]-[hash].js`;
}

/**
 * Components that load the eager file instead of a chunk of their own: `<mhm-course>` shows every
 * element, and one file compresses better than six (35 KB brotli against 42 KB when measured).
 */
const eagerComponents = ['course'];

/** The CDN's element groups: each component's registration file, by folder name. */
function elementEntries() {
  const names = readdirSync('src/components').filter((name) => !eagerComponents.includes(name));
  return Object.fromEntries(names.map((name) => [name, `src/components/${name}/${name}.ts`]));
}

/** The tags a component's registration file defines (`define('mhm-quiz', …)`), read from its source. */
function tagsOf(name) {
  const tags = [...readFileSync(`src/components/${name}/${name}.ts`, 'utf8').matchAll(/\bdefine\(\s*'(mhm-[a-z-]+)'/g)].map((m) => m[1]);
  if (!tags.length) {
    throw new Error(`src/components/${name}/${name}.ts defines no mhm-* tag: the CDN loader could not load it.`);
  }
  return tags;
}

/** Filled by the two CDN builds, read by the loader's build: rollup runs the configs in order. */
const loaderManifest = { tags: {}, elements: {}, all: [], text: {} };

/**
 * Records, from a CDN build's chunks, what the loader must fetch: each entry with every chunk it
 * imports (so nothing is discovered one round trip late), and the same for each language's
 * interface text, built-in content and the built-in course's renderer.
 * @param {'all' | 'elements'} build The eager file's build, or the element groups'.
 */
function recordManifest(build) {
  return {
    name: 'record-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** The chunk and, depth first, every chunk it imports statically. */
      const closure = (chunk, files = new Set()) => {
        if (!files.has(chunk.fileName)) {
          files.add(chunk.fileName);
          chunk.imports.forEach((name) => closure(byName.get(name), files));
        }
        return [...files];
      };
      const facades = (pattern) => chunks.map((chunk) => [pattern.exec(chunk.facadeModuleId ?? ''), chunk]).filter(([match]) => match);
      const text = { ui: {}, content: {}, builtInCourse: [] };
      for (const [[, locale], chunk] of facades(/\/src\/translations\/([\w-]+)\.ts$/)) {
        text.ui[locale] = closure(chunk);
      }
      for (const [[, kind, locale], chunk] of facades(/\/src\/content\/([\w-]+)\/([\w-]+)\.ts$/)) {
        (text.content[kind] ??= {})[locale] = closure(chunk);
      }
      const [renderer] = facades(/\/src\/components\/course\/built-in-course\.ts$/);
      text.builtInCourse = renderer ? closure(renderer[1]) : [];
      loaderManifest.text[build] = text;
      const entries = chunks.filter((chunk) => chunk.isEntry);
      if (build === 'all') {
        loaderManifest.all = closure(entries[0]);
        eagerComponents.forEach((name) => tagsOf(name).forEach((tag) => (loaderManifest.tags[tag] = name)));
        if (!renderer || !text.content.course?.en || !text.content['five-reasons']?.en) {
          throw new Error('The eager build has no built-in course or five reasons chunks: the CDN loader would not know them.');
        }
      } else {
        for (const chunk of entries) {
          loaderManifest.elements[chunk.name] = closure(chunk);
          tagsOf(chunk.name).forEach((tag) => (loaderManifest.tags[tag] = chunk.name));
        }
      }
    },
  };
}

/** Gives the loader the element build's manifest in place of the empty stand-in in src/loader/manifest.ts. */
function writeManifest() {
  const id = '\0mhm-loader-manifest';
  return {
    name: 'loader-manifest',
    resolveId: (source, importer) => (source === './manifest.js' && importer?.endsWith('/src/loader/loader.ts') ? id : null),
    load(source) {
      if (source !== id) return null;
      if (!loaderManifest.text.all || !loaderManifest.text.elements) {
        throw new Error('The loader is built after the two CDN builds, which write its manifest.');
      }
      return `export const manifest = ${JSON.stringify(loaderManifest)};`;
    },
  };
}

/** A CDN build: lit inlined, minified; its lazily loaded text chunks and shared chunks beside it. */
function cdnBuild(input, { entryFileNames, build }) {
  return {
    input,
    // Lazy chunks import shared code straight from an entry, instead of a second eager chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames,
      // Code shared between elements is the core: `core-….js`, whatever module comes first in it.
      chunkFileNames: (chunk) => (chunk.facadeModuleId ? chunkName(chunk) : 'core-[hash].js'),
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({ tsconfig: './tsconfig.json', rootDir: 'src', outDir: 'dist/cdn', declaration: false }),
      minifyTemplates(),
      // Plain terser: no property mangling by name.
      terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
      recordManifest(build),
    ],
    onwarn,
  };
}

const onwarn = (warning, warn) => {
  // Any warning is a build defect (circular imports, unresolved modules): stop the build.
  throw new Error(warning.message, { cause: warn });
};

export default [
  // For npm users and bundlers: ES modules, lit left as an import, declarations beside them.
  // tsc's output as it is. `importHelpers` makes the decorators import `__decorate` from tslib,
  // which nodeResolve bundles into one shared chunk: dist/ never imports tslib itself.
  {
    input: npmEntries(),
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('lit-'),
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}`,
    },
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: './tsconfig.json',
        rootDir: 'src',
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
      }),
      minifyTemplates(),
    ],
    onwarn,
  },
  // The CDN folder, three builds into dist/cdn/, run in this order:
  // 1. `mhm-elements.all.js`: every element in one script (one request; SCORM and offline packages;
  //    CSP without dynamic import), lit inlined, with its interface text and built-in content as lazy chunks.
  cdnBuild({ 'mhm-elements.all': 'src/cdn.ts' }, { entryFileNames: '[name].js', build: 'all' }),
  // 2. One content-hashed entry per element but the course (`quiz-….js`), sharing the core in
  //    `core-….js` chunks. Both builds keep what each entry, language and built-in content needs for 3.
  cdnBuild(elementEntries(), { entryFileNames: '[name]-[hash].js', build: 'elements' }),
  // 3. `mhm-elements.js`: the small loader with that manifest written into it.
  {
    input: { 'mhm-elements': 'src/loader/loader.ts' },
    output: { dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js' },
    plugins: [
      writeManifest(),
      typescript({ tsconfig: './tsconfig.json', rootDir: 'src', outDir: 'dist/cdn', declaration: false }),
      terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
      partnerCss(),
    ],
    onwarn,
  },
];
