// Checks `npm run package:scorm` (the package's `mhm-elements scorm` command) from the outside, as an
// LMS and an author meet it: needs dist/
// (`npm run build`). It packs the built-in course in every language into dist/scorm/, tests each
// zip with `unzip -t` (fflate when unzip is not installed), checks that the manifest lists every
// file in the zip and the zip holds every file the manifest and index.html name, packs an author's
// page, checks bad input fails clearly, and unpacks the English package into
// dist/scorm/mhm-course-en/ for the browser test (test/scorm-package.test.ts) to run it against a
// real SCORM run-time. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const packager = join(root, 'scripts/package-scorm.mjs');
const cli = join(root, 'bin/mhm-elements.mjs');
const languages = readdirSync(join(root, 'src/content/course'))
  .map((name) => /^([a-z]{2,3})\.ts$/.exec(name)?.[1])
  .filter(Boolean);
const work = mkdtempSync(join(tmpdir(), 'mhm-scorm-check-'));
const failures = [];
let passed = 0;

function check(name, ok, detail = '') {
  if (ok) {
    passed += 1;
  } else {
    failures.push(`${name}${detail ? `: ${detail}` : ''}`);
  }
}

function pack(...args) {
  return spawnSync(process.execPath, [packager, ...args], { cwd: root, encoding: 'utf8' });
}

function hasUnzip() {
  return spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0;
}

/** Reads a zip, after `unzip -t` agrees it is sound. */
function openZip(path, name) {
  if (hasUnzip()) {
    const test = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
    check(`${name}: unzip -t`, test.status === 0 && /No errors detected/.test(test.stdout), test.stdout + test.stderr);
  }
  return unzipSync(readFileSync(path));
}

/** The manifest's shape and its file list against the zip, both ways; what index.html loads, too. */
function checkPackage(entries, name) {
  const manifest = entries['imsmanifest.xml'] ? strFromU8(entries['imsmanifest.xml']) : '';
  check(`${name}: imsmanifest.xml at the root`, manifest !== '');
  for (const [what, pattern] of [
    ['XML declaration', /^<\?xml version="1\.0" encoding="UTF-8"\?>/],
    ['IMS CP 1.1.2 namespace', /<manifest [^>]*xmlns="http:\/\/www\.imsproject\.org\/xsd\/imscp_rootv1p1p2"/],
    ['ADL SCORM 1.2 schema', /<schema>ADL SCORM<\/schema>\s*<schemaversion>1\.2<\/schemaversion>/],
    ['one organisation', /<organizations default="([^"]+)">\s*<organization identifier="\1">(?![\s\S]*<organization )/],
    ['one SCO, index.html', /<resource [^>]*adlcp:scormtype="sco" href="index\.html">(?![\s\S]*<resource )/],
  ]) {
    check(`${name}: manifest has ${what}`, pattern.test(manifest));
  }
  const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((match) => match[1]);
  const inZip = Object.keys(entries).filter((path) => path !== 'imsmanifest.xml');
  check(`${name}: every listed file is in the zip`, listed.every((file) => inZip.includes(file)), listed.filter((file) => !inZip.includes(file)).join(', '));
  check(`${name}: every file in the zip is listed`, inZip.every((file) => listed.includes(file)), inZip.filter((file) => !listed.includes(file)).join(', '));
  const page = strFromU8(entries['index.html'] ?? new Uint8Array());
  const loaded = [...page.matchAll(/<script [^>]*src="([^"]+)"/g)].map((match) => match[1]);
  // The CDN file that defines every element at once when the build has one, else the single entry.
  const entry = existsSync(join(root, 'dist/cdn/mhm-elements.all.js')) ? 'mhm-elements.all.js' : 'mhm-elements.js';
  check(`${name}: index.html loads the packed library and bridge`, loaded.join() === `mhm-elements/${entry},mhm-elements/mhm-scorm.js`, loaded.join());
  const named = (/xsi:schemaLocation="([^"]*)"/.exec(manifest)?.[1] ?? '').trim().split(/\s+/).filter((_, index) => index % 2 === 1);
  check(`${name}: every schema file the manifest names is in the zip`, named.every((file) => file in entries), named.join(', '));
  check(`${name}: index.html loads only files in the zip`, loaded.every((file) => inZip.includes(file)));
  check(`${name}: nothing refers outside the package`, !/\s(?:src|href)="(?:https?:)?\/\//.test(page));
  return { manifest, page };
}

function extract(entries, dir) {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

try {
  for (const lang of languages) {
    const name = `mhm-course-${lang}.zip`;
    const run = pack('--lang', lang);
    check(`${name}: packs`, run.status === 0, run.stderr);
    if (run.status !== 0) continue;
    const entries = openZip(join(root, 'dist/scorm', name), name);
    const { manifest, page } = checkPackage(entries, name);
    check(`${name}: language in the manifest and the page`, manifest.includes(`<imsmd:language>${lang}</imsmd:language>`) && page.includes(`<html lang="${lang}"`));
    check(`${name}: only ${lang} text chunks`, Object.keys(entries).every((path) => !/-(?:en|fr|ar|es|pt)-[\w-]{8}\.js$/.test(path) || path.includes(`-${lang}-`)));
    const bridge = strFromU8(entries['mhm-elements/mhm-scorm.js']);
    check(`${name}: the bridge records no interactions unless asked`, !bridge.includes('interactions:!0') && !bridge.includes('interactions: true'));
    if (lang === 'en') {
      extract(entries, join(root, 'dist/scorm/mhm-course-en'));
    }
  }

  const withInteractions = join(work, 'interactions.zip');
  const run = pack('--lang', 'fr', '--interactions', '--out', withInteractions);
  check('--interactions: packs', run.status === 0, run.stderr);
  if (run.status === 0) {
    const bridge = strFromU8(openZip(withInteractions, 'interactions.zip')['mhm-elements/mhm-scorm.js']);
    check('--interactions: the bridge records interactions', bridge.includes('interactions:!0'));
  }

  // An author's own page: its scripts replaced by the packed ones, its relative files packed beside it.
  const pageDir = join(work, 'author');
  mkdirSync(join(pageDir, 'img'), { recursive: true });
  writeFileSync(join(pageDir, 'img/map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(pageDir, 'course.html'),
    `<!doctype html><html lang="fr"><head><title>Notre cours</title>
<script type="module" src="https://cdn.example.org/mhm-elements.js"></script></head>
<body><mhm-course course-id="ours"><mhm-lesson-card heading="Un" id="un"><img src="img/map.svg" alt=""></mhm-lesson-card></mhm-course></body></html>`,
  );
  const authorZip = join(work, 'author.zip');
  const authored = pack('--page', join(pageDir, 'course.html'), '--out', authorZip);
  check('--page: packs', authored.status === 0, authored.stderr);
  check('--page: says it left out the page’s script', /left out the page's script https:\/\/cdn\.example\.org\/mhm-elements\.js/.test(authored.stderr), authored.stderr);
  if (authored.status === 0) {
    const entries = openZip(authorZip, 'author.zip');
    const { manifest, page } = checkPackage(entries, 'author.zip');
    check('--page: packs the page’s own files', 'img/map.svg' in entries);
    check('--page: title and language from the page', manifest.includes('<title>Notre cours</title>') && manifest.includes('<imsmd:language>fr</imsmd:language>'));
    check('--page: keeps the author’s course', page.includes('<mhm-lesson-card heading="Un" id="un">'));
    check('--page: the identifier is the course-id', /<manifest identifier="ours"/.test(manifest), /<manifest identifier="[^"]*"/.exec(manifest)?.[0]);
  }

  // Courses without a course-id: the identifier is a hash of the page, so two courses never share one.
  const identifiers = [];
  for (const [file, lesson] of [['one.html', 'Un'], ['two.html', 'Deux']]) {
    writeFileSync(join(pageDir, file), `<!doctype html><html lang="fr"><title>${lesson}</title><mhm-course><mhm-lesson-card heading="${lesson}"></mhm-lesson-card></mhm-course></html>`);
    const zip = join(work, `${file}.zip`);
    const result = pack('--page', join(pageDir, file), '--out', zip);
    check(`--page ${file}: packs`, result.status === 0, result.stderr);
    if (result.status === 0) {
      identifiers.push(/<manifest identifier="([^"]+)"/.exec(strFromU8(unzipSync(readFileSync(zip))['imsmanifest.xml']))?.[1]);
    }
  }
  check('two courses without course-id get two identifiers', identifiers.length === 2 && identifiers[0] !== identifiers[1] && identifiers.every((id) => /^mhm-course-[0-9a-f]{12}$/.test(id)), identifiers.join(' '));

  // The package's command line: the same zip from `mhm-elements scorm`, written where the user is.
  const fromCli = spawnSync(process.execPath, [cli, 'scorm', '--lang', 'ar'], { cwd: work, encoding: 'utf8' });
  check('mhm-elements scorm: writes mhm-course-ar.zip in the current folder', fromCli.status === 0 && existsSync(join(work, 'mhm-course-ar.zip')), fromCli.stderr);
  for (const args of [['--lang'], ['--langue', 'fr'], ['--lang', 'xx'], ['--out', 'x.txt'], ['extra']]) {
    const result = spawnSync(process.execPath, [cli, 'scorm', ...args], { cwd: work, encoding: 'utf8' });
    check(`mhm-elements scorm ${args.join(' ')}: exit code 2`, result.status === 2, String(result.status));
    check(`mhm-elements scorm ${args.join(' ')}: one line`, result.stderr.trim().split('\n').length === 1 && result.stderr.startsWith('mhm-elements scorm: '), result.stderr);
  }

  // Bad input: a clear message and a non-zero exit.
  writeFileSync(join(work, 'no-course.html'), '<!doctype html><title>x</title><!-- <mhm-course> --><p>No course here</p>');
  writeFileSync(join(work, 'outside.html'), '<mhm-course><img src="../../etc/passwd"></mhm-course>');
  for (const [what, args, message] of [
    ['an unknown --lang', ['--lang', 'xx'], /--lang "xx" is not a language of the built-in course; use one of: ar, en, fr/],
    ['an unknown option', ['--langue', 'fr'], /Unknown option '--langue'/],
    ['a missing --page', ['--page', join(work, 'missing.html')], /--page ".*missing\.html" does not exist/],
    ['a page without a course', ['--page', join(work, 'no-course.html')], /has no <mhm-course> element/],
    ['a page pointing outside its folder', ['--page', join(work, 'outside.html')], /not a file beside or below the page/],
    ['an --out that is not a zip', ['--out', join(work, 'x.txt')], /must name a \.zip file/],
  ]) {
    const result = pack(...args);
    check(`bad input, ${what}: non-zero exit`, result.status !== 0 && result.status !== null);
    check(`bad input, ${what}: clear message`, message.test(result.stderr), result.stderr.trim());
    check(`bad input, ${what}: no stack trace`, !/\n\s+at /.test(result.stderr), result.stderr.trim());
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const failure of failures) {
  console.error(`check-scorm-package: FAILED ${failure}`);
}
console.log(`check-scorm-package: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
