// `mhm-elements translate`: the translators' workflow (docs/translating.md).
//   translate export --lang ha [--from en] [--course file.json] [--previous course-ha.json|ha.xlf] [--out ha.xlf] [--xliff 1.2]
//   translate import ha.xlf [--course file.json] [--out course-ha.json]
//   translate pseudo [--rtl] [--course file.json] [--out file.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from './commands.mjs';
import { readJsonFile } from './json-file.mjs';
import { pseudoCourse } from './translate/pseudo.mjs';
import { courseLanguages, courseUnits, getAt, packageJson, setAt, sourceHash, uiUnits } from './translate/units.mjs';
import { readXliff, splitCodes, writeXliff } from './translate/xliff.mjs';

export const summary = 'XLIFF for translators: export, import, pseudo-languages';

const usage = `Usage:
  mhm-elements translate export --lang <tag> [--from en|fr|ar] [--course <file.json>] [--previous <course.json|file.xlf>] [--out <file.xlf>] [--xliff 2.0|1.2]
  mhm-elements translate import <file.xlf> [--course <file.json>] [--out <course.json>]
  mhm-elements translate pseudo [--rtl] [--course <file.json>] [--out <course.json>]`;

const languageTag = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;

/** The source course: a course file, or the built-in course in `from`. */
function sourceCourse(course, from) {
  if (course) return { course: readJsonFile(course, `--course "${course}"`).value, original: course };
  if (!courseLanguages.includes(from)) throw new UsageError(`--from "${from}": the built-in course is in ${courseLanguages.join(', ')}; give --course for another`);
  return { course: packageJson(`dist/content/course-${from}.json`), original: `built-in:${from}` };
}

/** Every unit of a course and of the interface text, for a target language. */
function allUnits(course, from, lang) {
  const ui = packageJson(`dist/translations/${courseLanguages.includes(from) ? from : 'en'}.json`);
  return [...courseUnits(course), ...uiUnits({ ...ui, ...(course.ui ?? {}) }, lang)].map((unit) => ({ ...unit, hash: sourceHash(unit.source) }));
}

/** What an earlier translation holds: target text, state and source hash by unit id. */
function previousTranslation(path, units) {
  if (!existsSync(path)) throw new UsageError(`--previous "${path}": no such file`);
  if (/\.xlf$|\.xliff$/i.test(path)) {
    const read = readXliff(readFileSync(path, 'utf8'));
    return new Map(read.units.filter((unit) => unit.target).map((unit) => [unit.id, { target: unit.target, state: unit.state, hash: unit.hash }]));
  }
  const course = readJsonFile(path, `--previous "${path}"`).value;
  const hashes = course.translation?.sourceHashes ?? {};
  const found = new Map();
  for (const unit of units) {
    const target = getAt(course, unit.path);
    if (typeof target === 'string') found.set(unit.id, { target, state: 'translated', hash: hashes[unit.id] });
  }
  return found;
}

function exportXliff(args) {
  const { lang, from = 'en', course: coursePath, previous, out = `${lang}.xlf`, xliff = '2.0' } = args;
  if (!lang || !languageTag.test(lang)) throw new UsageError(`--lang: give the target language's tag, e.g. --lang ha (got ${lang ? `"${lang}"` : 'nothing'})`);
  if (xliff !== '2.0' && xliff !== '1.2') throw new UsageError(`--xliff "${xliff}": use 2.0 or 1.2`);
  const { course, original } = sourceCourse(coursePath, from);
  const sourceLang = course.lang ?? from;
  const units = allUnits(course, sourceLang, lang);
  const earlier = previous ? previousTranslation(previous, units) : new Map();
  let changed = 0;
  const written = units.map((unit) => {
    const before = earlier.get(unit.id);
    if (!before) return { ...unit, state: 'initial' };
    const same = before.hash === unit.hash;
    changed += same ? 0 : 1;
    return { ...unit, target: before.target, state: same ? (before.state === 'final' ? 'final' : 'translated') : 'initial' };
  });
  writeFileSync(out, writeXliff({ version: xliff, from: sourceLang, lang, original, units: written }));
  const todo = written.filter((unit) => unit.state === 'initial').length;
  console.log(`${out}: ${units.length} units (XLIFF ${xliff}, ${sourceLang} to ${lang}), ${todo} to translate${previous ? ` (${changed} changed since ${previous}, ${todo - changed} new)` : ''}.`);
}

/** Tags in a translated text that are not the allowed ones, or that do not pair up. */
function markupProblem(text, rich) {
  const tags = [...text.matchAll(/<\/?[a-zA-Z][^<>]*>/g)].map((match) => match[0]);
  const wrong = tags.filter((tag) => !rich || !/^<\/?(em|strong)>$|^<a href="[^"]*">$|^<\/a>$/.test(tag));
  if (wrong.length) return `markup outside the allowed set: ${wrong.join(' ')}${rich ? ' (only <em>, <strong> and <a href> codes)' : ' (this text takes no markup)'}`;
  const open = [];
  for (const tag of tags) {
    const name = /^<\/?(\w+)/.exec(tag)[1];
    if (!tag.startsWith('</')) open.push(name);
    else if (open.pop() !== name) return `the markup codes are out of order around ${tag}`;
  }
  return open.length ? `the markup code <${open[open.length - 1]}> is never closed` : undefined;
}

function importXliff(file, args) {
  if (!file) throw new UsageError('give the XLIFF file to import: translate import ha.xlf --out course-ha.json');
  let read;
  try {
    read = readXliff(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  const lang = read.lang;
  if (!lang || !languageTag.test(lang)) throw new UsageError(`${file}: it names no target language (trgLang, or target-language in 1.2)`);
  if (!read.units.length) throw new UsageError(`${file}: it holds no translation units`);
  const { course } = sourceCourse(args.course, read.from ?? 'en');
  const units = allUnits(course, course.lang ?? read.from, lang);
  const byId = new Map(read.units.map((unit) => [unit.id, unit]));
  const result = { ...structuredClone(course), lang, ui: {} };
  delete result.dir;
  delete result.$schema;
  const problems = [];
  let translated = 0;
  for (const unit of units) {
    const found = byId.get(unit.id);
    let text = unit.source;
    if (!found) problems.push(`unit ${unit.id}: missing from the file, so the ${course.lang} text is kept`);
    else if (!found.target?.trim()) problems.push(`unit ${unit.id}: not translated, so the ${course.lang} text is kept`);
    else if (found.lost.length || found.added.length) {
      problems.push(`unit ${unit.id}: ${[found.lost.length && `placeholders lost: ${found.lost.join(' ')}`, found.added.length && `placeholders added: ${found.added.join(' ')}`].filter(Boolean).join('; ')}, so the ${course.lang} text is kept`);
    } else {
      const problem = markupProblem(found.target, unit.rich);
      if (problem) problems.push(`unit ${unit.id}: ${problem}, so the ${course.lang} text is kept`);
      else {
        text = found.target;
        translated += 1;
      }
    }
    setAt(result, unit.path, text);
  }
  const known = new Set(units.map((unit) => unit.id));
  for (const unit of read.units) {
    if (!known.has(unit.id)) problems.push(`unit ${unit.id}: unknown (not in the course or the interface text), ignored`);
  }
  result.translation = { from: course.lang ?? read.from, sourceHashes: Object.fromEntries(units.map((unit) => [unit.id, unit.hash])) };
  const out = args.out ?? `course-${lang}.json`;
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  for (const problem of problems) console.error(`${file}: ${problem}`);
  console.log(`${out}: ${translated} of ${units.length} units translated into ${lang}${problems.length ? `, ${problems.length} problem${problems.length === 1 ? '' : 's'} (above)` : ''}.`);
  if (!translated) throw new UsageError(`${file}: no unit could be used, so ${out} is the ${course.lang} course`);
}

function pseudo(args) {
  const { course } = sourceCourse(args.course, 'en');
  const rtl = !!args.rtl;
  const lang = rtl ? 'ar-XB' : 'en-XA';
  const units = allUnits(course, course.lang ?? 'en', lang);
  const result = pseudoCourse(course, units, { rtl, lang, splitCodes });
  const out = args.out ?? `course-${lang}.json`;
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.log(`${out}: the course and its interface text in the ${rtl ? 'right-to-left ' : ''}pseudo-language ${lang} (${units.length} texts).`);
}

/** @param {string[]} argv */
export async function run(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        from: { type: 'string' },
        course: { type: 'string' },
        previous: { type: 'string' },
        out: { type: 'string' },
        xliff: { type: 'string' },
        rtl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const [action, ...rest] = parsed.positionals;
  if (parsed.values.help || !action) {
    console.log(usage);
    if (!action && !parsed.values.help) throw new UsageError('say what to do: export, import or pseudo');
    return;
  }
  if (action === 'export') exportXliff(parsed.values);
  else if (action === 'import') importXliff(rest[0], parsed.values);
  else if (action === 'pseudo') pseudo(parsed.values);
  else throw new UsageError(`unknown action "${action}": use export, import or pseudo`);
}
