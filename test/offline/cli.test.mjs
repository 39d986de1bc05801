// `npx mhm-elements offline` as a partner runs it: what it says for bad arguments, and how it puts
// an author's course file inside the page. (Showing that course is <mhm-course>'s job; here only
// the embedding is checked: the browser reads back exactly the author's JSON, and nothing in the
// JSON can end the script element or run.)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launch, recordingPage, runCli } from './support.mjs';

const folder = mkdtempSync(join(tmpdir(), 'mhm-offline-cli-'));
/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** @param {string} name @param {string} text */
function write(name, text) {
  writeFileSync(join(folder, name), text);
  return name;
}

describe('mhm-elements offline: bad arguments', () => {
  const cases = [
    { args: [], says: /--lang is required/ },
    { args: ['--lang'], says: /--lang/ },
    { args: ['--lang', 'fr', '--colour', 'red'], says: /Unknown option '--colour'/ },
    { args: ['--lang', 'fr!'], says: /--lang "fr!" is not a language tag/ },
    { args: ['--lang', 'ha'], says: /built-in course is written in ar, en, fr; for another language give its course file with --course/ },
    { args: ['--lang', 'fr', '--out', 'course.txt'], says: /--out "course.txt" must name an .html file/ },
    { args: ['--lang', 'fr', '--out', 'missing/course.html'], says: /the folder .*missing does not exist/ },
    { args: ['--lang', 'fr', '--course', 'nowhere.json'], says: /--course "nowhere.json" is not a file/ },
  ];
  for (const { args, says } of cases) {
    test(`offline ${args.join(' ')}: one line, exit code 2`, async () => {
      const { code, stdout, stderr } = await runCli(['offline', ...args], folder);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, says);
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, /^mhm-elements offline: /);
    });
  }

  test('a course file that is not JSON: its line and column, exit code 2, no file written', async () => {
    const course = write('broken.json', '{\n  "title": "Lafiyar hankali",\n  "activities": [\n    { "kind": "lesson", }\n  ]\n}\n');
    const { code, stderr } = await runCli(['offline', '--lang', 'ha', '--course', course, '--out', 'broken.html'], folder);
    assert.equal(code, 2);
    assert.match(stderr, /--course "broken.json" is not valid JSON at line 4, column 25/);
    assert.equal(stderr.trim().split('\n').length, 1);
    assert.throws(() => readFileSync(join(folder, 'broken.html')));
  });

  test('a mistake Node gives no position for still gets its line and column', async () => {
    const course = write('bare-word.json', '{\n  "title": yes\n}\n');
    const { code, stderr } = await runCli(['offline', '--lang', 'ha', '--course', course], folder);
    assert.equal(code, 2);
    assert.match(stderr, /line 2, column 12/);
  });

  test('JSON that is not a course object is refused', async () => {
    const course = write('list.json', '[1, 2, 3]');
    const { code, stderr } = await runCli(['offline', '--lang', 'ha', '--course', course], folder);
    assert.equal(code, 2);
    assert.match(stderr, /not a course/);
  });

  test('--help prints the options and exits 0', async () => {
    const { code, stdout } = await runCli(['offline', '--help'], folder);
    assert.equal(code, 0);
    assert.match(stdout, /--lang .*--course .*--out/s);
  });
});

describe('mhm-elements offline --course', () => {
  const hostile = {
    title: 'Lafiyar hankali </script><script>window.escaped = 1</script> <!-- <script>',
    dir: 'ltr',
    activities: [{ kind: 'lesson', id: 'a', heading: '</SCRIPT ><script>window.escaped = 2</script>', paragraphs: ['<!--', '-->', 'a < b && c > d'] }],
  };

  test('puts the course file inside <mhm-course> as JSON the browser reads back unchanged', async () => {
    const course = write('course-ha.json', `\uFEFF${JSON.stringify(hostile, null, 2)}\n`);
    const { code, stdout, stderr } = await runCli(['offline', '--lang', 'ha', '--course', course, '--out', 'course-ha.html'], folder);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /wrote course-ha\.html \([\d.]+ KB; [\d.]+ KB gzip, [\d.]+ KB brotli\)/);

    const { page, context, requests } = await recordingPage(browser, { fileOnly: true });
    const url = pathToFileURL(join(folder, 'course-ha.html')).href;
    await page.goto(url);
    const found = await page.evaluate(() => {
      const scripts = [...document.querySelectorAll('mhm-course > script[type="application/json"]')];
      return {
        count: scripts.length,
        json: scripts[0] && JSON.parse(scripts[0].textContent),
        scriptsInPage: document.scripts.length,
        escaped: window.escaped ?? null,
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
      };
    });
    await context.close();
    assert.deepEqual(found, {
      count: 1,
      json: hostile,
      // the library's module and the course's JSON: nothing else became a script
      scriptsInPage: 2,
      escaped: null,
      lang: 'ha',
      dir: 'ltr',
      title: hostile.title,
    });
    assert.deepEqual([...new Set(requests)], [url]);
  });

  test('takes the direction from the course file, else from the language', async () => {
    const rtl = write('course-ps.json', JSON.stringify({ title: 'روغتیا', activities: [] }));
    await runCli(['offline', '--lang', 'ps', '--course', rtl, '--out', 'course-ps.html'], folder);
    assert.match(readFileSync(join(folder, 'course-ps.html'), 'utf8'), /<html lang="ps" dir="rtl">/);
    // Dari (prs) and Azerbaijani in Arabic script: the page's direction follows the components' rule.
    for (const lang of ['prs', 'az-Arab']) {
      await runCli(['offline', '--lang', lang, '--course', rtl, '--out', `course-${lang}.html`], folder);
      assert.match(readFileSync(join(folder, `course-${lang}.html`), 'utf8'), new RegExp(`<html lang="${lang}" dir="rtl">`));
    }
    const ltr = write('course-ha-ltr.json', JSON.stringify({ title: 'Lafiya', dir: 'ltr', activities: [] }));
    await runCli(['offline', '--lang', 'ar', '--course', ltr, '--out', 'course-ltr.html'], folder);
    assert.match(readFileSync(join(folder, 'course-ltr.html'), 'utf8'), /<html lang="ar" dir="ltr">/);
  });
});
