// A partner's page on one origin, the library's files on another (a CDN, a second server): module
// scripts are fetched with CORS, so the files need Access-Control-Allow-Origin (docs/hosting.md).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStaticServer } from '../../scripts/serve.mjs';
import { launch, listen, pageServer, partnerPage } from './browser.mjs';

const body = `<mhm-lesson-card heading="Served from another origin"><p>Body</p></mhm-lesson-card>
  <mhm-quiz lang="fr" heading="Vérifier"><mhm-question type="true-false" answer="false" prompt="La migration nuit toujours."></mhm-question></mhm-quiz>`;

/** Opens the partner's page, which loads the loader from `filesOrigin`; returns what the learner gets. */
async function visit(browser, filesOrigin) {
  const server = pageServer(partnerPage({ script: `${filesOrigin}/dist/cdn/mhm-elements.js`, body }));
  const origin = await listen(server);
  const page = await browser.newPage();
  const console = [];
  page.on('console', (message) => console.push(message.text()));
  try {
    await page.goto(origin, { waitUntil: 'networkidle0' });
    const result = await page.evaluate(async () => {
      const defined = ['mhm-lesson-card', 'mhm-quiz'].filter((tag) => customElements.get(tag));
      const card = document.querySelector('mhm-lesson-card');
      const quiz = document.querySelector('mhm-quiz');
      await card.updateComplete;
      await quiz.updateComplete;
      const text = (el, selector) => el.shadowRoot?.querySelector(selector)?.textContent.trim();
      return { defined, heading: text(card, '[part="heading"]'), check: text(quiz, '[part~="check-button"]') };
    });
    return { ...result, console };
  } finally {
    await page.close();
    server.close();
  }
}

describe('the elements loaded from another origin', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('render when the files are sent with Access-Control-Allow-Origin, in the page language and in French', async () => {
    const files = createStaticServer({ cors: true });
    try {
      const result = await visit(browser, await listen(files));
      assert.deepEqual(result.defined, ['mhm-lesson-card', 'mhm-quiz']);
      assert.equal(result.heading, 'Served from another origin');
      assert.equal(result.check, 'Vérifier');
      assert.deepEqual(result.console.filter((text) => /CORS|could not be loaded/.test(text)), []);
    } finally {
      files.close();
    }
  });

  it('without the header: nothing renders, and the browser console names the missing header (what docs/hosting.md warns of)', async () => {
    const files = createStaticServer({ cors: false });
    try {
      const result = await visit(browser, await listen(files));
      assert.deepEqual(result.defined, []);
      assert.equal(result.heading, undefined);
      assert.ok(
        result.console.some((text) => /blocked by CORS policy: No 'Access-Control-Allow-Origin' header/.test(text)),
        result.console.join('\n'),
      );
    } finally {
      files.close();
    }
  });
});
