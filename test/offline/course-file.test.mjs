// The one-file course made from a partner's own course file (`offline --course`), as a translator's
// Hausa course would be shared: the file carries the course as `<mhm-course>`'s inline JSON child,
// and opened from file:// with every other request aborted it shows that course, in its language,
// with nothing fetched (the course-file checker is inside the file, allowed by its CSP).
// Needs the build (`npm run build`): dist/offline/ and dist/content/course-en.json.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { courseText, launch, press, progressText, recordingPage, runCli, settle } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'mhm-offline-course-'));
/** @type {import('puppeteer-core').Browser} */
let browser;
let file = '';

before(async () => {
  // A partner's course: the built-in English course given a language and new text, as `translate import` writes it.
  const course = JSON.parse(readFileSync('dist/content/course-en.json', 'utf8'));
  course.lang = 'ha';
  course.title = '[ha] Lafiyar kwakwalwa da ƙaura';
  const lesson = course.activities.find((activity) => activity.kind === 'lesson');
  lesson.heading = '[ha] Menene lafiyar kwakwalwa?';
  writeFileSync(join(folder, 'course-ha.json'), JSON.stringify(course, null, 2));
  const result = await runCli(['offline', '--lang', 'ha', '--course', 'course-ha.json', '--out', 'course-ha.html'], folder);
  assert.equal(result.code, 0, result.stderr);
  file = pathToFileURL(join(folder, 'course-ha.html')).href;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

test("shows the partner's own course from its file, in its language, with nothing fetched", async () => {
  const { page, context, requests, errors } = await recordingPage(browser, { fileOnly: true });
  try {
    await page.goto(file);
    await settle(page);
    await page.waitForFunction(() => document.querySelector('mhm-course').shadowRoot.textContent.includes('[ha]'));
    await settle(page);
    const text = await courseText(page);
    assert.match(text, /\[ha\] Lafiyar kwakwalwa da ƙaura/);
    assert.match(text, /\[ha\] Menene lafiyar kwakwalwa\?/);
    assert.doesNotMatch(text, /What is mental health\?/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ha');
    // The course works: its first lesson completes.
    const first = await page.evaluate(() => document.querySelector('mhm-course').shadowRoot.querySelector('[data-activity]').dataset.activity);
    await press(page, first, 'complete-button');
    assert.match(await progressText(page), /1/);
    assert.deepEqual([...new Set(requests)], [file], 'the page requested only itself');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
