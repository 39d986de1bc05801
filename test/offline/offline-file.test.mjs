// The one-file course (`npx mhm-elements offline`), opened as a learner opens it from the phone's
// files: a file: URL in Chromium, every request that is not a file aborted and recorded. Firefox
// cannot be installed on this machine, so only Chromium is tested (docs/offline.md says so).
// Needs the build (`npm run build`): the command line reads dist/offline/.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { completeCourse, courseText, launch, press, progressText, recordingPage, runCli, settle } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'mhm-offline-'));
/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {Record<string, string>} */
const files = {};

before(async () => {
  for (const lang of ['fr', 'ar']) {
    const result = await runCli(['offline', '--lang', lang, '--out', `course-${lang}.html`], folder);
    assert.equal(result.code, 0, result.stderr);
    files[lang] = pathToFileURL(join(folder, `course-${lang}.html`)).href;
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * Opens a generated file as a learner does, runs the test's steps, then checks that the page asked
 * for nothing but the file itself and that no script failed.
 * @param {string} lang
 * @param {(page: import('puppeteer-core').Page) => Promise<void>} steps
 */
async function withFile(lang, steps) {
  const { page, context, requests, errors } = await recordingPage(browser, { fileOnly: true });
  try {
    await page.goto(files[lang]);
    await settle(page);
    await steps(page);
    assert.deepEqual([...new Set(requests)], [files[lang]], 'the page requested only itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

const returnIdentity = 'mhm-course/return-identity';

describe('the offline course file', () => {
  test('shows the French course in French, with the page in French', () =>
    withFile('fr', async (page) => {
      const text = await courseText(page);
      assert.match(text, /Santé mentale et migration : sensibilisation/);
      assert.match(text, /Qu’est-ce que la santé mentale ?/);
      assert.match(text, /Marquer comme terminé/);
      assert.equal(await progressText(page), 'Activités terminées : 0 sur 9');
      const { lang, dir, title, note } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
        note: document.querySelector('.mhm-offline-note').textContent,
      }));
      // French typography: a no-break space before the colon.
      assert.deepEqual({ lang, dir, title }, { lang: 'fr', dir: 'ltr', title: 'Santé mentale et migration\u00a0: sensibilisation' });
      assert.match(note, /sans connexion Internet/);
    }));

  test('shows the Arabic course right to left', () =>
    withFile('ar', async (page) => {
      const text = await courseText(page);
      assert.match(text, /الصحة النفسية والهجرة: التوعية/);
      assert.match(text, /وضع علامة كمكتمل/);
      const layout = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        course: getComputedStyle(document.querySelector('mhm-course').shadowRoot.querySelector('[part~="base"]')).direction,
      }));
      assert.deepEqual(layout, { dir: 'rtl', lang: 'ar', course: 'rtl' });
    }));

  test('keeps progress on the device across a reload', () =>
    withFile('fr', async (page) => {
      await press(page, 'what-is-mental-health', 'complete-button');
      assert.equal(await progressText(page), 'Activités terminées : 1 sur 9');
      await page.reload();
      await settle(page);
      assert.equal(await progressText(page), 'Activités terminées : 1 sur 9');
      const status = await page.evaluate(() => {
        const lesson = document.querySelector('mhm-course').shadowRoot.querySelector('[data-activity="what-is-mental-health"]');
        return lesson.shadowRoot.querySelector('[part~="complete-status"]')?.textContent.trim();
      });
      assert.match(status ?? '', /Terminé/);
    }));

  test('keeps a reflection the learner chose to keep, in Arabic too', () =>
    withFile('ar', async (page) => {
      const words = 'العودة إلى البيت صعبة أحيانًا.';
      const field = await page.evaluateHandle(
        (id) => document.querySelector('mhm-course').shadowRoot.querySelector(`[data-activity="${id}"]`).shadowRoot.querySelector('textarea'),
        returnIdentity,
      );
      await page.evaluate(
        (id) => document.querySelector('mhm-course').shadowRoot.querySelector(`[data-activity="${id}"]`).shadowRoot.querySelector('#keep').click(),
        returnIdentity,
      );
      await field.type(words);
      // Saved after a pause in typing, and in any case when the page is left: the reload leaves it.
      await page.reload();
      await settle(page);
      const restored = await page.evaluate(
        (id) => document.querySelector('mhm-course').shadowRoot.querySelector(`[data-activity="${id}"]`).shadowRoot.querySelector('textarea').value,
        returnIdentity,
      );
      assert.equal(restored, words);
    }));

  test('prints a record of the finished course', () =>
    withFile('fr', async (page) => {
      await completeCourse(page);
      assert.equal(await progressText(page), 'Activités terminées : 9 sur 9');
      // The print dialog itself is the browser's; the button must ask for it.
      await page.evaluate(() => {
        window.printed = 0;
        window.print = () => window.printed++;
      });
      await press(page, '', 'print-button');
      assert.equal(await page.evaluate(() => window.printed), 1);

      await page.emulateMediaType('print');
      const printed = await page.evaluate(() => {
        const root = document.querySelector('mhm-course').shadowRoot;
        const shown = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const lesson = root.querySelector('[data-activity="what-is-mental-health"]');
        return {
          heading: shown(root.querySelector('[part~="completion-heading"]')),
          lesson: shown(lesson),
          lessonStatus: shown(lesson.shadowRoot.querySelector('[part~="complete-status"]')),
          buttons: [...root.querySelectorAll('button')].filter(shown).length,
          note: shown(document.querySelector('.mhm-offline-note')),
        };
      });
      assert.deepEqual(printed, { heading: true, lesson: true, lessonStatus: true, buttons: 0, note: false });
    }));
});
