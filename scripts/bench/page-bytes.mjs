// Page bytes: what a learner's browser downloads for one page, as the issue's table counts it.
// Real pages in headless Chromium, each loading `dist/cdn/mhm-elements.js` as the README tells a
// partner to; every script the page requests is counted at its brotli size (quality 11, as
// scripts/serve.mjs and a well-set CDN send it). Used by `npm run bench` (the table) and by
// `npm run size` (the ceilings in size-budgets.json, `pageBytes`). Run after `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from '../chromium.mjs';
import { createStaticServer } from '../serve.mjs';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const pagesDir = new URL('../../bench/.pages/bytes/', import.meta.url);

const lesson = `<mhm-lesson-card heading="Why we meet" duration="5" eyebrow="Lesson 1">
  <p>Moving to a new place changes many things at once: work, language, friends, the way days are spent.</p>
  <p>Feeling low or worried for a while is a common reaction, not a weakness.</p></mhm-lesson-card>`;
const quiz = `<mhm-quiz heading="Check what you know">
  <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
  <mhm-question prompt="Which of these can help?">
    <mhm-choice correct>Talking with someone you trust</mhm-choice><mhm-choice>Keeping everything to yourself</mhm-choice>
  </mhm-question></mhm-quiz>`;
const reflection = '<mhm-reflection-prompt prompt="What helps you when you feel far from home?"></mhm-reflection-prompt>';

/**
 * The pages of the issue's table, with its targets (brotli bytes; KB of 1,024 bytes).
 * `name` is the key of the ceiling in size-budgets.json.
 */
export const pages = [
  { name: 'lesson-card', label: 'one `<mhm-lesson-card>`', lang: 'en', body: lesson, target: 9 * 1024 },
  { name: 'quiz', label: 'one `<mhm-quiz>`', lang: 'en', body: quiz, target: 13 * 1024 },
  { name: 'reflection-prompt', label: 'one `<mhm-reflection-prompt>`', lang: 'en', body: reflection, target: 11 * 1024 },
  { name: 'five-reasons', label: 'one `<mhm-five-reasons>` (built-in text)', lang: 'en', body: '<mhm-five-reasons></mhm-five-reasons>', target: 11 * 1024 },
  { name: 'course', label: 'the built-in `<mhm-course>`', lang: 'en', body: '<mhm-course></mhm-course>', target: 30 * 1024 },
  { name: 'course-fr', label: 'the built-in `<mhm-course>` in French', lang: 'fr', body: '<mhm-course></mhm-course>', target: 33 * 1024 },
];

/** Brotli size of a built file, as served. */
function brotliSize(path) {
  const raw = readFileSync(new URL(path.slice(1), `file://${repository}`));
  return brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** Waits until every `mhm-*` element on the page (and in their shadow roots) is defined and rendered. */
async function settled() {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let round = 0; round < 3; round += 1) {
    const elements = all(document).filter((el) => el.localName.startsWith('mhm-'));
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName)));
    await Promise.all(all(document).map((el) => el.updateComplete));
  }
}

/**
 * Loads each page in Chromium and sums the brotli bytes of every script it requests.
 * @param {{ script?: string }} [options] The script the pages load: the loader, or the eager file
 *   (`mhm-elements.all.js`, what every page loaded before the loader) to compare.
 * @returns {Promise<Array<{ name: string, label: string, target: number, bytes: number, files: string[] }>>}
 */
export async function measurePageBytes({ script = 'mhm-elements.js' } = {}) {
  mkdirSync(pagesDir, { recursive: true });
  const server = createStaticServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs });
  const rows = [];
  try {
    for (const page of pages) {
      const file = `${page.name}-${script.replace(/\.js$/, '')}.html`;
      writeFileSync(
        new URL(file, pagesDir),
        `<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
          `<script type="module" src="/dist/cdn/${script}"></script></head><body>${page.body}</body></html>`,
      );
      const tab = await browser.newPage();
      const scripts = new Set();
      tab.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && url.pathname.endsWith('.js')) {
          scripts.add(url.pathname);
        }
      });
      await tab.goto(`${origin}/bench/.pages/bytes/${file}`, { waitUntil: 'networkidle0' });
      await tab.evaluate(settled);
      await tab.close();
      const files = [...scripts].sort();
      rows.push({ ...page, files, bytes: files.reduce((sum, file) => sum + brotliSize(file), 0) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The table for the README and the console.
 * @param rows The pages with the loader.
 * @param eager The same pages with the eager file instead, when measured.
 */
export function pageBytesTable(rows, eager = []) {
  const files = (row) => `${kb(row.bytes)} in ${row.files.length} file${row.files.length > 1 ? 's' : ''}`;
  return [
    `| page (English unless said) | with the loader | target |${eager.length ? ' with the eager file |' : ''}`,
    `|---|---:|---:|${eager.length ? '---:|' : ''}`,
    ...rows.map(
      (row, i) =>
        `| ${row.label} | ${files(row)} | ≤ ${kb(row.target)}${row.bytes <= row.target ? ' (met)' : ''} |${eager[i] ? ` ${files(eager[i])} |` : ''}`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measurePageBytes();
  console.log(pageBytesTable(rows, await measurePageBytes({ script: 'mhm-elements.all.js' })));
  if (process.argv.includes('--files')) {
    rows.forEach((row) => console.log(row.name, row.files.join(' ')));
  }
}
