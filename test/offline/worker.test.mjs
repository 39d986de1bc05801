// The offline worker for a hosted course page (dist/offline/mhm-offline-worker.js, docs/offline.md):
// a real HTTP server on 127.0.0.1 serves a French course page, the CDN build and the worker at the
// site's root, as docs/offline.md tells partners to. The learner visits once; then the connection
// goes (the browser offline and the server stopped) and the page still loads and works.
// Needs the build (`npm run build`).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, press, progressText, recordingPage, settle } from './support.mjs';

const cdn = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
const worker = fileURLToPath(new URL('../../dist/offline/mhm-offline-worker.js', import.meta.url));

/**
 * The page a partner writes: the library, the course, and docs/offline.md's registration snippet.
 * @param {string} version the worker's `?v=`
 */
const coursePage = (version) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Santé mentale et migration</title>
<link rel="icon" href="data:,">
<script type="module" src="/mhm-elements/mhm-elements.js"></script>
<script type="module">
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', ({ data }) => {
      if (data?.type === 'mhm-offline-kept') window.offlineKept = data;
    });
    const keep = () =>
      navigator.serviceWorker.controller?.postMessage({
        type: 'mhm-offline-keep',
        urls: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
      });
    navigator.serviceWorker.addEventListener('controllerchange', keep);
    keep();
    navigator.serviceWorker.register('/mhm-offline-worker.js?v=${version}');
  }
</script>
</head>
<body>
<mhm-course course-id="hosted-fr" persist></mhm-course>
</body>
</html>
`;

const types = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };

/**
 * A site on 127.0.0.1: the course page (\`/course.html?v=2\` registers the worker's version 2), the
 * CDN build under /mhm-elements/ and the worker at the root. `served` lists every path asked for.
 */
async function site() {
  /** @type {string[]} */
  const served = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    served.push(path);
    try {
      if (path === '/course.html') {
        response.writeHead(200, { 'content-type': types['.html'] }).end(coursePage(url.searchParams.get('v') ?? '1'));
      } else if (path === '/mhm-offline-worker.js' || path.startsWith('/mhm-elements/')) {
        const file = path === '/mhm-offline-worker.js' ? worker : join(cdn, normalize(path.slice('/mhm-elements'.length)));
        if (file !== worker && !file.startsWith(cdn)) throw new Error('outside');
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } else {
        response.writeHead(404).end();
      }
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const stop = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve(undefined)));
  };
  sites.push(stop);
  return { origin, served, stop };
}

/** @type {Array<() => Promise<unknown>>} */
const sites = [];
/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await Promise.all(sites.map((stop) => stop().catch(() => undefined)));
});

/**
 * Visits the course page and waits until the worker says what it kept.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function visit(page, url) {
  await page.goto(url);
  await settle(page);
  return (await page.waitForFunction(() => window.offlineKept)).jsonValue();
}

describe('the offline worker for a hosted course page', () => {
  test('a page visited once loads and works with no connection', async () => {
    const { origin, served, stop } = await site();
    const { page, context, errors } = await recordingPage(browser);
    try {
      const kept = await visit(page, `${origin}/course.html`);
      assert.deepEqual(kept.failed, []);
      assert.ok(served.some((path) => /^\/mhm-elements\/course-fr-/.test(path)), 'the French course was downloaded');

      await page.setOfflineMode(true);
      await stop();
      const before = served.length;

      await page.reload();
      await settle(page);
      assert.equal(served.length, before, 'nothing reached the server');
      assert.equal(await page.title(), 'Santé mentale et migration');
      assert.equal(await progressText(page), 'Activités terminées : 0 sur 9');
      await press(page, 'what-is-mental-health', 'complete-button');
      assert.equal(await progressText(page), 'Activités terminées : 1 sur 9');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a new version (?v=2) replaces the kept files and deletes the old ones', async () => {
    const { origin } = await site();
    const { page, context } = await recordingPage(browser);
    try {
      await visit(page, `${origin}/course.html`);
      assert.deepEqual(await page.evaluate(() => caches.keys()), ['mhm-offline:1']);
      await visit(page, `${origin}/course.html?v=2`);
      await page.waitForFunction(async () => (await caches.keys()).join() === 'mhm-offline:2');
      const pages = await page.evaluate(async () => (await (await caches.open('mhm-offline:2')).keys()).map((request) => new URL(request.url).pathname));
      assert.ok(pages.includes('/course.html'), pages.join());
      assert.ok(pages.some((path) => /^\/mhm-elements\/course-fr-/.test(path)), pages.join());
    } finally {
      await context.close();
    }
  });
});
