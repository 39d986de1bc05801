// Builds what `npx mhm-elements offline` puts in its one-file course, one set per language of the
// built-in course (run by `npm run build`, after rollup):
//   dist/offline/mhm-elements-<lang>.js    every element, lit inlined, that language's interface text,
//                                          built-in course and five reasons statically inside: one
//                                          module with no import of any other file;
//   dist/offline/<lang>.json               the page's language, direction and title;
//   dist/offline/mhm-offline-worker.js     the service worker for hosted pages, copied from
//                                          src/offline/ (not in dist/cdn/: no page imports it, and
//                                          the SCORM packager takes every other file there).
//
// Other languages are left out: an import of another language's text resolves to the English
// module, as the library falls back to English for a language it has no text for. English stays in
// every file (the interface text is always there; its course and five reasons stand in for a
// course file in a language the built-in course is not written in).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import ts from 'typescript';
import { minifyTemplates } from './minify-templates.mjs';
import { transpile } from './transpile-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist/offline');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const transpileTs = transpile(root);

/** A module of one language's text: `src/translations/fr.ts`, `src/content/course/ar.ts`… */
const languageModule = /^(.*[\\/]src[\\/](?:translations|content[\\/][\w-]+))[\\/]([a-z]{2,3})\.ts$/;

/**
 * Every other language's text becomes a module that re-exports the English one beside it, so the
 * loaders stay as they are and only this language and English are in the bundle.
 */
function onlyLanguage(lang) {
  return {
    name: 'only-language',
    load(id) {
      const match = languageModule.exec(id);
      if (!match || match[2] === lang || match[2] === 'en') return null;
      return "export { default } from './en.js';\n";
    },
  };
}

/** The languages of the built-in course: one file each in src/content/course/. */
function courseLanguages() {
  return readdirSync(join(root, 'src/content/course'))
    .map((name) => /^([a-z]{2,3})\.ts$/.exec(name)?.[1])
    .filter(Boolean)
    .sort();
}

/** The built-in course's language, direction and title, read from its TypeScript source. */
async function courseFacts(lang) {
  const source = readFileSync(join(root, `src/content/course/${lang}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 },
  });
  const course = (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)).default;
  return { lang: course.lang, dir: course.dir, title: course.title };
}

let cache;

async function buildLanguage(lang) {
  const bundle = await rollup({
    input: join(root, 'src/all.ts'),
    cache,
    plugins: [onlyLanguage(lang), transpileTs, nodeResolve({ exportConditions: ['production'] }), minifyTemplates()],
    onwarn: (warning) => {
      throw new Error(`build-offline (${lang}): ${warning.message}`);
    },
  });
  cache = bundle.cache;
  const { output } = await bundle.generate({
    format: 'es',
    inlineDynamicImports: true,
    // terser's `inline_script` (on by default) keeps `</script` and `<!--` out of the code, so it
    // can sit inside an HTML <script> element; the command line checks it too.
    plugins: [terser({ module: true, ecma: 2021, compress: { passes: 2 }, format: { comments: false } })],
  });
  await bundle.close();
  const [chunk] = output;
  writeFileSync(join(outDir, `mhm-elements-${lang}.js`), chunk.code);
  writeFileSync(join(outDir, `${lang}.json`), `${JSON.stringify({ ...(await courseFacts(lang)), version }, null, 2)}\n`);
  return chunk.code.length;
}

mkdirSync(outDir, { recursive: true });
for (const lang of courseLanguages()) {
  const bytes = await buildLanguage(lang);
  console.log(`build-offline: dist/offline/mhm-elements-${lang}.js (${(bytes / 1024).toFixed(1)} KB)`);
}
copyFileSync(join(root, 'src/offline/mhm-offline-worker.js'), join(outDir, 'mhm-offline-worker.js'));
