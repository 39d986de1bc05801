// Writes the built-in course and the interface text as JSON files in dist/, for the CLI's
// `translate` command, which runs from the installed package with Node alone (no TypeScript):
//   dist/content/course-<lang>.json   the built-in course in the course file format, with the five reasons' text
//   dist/translations/<lang>.json     interface text as templates (`src/internal/ui-text.ts`)
//   dist/translations/notes.json      where each interface text appears, from the doc comments of `Translation`
//   dist/cli/lang.js                  the components' own language rules (`directionOf`), for the CLI's pages
// The TypeScript sources are transpiled (no type check: `npm test` does that) into a temporary folder and imported.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const work = mkdtempSync(join(tmpdir(), 'mhm-content-json-'));

/** Transpiles the TypeScript files of a folder of src/ (only the named ones when given). */
function transpile(folder, only) {
  for (const name of readdirSync(join(root, 'src', folder))) {
    if (!name.endsWith('.ts') || (only && !only.includes(name))) continue;
    const source = readFileSync(join(root, 'src', folder, name), 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
    mkdirSync(join(work, folder), { recursive: true });
    writeFileSync(join(work, folder, name.replace(/\.ts$/, '.js')), outputText);
  }
}

/** The doc comment of each key of the `Translation` interface, as one line. */
function translationNotes() {
  const source = readFileSync(join(root, 'src/internal/translation.ts'), 'utf8');
  const body = source.slice(source.indexOf('export interface Translation'), source.indexOf('\n}\n', source.indexOf('export interface Translation')));
  const notes = {};
  for (const [, comment, key] of body.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*\n\s*([\w$]+)\s*:/g)) {
    if (!key.startsWith('$')) notes[key] = comment.replace(/\n\s*\*\s?/g, ' ').replace(/\s+/g, ' ').trim();
  }
  return notes;
}

try {
  transpile('content/course', ['en.ts', 'fr.ts', 'ar.ts']);
  transpile('content/five-reasons', ['en.ts', 'fr.ts', 'ar.ts', 'pt.ts', 'es.ts']);
  transpile('translations');
  transpile('internal', ['format.ts', 'ui-text.ts', 'lang.ts']);
  const { uiTemplates } = await import(pathToFileURL(join(work, 'internal/ui-text.js')).href);
  mkdirSync(join(dist, 'content'), { recursive: true });
  mkdirSync(join(dist, 'translations'), { recursive: true });
  for (const lang of ['en', 'fr', 'ar']) {
    const course = (await import(pathToFileURL(join(work, `content/course/${lang}.js`)).href)).default;
    const reasons = (await import(pathToFileURL(join(work, `content/five-reasons/${lang}.js`)).href)).default;
    const activities = course.activities.map((activity) =>
      activity.kind === 'five-reasons' ? { ...activity, heading: reasons.heading, reasons: reasons.reasons } : activity,
    );
    const file = { $schema: '../../schema/course.schema.json', ...course, activities };
    writeFileSync(join(dist, `content/course-${lang}.json`), JSON.stringify(file, null, 2) + '\n');
  }
  for (const name of readdirSync(join(work, 'translations'))) {
    const translation = (await import(pathToFileURL(join(work, 'translations', name)).href)).default;
    writeFileSync(join(dist, 'translations', name.replace(/\.js$/, '.json')), JSON.stringify(uiTemplates(translation), null, 2) + '\n');
  }
  writeFileSync(join(dist, 'translations/notes.json'), JSON.stringify(translationNotes(), null, 2) + '\n');
  mkdirSync(join(dist, 'cli'), { recursive: true });
  writeFileSync(join(dist, 'cli/lang.js'), readFileSync(join(work, 'internal/lang.js'), 'utf8'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
