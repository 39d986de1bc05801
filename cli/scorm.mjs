// `npx mhm-elements scorm`: packs the course as a SCORM 1.2 zip an LMS (Moodle and others) runs as
// one activity. It works from the installed package alone (Node's standard library, fflate, and the
// built files in dist/): the CDN build with only the language files the course uses, the bridge
// module prebuilt by `npm run build`, and the page. The packaged page fetches nothing from outside.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { zipSync } from 'fflate';
import { UsageError } from './commands.mjs';
import { escapeMarkup } from './markup.mjs';

const usage = 'Usage: mhm-elements scorm [--lang <code>] [--page <page.html>] [--out <file.zip>] [--interactions]';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'dist/cdn');
const chunksDir = join(root, 'dist/chunks');
/** Where the library's files sit inside the zip, apart from an author's own files. */
const libDir = 'mhm-elements';
/** A fixed date for every entry, so the same input gives the same zip. */
const zipDate = new Date('2026-01-01T00:00:00Z');

const fail = (message) => {
  throw new UsageError(message);
};

/** The built-in course's languages: one built chunk each, `dist/chunks/course-<lang>-<hash>.js`. */
function builtInCourses() {
  const files = existsSync(chunksDir) ? readdirSync(chunksDir) : [];
  return new Map(files.flatMap((name) => {
    const lang = /^course-([a-z]{2,3})-[\w-]{8}\.js$/.exec(name)?.[1];
    return lang ? [[lang, join(chunksDir, name)]] : [];
  }));
}

/** The built-in course text for a language (title, lang, dir), from its built chunk. */
async function builtInCourse(file) {
  return (await import(pathToFileURL(file).href)).default;
}

function readOptions(argv, languages) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        page: { type: 'string' },
        interactions: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    fail(`${error.message.split('\n')[0].replace(/\.$/, '')}. ${usage}`);
  }
  const { lang, out, page, interactions, help } = parsed.values;
  if (lang !== undefined && !/^[a-z]{2,3}(?:-[a-z0-9]+)*$/i.test(lang)) {
    fail(`--lang "${lang}" is not a language code; the built-in course is in ${languages.join(', ')}.`);
  }
  if (page === undefined && lang !== undefined && !languages.includes(lang.split('-')[0].toLowerCase())) {
    fail(`--lang "${lang}" is not a language of the built-in course; use one of: ${languages.join(', ')} (or --page for your own course).`);
  }
  if (out !== undefined && !out.endsWith('.zip')) {
    fail(`--out "${out}" must name a .zip file.`);
  }
  return { lang, out, page, interactions, help };
}

/** The CDN entry: the file that defines every element at once when the build has it, else the one entry. */
function cdnEntry() {
  const entry = ['mhm-elements.all.js', 'mhm-elements.js'].find((name) => existsSync(join(cdnDir, name)));
  const bridge = join(root, 'dist/scorm/packaged-bridge.js');
  if (!entry || !existsSync(bridge)) {
    fail(`${relative(process.cwd(), entry ? bridge : join(cdnDir, 'mhm-elements.js'))} is missing: this copy of mhm-elements is not built (in a clone, run \`npm run build\` first).`);
  }
  return entry;
}

/** Every `lang="…"` in the markup, so the package carries each language's text the page shows. */
function languagesIn(markup) {
  return [...markup.matchAll(/\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/g)].map((match) => match[1]);
}

/** A chunk that holds one language's text: `ui-fr-….js`, `course-ar-….js`. */
const textChunk = (name) => /^(.+)-([a-z]{2,3})-[\w-]{8}\.js$/.exec(name);

/**
 * The CDN files the page needs: the entry and every file it imports, statically or on demand, except
 * the text of languages the page does not use (English is kept where a language has none, as the
 * components fall back to it).
 */
function cdnFiles(entry, langs) {
  const primaries = new Set(langs.map((lang) => lang.split('-')[0].toLowerCase()));
  const all = readdirSync(cdnDir).filter((name) => name.endsWith('.js'));
  const byKind = new Map();
  for (const name of all) {
    const match = textChunk(name);
    if (match) {
      byKind.set(match[1], [...(byKind.get(match[1]) ?? []), match[2]]);
    }
  }
  const wanted = (name) => {
    const match = textChunk(name);
    if (!match) {
      return true;
    }
    const [, kind, lang] = match;
    const langs = byKind.get(kind);
    return primaries.has(lang) || (lang === 'en' && [...primaries].some((primary) => !langs.includes(primary)));
  };
  const contents = new Map();
  const queue = [entry];
  while (queue.length) {
    const name = queue.shift();
    if (contents.has(name)) {
      continue;
    }
    if (!existsSync(join(cdnDir, name))) {
      fail(`dist/cdn/${name} is missing from this copy of mhm-elements; reinstall the package.`);
    }
    const content = readFileSync(join(cdnDir, name));
    contents.set(name, content);
    const code = content.toString('utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
      if (!wanted(match[1])) {
        fail(`dist/cdn/${name} imports ./${match[1]} statically, which the package would leave out.`);
      }
      queue.push(match[1]);
    }
    for (const match of code.matchAll(/\bimport\(\s*["']\.\/([^"']+)["']\s*\)/g)) {
      if (wanted(match[1])) {
        queue.push(match[1]);
      }
    }
  }
  return contents;
}

function scripts(entry) {
  return `<script type="module" src="${libDir}/${entry}"></script>\n<script type="module" src="${libDir}/mhm-scorm.js"></script>\n`;
}

function builtInPage(course, entry) {
  return `<!doctype html>
<html lang="${escapeMarkup(course.lang)}" dir="${escapeMarkup(course.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(course.title)}</title>
<style>body{margin:0 auto;max-inline-size:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
${scripts(entry)}</head>
<body>
<main>
<mhm-course course-id="mhm-course-${escapeMarkup(course.lang)}"></mhm-course>
</main>
</body>
</html>
`;
}

/**
 * An author's page, packed: its scripts are replaced by the packed library and bridge (any other
 * script could not run without a request, or would load the library a second time), and the files it
 * refers to by relative URL come along at the same paths.
 */
function authorPage(pagePath, entry) {
  if (!existsSync(pagePath) || !statSync(pagePath).isFile()) {
    fail(`--page "${pagePath}" does not exist.`);
  }
  const markup = readFileSync(pagePath, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  if (!/<mhm-course[\s>/]/i.test(markup)) {
    fail(`--page "${pagePath}" has no <mhm-course> element: the package needs the course to record it in the LMS.`);
  }
  const removed = [];
  let page = markup.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, (tag) => {
    removed.push(/\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? 'an inline script');
    return '';
  });
  for (const script of removed) {
    console.warn(`mhm-elements scorm: left out the page's script ${script}; the package brings its own copy of the library.`);
  }
  page = /<\/head\s*>/i.test(page) ? page.replace(/<\/head\s*>/i, `${scripts(entry)}</head>`) : scripts(entry) + page;

  const pageDir = dirname(resolve(pagePath));
  const assets = new Map();
  for (const match of page.matchAll(/<(?!a[\s>])([a-z][\w-]*)\b[^>]*?\s(?:src|href|poster)\s*=\s*["']([^"']+)["']/gi)) {
    const url = match[2].trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
      if (/^https?:|^\/\//i.test(url)) {
        console.warn(`mhm-elements scorm: the page loads ${url} from outside the package; learners' browsers will request it.`);
      }
      continue;
    }
    if (url.startsWith('#') || url.startsWith(`${libDir}/`)) {
      continue;
    }
    const file = resolve(pageDir, decodeURIComponent(url.split(/[?#]/)[0]));
    if (!file.startsWith(pageDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      fail(`--page refers to "${url}", which is not a file beside or below the page.`);
    }
    assets.set(relative(pageDir, file).split(sep).join(posix.sep), readFileSync(file));
  }
  const attribute = (tag, name) => new RegExp(`<${tag}\\b[^>]*\\s${name}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(page)?.[1];
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(page)?.[1].trim();
  return { page, assets, lang: attribute('mhm-course', 'lang') ?? attribute('html', 'lang'), courseId: attribute('mhm-course', 'course-id'), title, langs: languagesIn(page) };
}

/**
 * The manifest's identifier, an XML ID unique per course: the course's `course-id`, else a hash of the
 * page, so two different courses never replace each other in an LMS.
 */
function identifierFor(courseId, page) {
  const id = courseId ? courseId.replace(/[^A-Za-z0-9_.-]/g, '-') : `mhm-course-${createHash('sha256').update(page).digest('hex').slice(0, 12)}`;
  return /^[A-Za-z_]/.test(id) ? id : `mhm-${id}`;
}

/**
 * imsmanifest.xml. It names no `xsi:schemaLocation`: the IMS and ADL control files (imscp_rootv1p1p2.xsd
 * and the others) are not in the zip, and a location naming files that are not there is wrong; LMSs
 * read the manifest by its namespaces.
 */
function manifest({ identifier, title, lang, files }) {
  const text = escapeMarkup(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${escapeMarkup(lang)}">${text}</imsmd:langstring></imsmd:title>
        <imsmd:language>${escapeMarkup(lang)}</imsmd:language>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="${identifier}-org">
    <organization identifier="${identifier}-org">
      <title>${text}</title>
      <item identifier="${identifier}-item" identifierref="${identifier}-sco" isvisible="true">
        <title>${text}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${identifier}-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((file) => `      <file href="${escapeMarkup(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * Builds the zip.
 * @param {string[]} argv the command's arguments
 * @param {{ defaultDir?: string }} [options] where the zip goes without --out (the current folder by default)
 */
export async function run(argv, { defaultDir = process.cwd() } = {}) {
  const courses = builtInCourses();
  const options = readOptions(argv, [...courses.keys()].sort());
  if (options.help) {
    console.log(`${usage}\n\n  --lang <code>      language of the built-in course (${[...courses.keys()].sort().join(', ')}); with --page, the page's language\n  --page <file>      your own course page (with an <mhm-course>) instead of the built-in course\n  --out <file.zip>   where to write the zip (default: <identifier>.zip here)\n  --interactions     also record each checked quiz answer in the LMS (cmi.interactions)`);
    return;
  }
  const entry = cdnEntry();
  const author = options.page ? authorPage(options.page, entry) : null;
  const lang = options.lang ?? author?.lang ?? 'en';
  const builtIn = courses.get(lang.split('-')[0].toLowerCase());
  const course = builtIn ? await builtInCourse(builtIn) : null;
  const title = author?.title || course?.title || 'Mental Health & Migration: Awareness Raising';
  const page = author ? author.page : builtInPage(course ?? (await builtInCourse(courses.get('en'))), entry);

  const files = new Map([['index.html', Buffer.from(page)]]);
  for (const [path, content] of author?.assets ?? []) {
    files.set(path, content);
  }
  for (const [name, content] of cdnFiles(entry, [lang, ...(author?.langs ?? [])])) {
    files.set(`${libDir}/${name}`, content);
  }
  files.set(`${libDir}/mhm-scorm.js`, readFileSync(join(root, `dist/scorm/packaged-bridge${options.interactions ? '-interactions' : ''}.js`)));

  const identifier = identifierFor(author ? author.courseId : `mhm-course-${course?.lang ?? 'en'}`, page);
  const listed = [...files.keys()];
  files.set('imsmanifest.xml', Buffer.from(manifest({ identifier, title, lang, files: listed })));

  const out = resolve(options.out ?? join(defaultDir, `${identifier}.zip`));
  const zip = zipSync(Object.fromEntries([...files].map(([path, content]) => [path, [new Uint8Array(content), { level: 9, mtime: zipDate }]])));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(
    `mhm-elements scorm: wrote ${relative(process.cwd(), out)} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KB): ` +
      `"${title}", ${lang}, identifier ${identifier}${options.interactions ? ', with quiz interactions' : ''}.`,
  );
}
