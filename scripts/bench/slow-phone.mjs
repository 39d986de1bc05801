// Slow phone: how long a learner on a cheap phone and a slow link waits for the built-in course's
// first lesson text, against the same lesson written as static HTML (the floor).
// Headless Chromium through CDP: 400 ms round trip, 50 KB/s down and up, CPU slowed ×4, 360 px
// wide, cache off, every file brotli-compressed by scripts/serve.mjs. Times run from navigation
// start to the first animation frame in which the first lesson's heading is on screen; median of
// `runs` (at least 5). A measurement for `npm run bench`, never a CI gate.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from '../chromium.mjs';
import { createStaticServer } from '../serve.mjs';

const pagesDir = new URL('../../bench/.pages/slow-phone/', import.meta.url);
const cdnDir = new URL('../../dist/cdn/', import.meta.url);
export const conditions = { latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024, cpu: 4, width: 360 };

/** The built-in course's text in one language, from the built chunk (plain data). */
async function courseText(lang) {
  const file = readdirSync(cdnDir).find((name) => new RegExp(`^course-${lang}-[\\w-]{8}\\.js$`).test(name));
  return (await import(new URL(file, cdnDir).href)).default;
}

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The first lesson as static HTML: what the course shows first, with no script at all. */
function floorBody(content) {
  const lesson = content.activities.find((activity) => activity.kind === 'lesson');
  return `<main><h1>${escape(content.title)}</h1><p>${escape(content.summary)}</p><article id="first-lesson">
    <p>${escape(lesson.eyebrow)}</p><h2>${escape(lesson.heading)}</h2>${lesson.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}
    <ul>${lesson.takeaways.map((t) => `<li>${escape(t)}</li>`).join('')}</ul></article></main>`;
}

/**
 * Runs in the page before anything else: each frame, looks for the first lesson's heading on screen
 * (in the course's first lesson card, or the static page's article) and keeps the time it appeared.
 */
function watchForFirstText(heading) {
  const find = () => {
    const course = document.querySelector('mhm-course');
    if (!course) {
      const h2 = document.querySelector('#first-lesson h2');
      return h2?.textContent === heading && h2.checkVisibility();
    }
    const card = course.shadowRoot?.querySelector('mhm-lesson-card');
    const shown = card?.shadowRoot?.querySelector('[part~="heading"]');
    return shown?.textContent.trim() === heading && shown.checkVisibility() && card.querySelector('p')?.checkVisibility();
  };
  window.__firstText = new Promise((resolve) => {
    const frame = () => (find() ? resolve(performance.now()) : requestAnimationFrame(frame));
    requestAnimationFrame(frame);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function run(browser, url, heading) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: conditions.width, height: 740, isMobile: true, hasTouch: true });
    const client = await page.createCDPSession();
    await client.send('Network.enable');
    await client.send('Network.setCacheDisabled', { cacheDisabled: true });
    await client.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: conditions.latency,
      downloadThroughput: conditions.downloadThroughput,
      uploadThroughput: conditions.uploadThroughput,
    });
    await client.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpu });
    await page.evaluateOnNewDocument(watchForFirstText, heading);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return await page.evaluate(() => window.__firstText);
  } finally {
    await page.close();
  }
}

/**
 * Measures the built-in course's time to first lesson text in each language, with the loader, with
 * the eager file, and as static HTML.
 * @param {{ langs?: string[], runs?: number }} [options]
 * @returns {Promise<Array<{ lang: string, loader: number, eager: number, floor: number, runs: number }>>} medians in ms
 */
export async function measureSlowPhone({ langs = ['en', 'fr', 'ar'], runs = 5 } = {}) {
  mkdirSync(pagesDir, { recursive: true });
  const server = createStaticServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Compress every file once before measuring, as a server with precompressed files would have.
  for (const file of readdirSync(cdnDir)) {
    await (await fetch(`${origin}/dist/cdn/${file}`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
  }
  const browser = await puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs });
  const rows = [];
  try {
    for (const lang of langs) {
      const content = await courseText(lang);
      const heading = content.activities.find((activity) => activity.kind === 'lesson').heading;
      const head = `<!doctype html><html lang="${lang}" dir="${content.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`;
      const pages = {
        loader: `${head}<script type="module" src="/dist/cdn/mhm-elements.js"></script></head><body><mhm-course></mhm-course></body></html>`,
        eager: `${head}<script type="module" src="/dist/cdn/mhm-elements.all.js"></script></head><body><mhm-course></mhm-course></body></html>`,
        floor: `${head}</head><body>${floorBody(content)}</body></html>`,
      };
      const times = Object.fromEntries(Object.keys(pages).map((kind) => [kind, []]));
      for (const [kind, html] of Object.entries(pages)) {
        writeFileSync(new URL(`${kind}-${lang}.html`, pagesDir), html);
      }
      // Interleaved, so a busy moment of the machine does not fall on one kind of page only.
      for (let i = 0; i < runs; i += 1) {
        for (const kind of Object.keys(pages)) {
          times[kind].push(await run(browser, `${origin}/bench/.pages/slow-phone/${kind}-${lang}.html`, heading));
        }
      }
      rows.push({ lang, runs, ...Object.fromEntries(Object.entries(times).map(([kind, values]) => [kind, median(values)])) });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The table for the README and the console. */
export function slowPhoneTable(rows) {
  const names = { en: 'English', fr: 'French', ar: 'Arabic' };
  return [
    '| built-in course | static floor | with the loader | ratio | with the eager file | ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${names[row.lang] ?? row.lang} | ${s(row.floor)} | ${s(row.loader)} | ×${(row.loader / row.floor).toFixed(1)} | ${s(row.eager)} | ×${(row.eager / row.floor).toFixed(1)} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runsArg = process.argv.indexOf('--runs');
  const rows = await measureSlowPhone({ runs: runsArg > 0 ? Math.max(5, Number(process.argv[runsArg + 1])) : 5 });
  console.log(slowPhoneTable(rows));
}
