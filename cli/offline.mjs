// `npx mhm-elements offline --lang fr [--course file.json] [--out course-fr.html]`
// Writes the course as ONE self-contained HTML file: the library, the language's interface text and
// the built-in course (or the author's course file) inside, nothing fetched, so a partner can pass it
// on by messaging app, Bluetooth or USB and a learner can open it from the phone's files.
// Uses only Node's standard library and the bundles the package ships in dist/offline/
// (made by scripts/build-offline.mjs during `npm run build`).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { UsageError } from './commands.mjs';
import { readJsonFile } from './json-file.mjs';
import { directionOf, offlinePage } from './offline-page.mjs';

const offlineDir = fileURLToPath(new URL('../dist/offline/', import.meta.url));

const usage =
  'Usage: mhm-elements offline --lang <language> [--course <course.json>] [--out <file.html>]\n\n' +
  'Writes the course as one HTML file that works with no connection, to share by messaging app,\n' +
  'Bluetooth or USB and open from the phone\'s files.\n\n' +
  '  --lang     the course\'s language: en, fr or ar for the built-in course; any language tag\n' +
  '             (ha, ps, fa-AF…) with --course\n' +
  '  --course   a course file (JSON) to put in place of the built-in course\n' +
  '  --out      the file to write (default: course-<lang>.html in this folder)';

/** A language tag as BCP 47 writes it: `fr`, `ha`, `pt-BR`, `fa-AF`. */
const languageTag = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

/** The languages of the built-in course, one bundle each in dist/offline/. */
function bundledLanguages() {
  return ['ar', 'en', 'fr', 'es', 'pt'].filter((lang) => existsSync(resolve(offlineDir, `${lang}.json`)));
}

/** @param {string[]} argv */
function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { lang: { type: 'string' }, course: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(`${String(error instanceof Error ? error.message : error).replace(/\.?$/, '.')} Options: --lang, --course, --out.`);
  }
  const { lang, course, out, help } = parsed.values;
  if (help) {
    return { help: true };
  }
  if (!lang) {
    throw new UsageError('--lang is required, e.g. --lang fr.');
  }
  if (!languageTag.test(lang)) {
    throw new UsageError(`--lang "${lang}" is not a language tag; write it like fr, ha or pt-BR.`);
  }
  if (out !== undefined && !/\.html?$/i.test(out)) {
    throw new UsageError(`--out "${out}" must name an .html file.`);
  }
  return { lang, course, out };
}

/**
 * The course file's text, checked to be JSON.
 * @param {string} path
 */
function readCourse(path) {
  const { text, value } = readJsonFile(path, `--course "${path}"`);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`--course "${path}" holds JSON, but not a course: a course file is one object, { "title": …, "activities": [ … ] }.`);
  }
  return { text, value };
}

/**
 * The offline bundle and the built-in course's facts for a language: its own when the package has
 * one, else English (the interface falls back to English, and the course file brings the course).
 * @param {string} lang
 * @param {boolean} hasCourse
 */
function bundleFor(lang, hasCourse) {
  const languages = bundledLanguages();
  if (!languages.length) {
    throw new Error(`${relative(process.cwd(), offlineDir)} is missing: run \`npm run build\` first.`);
  }
  const primary = lang.split('-')[0].toLowerCase();
  const chosen = languages.includes(primary) ? primary : hasCourse ? 'en' : undefined;
  if (!chosen) {
    throw new UsageError(
      `--lang "${lang}": the built-in course is written in ${languages.join(', ')}; for another language give its course file with --course.`,
    );
  }
  const code = readFileSync(resolve(offlineDir, `mhm-elements-${chosen}.js`), 'utf8');
  // terser keeps these out of the bundle (its inline_script option); a bundle that has them could
  // end the page's <script> element early, so it is refused rather than written.
  if (/<\/script|<!--/i.test(code)) {
    throw new Error(`dist/offline/mhm-elements-${chosen}.js contains "</script" or "<!--" and cannot be inlined; rebuild with \`npm run build\`.`);
  }
  return { code, facts: JSON.parse(readFileSync(resolve(offlineDir, `${chosen}.json`), 'utf8')) };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {string[]} argv */
export async function run(argv) {
  const options = readOptions(argv);
  if (options.help) {
    console.log(usage);
    return;
  }
  const { lang } = options;
  const course = options.course === undefined ? undefined : readCourse(options.course);
  const { code, facts } = bundleFor(lang, course !== undefined);
  const out = resolve(options.out ?? `course-${lang}.html`);
  if (!existsSync(dirname(out))) {
    throw new UsageError(`--out "${options.out}": the folder ${dirname(out)} does not exist.`);
  }

  const title = typeof course?.value.title === 'string' && course.value.title.trim() ? course.value.title.trim() : facts.title;
  const dir = course && (course.value.dir === 'rtl' || course.value.dir === 'ltr') ? course.value.dir : directionOf(lang);
  const courseId = course
    ? `offline-${basename(options.course, extname(options.course)).replace(/[^\w-]+/g, '-')}`
    : `offline-${lang}`;
  const page = offlinePage({ lang, dir, title, code, courseId, courseJson: course?.text });
  writeFileSync(out, page);

  const bytes = Buffer.from(page);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `mhm-elements offline: wrote ${relative(process.cwd(), out) || out} (${kb(bytes.length)}; ${kb(gzip)} gzip, ${kb(brotli)} brotli): "${title}", ${lang}.`,
  );
}
