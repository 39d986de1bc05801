// The "done when": a Hausa course made only with `translate export`, a filled XLIFF file and
// `translate import`, then loaded with `<mhm-course src>` in Chromium from a real HTTP server,
// shows the translated lessons and buttons with no other step.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { coursePage, fillXliff, launchChromium, pageTexts, scratch, serve } from './support.mjs';

describe('a Hausa course, from export to the learner', () => {
  const work = scratch();
  let server;
  let browser;
  let page;
  before(async () => {
    assert.equal(work.cli('translate', 'export', '--lang', 'ha', '--out', 'ha.xlf').code, 0);
    work.write('ha-done.xlf', fillXliff(work.read('ha.xlf')));
    assert.equal(work.cli('translate', 'import', 'ha-done.xlf', '--out', 'course-ha.json').code, 0);
    work.write('index.html', coursePage('course-ha.json'));
    server = await serve(work.dir);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => {
      const course = document.querySelector('mhm-course');
      return course?.shadowRoot?.querySelector('mhm-lesson-card') && course.shadowRoot.querySelector('mhm-quiz')?.shadowRoot?.querySelector('button');
    });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    work.cleanup();
  });

  it('shows the lessons in Hausa', async () => {
    const { text } = await page.evaluate(pageTexts);
    const course = JSON.parse(work.read('course-ha.json'));
    for (const activity of course.activities.filter((a) => a.kind === 'lesson')) {
      assert.ok(text.includes(activity.heading), `${activity.heading} is not shown`);
      assert.ok(text.includes(activity.paragraphs[0]), `the first paragraph of ${activity.id} is not shown`);
    }
    assert.ok(text.includes('[ha] Mental Health & Migration: Awareness Raising'));
    assert.ok(!/(^|[^\]] )What is mental health\?/.test(text), 'an English heading is shown');
  });

  it('shows every button in Hausa', async () => {
    const { buttons } = await page.evaluate(pageTexts);
    assert.ok(buttons.length > 10, `${buttons.length} buttons`);
    const english = buttons.filter((label) => !label.includes('[ha]'));
    assert.deepEqual(english, []);
    for (const label of ['[ha] Mark as complete', '[ha] Check', '[ha] View as list', '[ha] Continue without writing']) assert.ok(buttons.includes(label), `no "${label}" in ${buttons.join(' | ')}`);
  });

  it('speaks Hausa to assistive technology: the course is marked lang="ha"', async () => {
    const lang = await page.evaluate(() => document.querySelector('mhm-course').shadowRoot.querySelector('[part="base"]').getAttribute('lang'));
    assert.equal(lang, 'ha');
  });
});
