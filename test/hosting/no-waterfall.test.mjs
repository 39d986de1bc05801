// No waterfall: when the loader runs, it asks for everything the page's elements need (their code,
// the core, the interface text and built-in content of their language) at once. Proven with a
// server that holds back every file but the loader: all the files the page ends up using must be
// asked for while none of them has arrived. A file found only by running another (a chunk's
// import, a language asked for once the element has rendered) would come after the release.
// "Asked for" is the browser's own record (CDP Network.requestWillBeSent, puppeteer's `request`):
// over HTTP/1.1 the browser opens at most six connections to a server, so a seventh request
// waits for a socket even though the page asked for it at once (docs/hosting.md: serve HTTP/2).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createStaticServer } from '../../scripts/serve.mjs';
import { launch, listen, partnerPage, quietNetwork } from './browser.mjs';

const loader = '/dist/cdn/mhm-elements.js';

/** Serves the repository and the page, holding back every CDN file but the loader until `release()`. */
function holdingServer(html) {
  const serve = createStaticServer().listeners('request')[0];
  const held = [];
  const asked = [];
  let holding = true;
  const server = createServer((request, response) => {
    const path = request.url.split('?')[0];
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    if (path.startsWith('/dist/cdn/') && path !== loader) {
      asked.push(path);
      if (holding) {
        held.push(() => serve(request, response));
        return;
      }
    }
    serve(request, response);
  });
  return {
    server,
    asked,
    release() {
      holding = false;
      held.splice(0).forEach((send) => send());
    },
  };
}

const pages = {
  'a French reflection prompt (its entry, four core chunks, French text)':
    { lang: 'fr', body: '<mhm-reflection-prompt prompt="Qu’est-ce qui vous aide ?"></mhm-reflection-prompt>', tag: 'mhm-reflection-prompt' },
  'the built-in course in Arabic (the eager file, Arabic text, the course and five reasons, their renderer)':
    { lang: 'ar', body: '<mhm-course></mhm-course>', tag: 'mhm-course' },
  'a lesson card and a carousel with built-in text, in Portuguese':
    { lang: 'pt', body: '<mhm-lesson-card heading="Olá"><p>Texto</p></mhm-lesson-card><mhm-five-reasons></mhm-five-reasons>', tag: 'mhm-five-reasons' },
};

describe('the loader asks for everything a page needs at once', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  for (const [name, { lang, body, tag }] of Object.entries(pages)) {
    it(name, async () => {
      const { server, asked, release } = holdingServer(partnerPage({ script: loader, body, lang }));
      const origin = await listen(server);
      const page = await browser.newPage();
      const started = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/dist/cdn/') && path !== loader) {
          started.push(path);
        }
      });
      try {
        await page.goto(origin, { waitUntil: 'domcontentloaded' });
        await quietNetwork(() => started.length);
        const beforeAnyArrived = [...new Set(started)].sort();
        release();
        await page.evaluate(async (tag) => {
          await customElements.whenDefined(tag);
          await document.querySelector(tag).updateComplete;
        }, tag);
        await page.waitForNetworkIdle();
        const all = [...new Set(started)].sort();
        assert.deepEqual(all, beforeAnyArrived, 'asked for only after another file arrived: ' + all.filter((f) => !beforeAnyArrived.includes(f)).join(', '));
        assert.ok(all.length >= 2, all.join(', '));
        // Each file downloaded once: the preload and the import share one download.
        assert.deepEqual([...asked].sort(), all);
        const text = await page.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent, tag);
        assert.ok(text.trim().length > 0);
      } finally {
        await page.close();
        server.close();
      }
    });
  }
});
