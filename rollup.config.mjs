import { readdirSync } from 'node:fs';
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
  // For a partner's <script type="module" src="…">: one minified file with lit inlined.
  {
    input: { 'mhm-elements': 'src/all.ts' },
    // Lazy chunks import shared code straight from the entry, instead of a second eager chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkName,
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript({
        tsconfig: './tsconfig.json',
        rootDir: 'src',
        outDir: 'dist/cdn',
        declaration: false,
      }),
      minifyTemplates(),
      // Plain terser: no property mangling by name.
      terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } }),
      partnerCss(),
    ],
    onwarn,
  },
];
