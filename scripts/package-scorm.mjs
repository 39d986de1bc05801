// Packs the course as a SCORM 1.2 zip an LMS (Moodle and others) runs as one activity:
//   npm run package:scorm -- [--lang en|fr|ar] [--out file.zip] [--page page.html] [--interactions]
// It uses the build in dist/ (run `npm run build` first) and puts inside the zip everything the
// learner's browser needs: the CDN build with only the language files the course uses, and a small
// bridge module that connects the course to the LMS. The packaged page fetches nothing from outside.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { zipSync } from 'fflate';
import { rollup } from 'rollup';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, 'dist/cdn');
const bridgeSource = join(root, 'dist/scorm/scorm12.js');
/** Where the library's files sit inside the zip, apart from an author's own files. */
const libDir = 'mhm-elements';
/** A fixed date for every entry, so the same input gives the same zip. */
const zipDate = new Date('2026-01-01T00:00:00Z');

class UsageError extends Error {}

function fail(message) {
  throw new UsageError(message);
}

/** The languages the built-in course is written in: one file each in src/content/course/. */
function courseLanguages() {
  return readdirSync(join(root, 'src/content/course'))
    .map((name) => /^([a-z]{2,3})\.ts$/.exec(name)?.[1])
    .filter(Boolean)
    .sort();
}

/** The built-in course text for a language (title, lang, dir), read from its TypeScript source. */
async function builtInCourse(lang) {
  const source = readFileSync(join(root, `src/content/course/${lang}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2021 } });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)).default;
}

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]);
}

const escapeHtml = escapeXml;

function readOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        lang: { type: 'string' },
        out: { type: 'string' },
        page: { type: 'string' },
        interactions: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    fail(`${error.message}. Options: --lang en|fr|ar, --out <file.zip>, --page <page.html>, --interactions.`);
  }
  const { lang, out, page, interactions } = parsed.values;
  const languages = courseLanguages();
  if (lang !== undefined && !languages.includes(lang)) {
    fail(`--lang "${lang}" is not a language of the built-in course; use one of: ${languages.join(', ')}.`);
  }
  if (out !== undefined && !out.endsWith('.zip')) {
    fail(`--out "${out}" must name a .zip file.`);
  }
  return { lang, out, page, interactions };
}

function requireBuild() {
  for (const file of [join(cdnDir, 'mhm-elements.js'), bridgeSource]) {
    if (!existsSync(file)) {
      fail(`${relative(root, file)} is missing: run \`npm run build\` first (the package is made from dist/).`);
    }
  }
}

/** Every `lang="…"` in the markup, so the package carries each language's text the page shows. */
function languagesIn(markup) {
  return [...markup.matchAll(/\slang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)/g)].map((match) => match[1]);
}

/**
 * The CDN files the page needs: the entry, every chunk that is not a language's text, and the text
 * chunks of the page's languages (English where a language has none, as the components fall back).
 */
function cdnFiles(langs) {
  const primaries = new Set(langs.map((lang) => lang.split('-')[0].toLowerCase()));
  const files = readdirSync(cdnDir).filter((name) => name.endsWith('.js'));
  const textChunk = (name) => /^(.+)-([a-z]{2,3})-[\w-]{8}\.js$/.exec(name);
  const byKind = new Map();
  for (const name of files) {
    const match = textChunk(name);
    if (match) {
      const [, kind, lang] = match;
      byKind.set(kind, [...(byKind.get(kind) ?? []), { name, lang }]);
    }
  }
  const chosen = files.filter((name) => !textChunk(name));
  for (const chunks of byKind.values()) {
    const own = chunks.filter((chunk) => primaries.has(chunk.lang));
    const fallback = chunks.filter((chunk) => chunk.lang === 'en');
    const needsFallback = [...primaries].some((lang) => !chunks.some((chunk) => chunk.lang === lang));
    chosen.push(...new Set([...own, ...(needsFallback ? fallback : [])].map((chunk) => chunk.name)));
  }
  const contents = new Map(chosen.map((name) => [name, readFileSync(join(cdnDir, name))]));
  // A file left out must never be a static import of one kept.
  for (const [name, content] of contents) {
    for (const match of content.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
      if (!contents.has(match[1])) {
        fail(`dist/cdn/${name} imports ./${match[1]}, which the package would leave out. Rebuild with \`npm run build\`.`);
      }
    }
  }
  return contents;
}

/** The bridge module: connectScorm12 from dist/, bundled and minified into one file, and nothing else. */
async function bridgeModule(interactions) {
  const entry = '\0mhm-scorm-entry';
  const code =
    `import { connectScorm12 } from ${JSON.stringify(bridgeSource)};\n` +
    `const course = document.querySelector('mhm-course');\n` +
    `if (course) connectScorm12(course${interactions ? ', { interactions: true }' : ''});\n` +
    `else console.warn('mhm-elements: this page has no <mhm-course>; nothing is recorded in the LMS.');\n`;
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
      nodeResolve({ exportConditions: ['production'] }),
      terser({ module: true, ecma: 2021, format: { comments: false } }),
    ],
    onwarn: (warning) => fail(`bundling the SCORM bridge: ${warning.message}`),
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  return Buffer.from(output[0].code);
}

function scripts() {
  return (
    `<script type="module" src="${libDir}/mhm-elements.js"></script>\n` +
    `<script type="module" src="${libDir}/mhm-scorm.js"></script>\n`
  );
}

function builtInPage(course) {
  return `<!doctype html>
<html lang="${escapeHtml(course.lang)}" dir="${escapeHtml(course.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(course.title)}</title>
<style>body{margin:0 auto;max-inline-size:60rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
${scripts()}</head>
<body>
<main>
<mhm-course course-id="mhm-course-${escapeHtml(course.lang)}"></mhm-course>
</main>
</body>
</html>
`;
}

function withoutComments(markup) {
  return markup.replace(/<!--[\s\S]*?-->/g, '');
}

/**
 * An author's page, packed: its scripts are replaced by the packed library and bridge (any other
 * script could not run without a request, or would load the library a second time), and the files it
 * refers to by relative URL come along at the same paths.
 */
function authorPage(pagePath) {
  if (!existsSync(pagePath) || !statSync(pagePath).isFile()) {
    fail(`--page "${pagePath}" does not exist.`);
  }
  const original = readFileSync(pagePath, 'utf8');
  const markup = withoutComments(original);
  if (!/<mhm-course[\s>/]/i.test(markup)) {
    fail(`--page "${pagePath}" has no <mhm-course> element: the package needs the course to record it in the LMS.`);
  }
  const removed = [];
  let page = markup.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, (tag) => {
    removed.push(/\ssrc\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? 'an inline script');
    return '';
  });
  for (const script of removed) {
    console.warn(`package-scorm: left out the page's script ${script}; the package brings its own copy of the library.`);
  }
  page = /<\/head\s*>/i.test(page) ? page.replace(/<\/head\s*>/i, `${scripts()}</head>`) : scripts() + page;

  const pageDir = dirname(resolve(pagePath));
  const assets = new Map();
  for (const match of page.matchAll(/<(?!a[\s>])([a-z][\w-]*)\b[^>]*?\s(?:src|href|poster)\s*=\s*["']([^"']+)["']/gi)) {
    const url = match[2].trim();
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
      if (/^https?:|^\/\//i.test(url)) {
        console.warn(`package-scorm: the page loads ${url} from outside the package; learners' browsers will request it.`);
      }
      continue;
    }
    if (url.startsWith('#') || url.startsWith(`${libDir}/`)) {
      continue;
    }
    const path = decodeURIComponent(url.split(/[?#]/)[0]);
    const file = resolve(pageDir, path);
    if (!file.startsWith(pageDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      fail(`--page refers to "${url}", which is not a file beside or below the page.`);
    }
    assets.set(relative(pageDir, file).split(sep).join(posix.sep), readFileSync(file));
  }
  const htmlLang = /<html\b[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(page)?.[1];
  const courseLang = /<mhm-course\b[^>]*\slang\s*=\s*["']?([\w-]+)/i.exec(page)?.[1];
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(page)?.[1].trim();
  return { page, assets, lang: courseLang ?? htmlLang, title, langs: languagesIn(page) };
}

function manifest({ identifier, title, lang, files }) {
  const text = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${identifier}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${escapeXml(lang)}">${text}</imsmd:langstring></imsmd:title>
        <imsmd:language>${escapeXml(lang)}</imsmd:language>
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
${files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

async function main(argv) {
  const options = readOptions(argv);
  requireBuild();
  const author = options.page ? authorPage(options.page) : null;
  const lang = options.lang ?? author?.lang ?? 'en';
  const builtInLang = courseLanguages().find((locale) => locale === lang.split('-')[0].toLowerCase());
  const course = builtInLang ? await builtInCourse(builtInLang) : null;
  const title = author?.title || course?.title || 'Mental Health & Migration: Awareness Raising';
  const page = author ? author.page : builtInPage(course ?? (await builtInCourse('en')));

  const files = new Map([['index.html', Buffer.from(page)]]);
  for (const [path, content] of author?.assets ?? []) {
    files.set(path, content);
  }
  for (const [name, content] of cdnFiles([lang, ...(author?.langs ?? [])])) {
    files.set(`${libDir}/${name}`, content);
  }
  files.set(`${libDir}/mhm-scorm.js`, await bridgeModule(options.interactions));

  const identifier = `mhm-course-${lang.toLowerCase().replace(/[^a-z0-9-]/g, '')}`;
  const listed = [...files.keys()];
  files.set('imsmanifest.xml', Buffer.from(manifest({ identifier, title, lang, files: listed })));

  const out = resolve(options.out ?? join(root, `dist/scorm/${identifier}.zip`));
  const zip = zipSync(
    Object.fromEntries([...files].map(([path, content]) => [path, [new Uint8Array(content), { level: 9, mtime: zipDate }]])),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(
    `package-scorm: wrote ${relative(process.cwd(), out)} (${files.size} files, ${(zip.length / 1024).toFixed(1)} KB): ` +
      `"${title}", ${lang}${options.interactions ? ', with quiz interactions' : ''}.`,
  );
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof UsageError ? `package-scorm: ${error.message}` : error);
  process.exit(1);
});
