// A partner who uploads only the loader, not the folder beside it: the elements cannot be defined,
// and the console says, once per element, which file is missing and what to do.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createStaticServer } from '../../scripts/serve.mjs';
import { launch, listen, partnerPage } from './browser.mjs';

describe('the loader without the rest of the folder', () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(() => browser.close());

  it('warns once per element, naming the missing file and the fix', async () => {
    const serve = createStaticServer().listeners('request')[0];
    const html = partnerPage({
      script: '/dist/cdn/mhm-elements.js',
      body: '<mhm-lesson-card heading="One"></mhm-lesson-card><mhm-lesson-card heading="Two"></mhm-lesson-card><mhm-quiz></mhm-quiz>',
    });
    const server = createServer((request, response) => {
      if (request.url === '/') {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
      } else if (request.url === '/dist/cdn/mhm-elements.js') {
        serve(request, response);
      } else {
        response.writeHead(404).end();
      }
    });
    const origin = await listen(server);
    const page = await browser.newPage();
    const warnings = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    try {
      await page.goto(origin, { waitUntil: 'networkidle0' });
      assert.equal(await page.evaluate(() => customElements.get('mhm-lesson-card')), undefined);
      assert.equal(warnings.length, 2, warnings.join('\n'));
      const card = warnings.find((text) => text.includes('<mhm-lesson-card>'));
      assert.match(card, /^mhm-elements: the code of <mhm-lesson-card> could not be loaded from http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/lesson-card-[\w-]{8}\.js\. Host the whole dist\/cdn folder/);
      assert.ok(warnings.some((text) => text.includes('<mhm-quiz>')));
    } finally {
      await page.close();
      server.close();
    }
  });
});
