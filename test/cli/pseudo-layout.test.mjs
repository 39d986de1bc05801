// The whole course in both pseudo-languages (`translate pseudo`, accented and about 35% longer;
// `--rtl`, right to left) on a 360 px phone: no text is clipped or runs past the screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { coursePage, launchChromium, scratch, serve } from './support.mjs';

/** In the page: every piece of text that runs past the screen or out of a box that clips it. */
function overflowingText() {
  const width = document.documentElement.clientWidth;
  const problems = [];
  const parentOf = (node) => node.assignedSlot ?? node.parentNode ?? node.host;
  const describe = (node) => `"${node.data.trim().slice(0, 40)}" in <${node.parentNode.localName ?? 'shadow-root'}>`;
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE && node.data.trim()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (!rect.width) continue;
        if (rect.right > width + 1 || rect.left < -1) problems.push(`${describe(node)} runs past the screen (${Math.round(rect.left)} to ${Math.round(rect.right)} px)`);
        for (let box = parentOf(node); box && box.nodeType !== Node.DOCUMENT_NODE; box = parentOf(box)) {
          if (box.nodeType !== Node.ELEMENT_NODE) continue;
          const style = getComputedStyle(box);
          const outer = box.getBoundingClientRect();
          // Visually hidden text (a 1 px clipped box) is for screen readers only.
          if (outer.width <= 1 || outer.height <= 1) return;
          if (style.overflowX !== 'visible' && (rect.right > outer.right + 1 || rect.left < outer.left - 1)) {
            problems.push(`${describe(node)} is clipped by <${box.localName}>`);
            break;
          }
        }
      }
    }
    if (node.shadowRoot) visit(node.shadowRoot);
    if (node.localName !== 'script' && node.localName !== 'style') node.childNodes.forEach(visit);
  };
  visit(document.body);
  if (document.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px wide)`);
  return problems;
}

/** Shows everything the course has: the activities' list and help, the five reasons as a list, the closing panel. */
async function openEverything(page) {
  await page.evaluate(async () => {
    const course = document.querySelector('mhm-course');
    for (const details of course.shadowRoot.querySelectorAll('details')) details.open = true;
    course.shadowRoot.querySelector('mhm-five-reasons').showAll = true;
    course.restoreProgress({ completed: course.activities.map((activity) => activity.id) });
    await course.updateComplete;
  });
}

describe('the course in pseudo-languages at 360 px', () => {
  const work = scratch();
  let server;
  let browser;
  before(async () => {
    assert.equal(work.cli('translate', 'pseudo', '--out', 'course-en-XA.json').code, 0);
    assert.equal(work.cli('translate', 'pseudo', '--rtl', '--out', 'course-ar-XB.json').code, 0);
    work.write('en-XA.html', coursePage('course-en-XA.json'));
    work.write('ar-XB.html', coursePage('course-ar-XB.json'));
    server = await serve(work.dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    work.cleanup();
  });

  for (const [lang, dir] of [['en-XA', 'ltr'], ['ar-XB', 'rtl']]) {
    it(`shows every text of the course in ${lang} (${dir}) without clipping or overflow`, async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 740 });
      await page.goto(`${server.url}/${lang}.html`);
      await page.waitForFunction(() => document.querySelector('mhm-course')?.shadowRoot?.querySelector('mhm-quiz')?.shadowRoot?.querySelector('button'));
      await openEverything(page);
      await page.waitForFunction(() => document.querySelector('mhm-course').shadowRoot.querySelector('[part="completion"]'));
      assert.equal(await page.evaluate(() => document.querySelector('mhm-course').shadowRoot.querySelector('[part="base"]').getAttribute('dir')), dir);
      const { text, problems } = await page.evaluate((check) => ({ text: document.querySelector('mhm-course').shadowRoot.textContent, problems: (0, eval)(`(${check})`)() }), overflowingText.toString());
      assert.match(text, /⟦/);
      if (process.env.MHM_SCREENSHOTS) await page.screenshot({ path: `${process.env.MHM_SCREENSHOTS}/pseudo-${lang}.png`, fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
