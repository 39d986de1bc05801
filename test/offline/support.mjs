// Shared by the offline tests: the command line run as a partner runs it, a headless Chromium that
// records every request a page makes, and a learner's actions on the course, driven through the
// real controls inside the elements' shadow roots.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';

const cli = fileURLToPath(new URL('../../bin/mhm-elements.mjs', import.meta.url));

/**
 * Runs `mhm-elements <args>` in a folder and gives back what a partner sees.
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export async function runCli(args, cwd) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

export function launch() {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

/**
 * A page in a fresh browser context (its own storage) that records every request it makes; with
 * `fileOnly`, any request that is not a file: URL is aborted, so nothing could leave the device.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ fileOnly?: boolean }} options
 */
export async function recordingPage(browser, { fileOnly = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 800 });
  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (fileOnly) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      requests.push(request.url());
      if (request.url().startsWith('file:')) request.continue();
      else request.abort('blockedbyclient');
    });
  } else {
    page.on('request', (request) => requests.push(request.url()));
  }
  return { page, context, requests, errors };
}

/** Waits until the course and every element inside it have rendered. Runs in the page. */
async function settled() {
  const course = document.querySelector('mhm-course');
  await customElements.whenDefined('mhm-course');
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (let round = 0; round < 3; round++) {
    await course.updateComplete;
    await Promise.all(all(course.shadowRoot).map((el) => el.updateComplete));
  }
}

/** @param {import('puppeteer-core').Page} page */
export async function settle(page) {
  await page.waitForFunction(() => customElements.get('mhm-course') && document.querySelector('mhm-course')?.shadowRoot);
  await page.evaluate(settled);
  // The activities' own text (the carousel's five reasons) arrives after their first render.
  await page.evaluate(settled);
}

/**
 * Text a learner sees in the course and its activities, in document order, shadow roots included.
 * @param {import('puppeteer-core').Page} page
 */
export function courseText(page) {
  return page.evaluate(() => {
    const text = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(text).join(' ');
    return text(document.querySelector('mhm-course')).replace(/\s+/g, ' ').trim();
  });
}

/** @param {import('puppeteer-core').Page} page */
export function progressText(page) {
  return page.evaluate(() => document.querySelector('mhm-course').shadowRoot.querySelector('[part~="progress-text"]').textContent.trim());
}

/**
 * Presses a button, found by its part, in a built-in activity (or in the course when `id` is empty).
 * @param {import('puppeteer-core').Page} page
 * @param {string} id the activity's id, e.g. "what-is-mental-health"
 * @param {string} part e.g. "complete-button"
 */
export async function press(page, id, part) {
  await page.evaluate(
    (id, part) => {
      const course = document.querySelector('mhm-course');
      const host = id ? course.shadowRoot.querySelector(`[data-activity="${id}"]`).shadowRoot : course.shadowRoot;
      host.querySelector(`[part~="${part}"]`).click();
    },
    id,
    part,
  );
  await settle(page);
}

/**
 * The built-in activities in order: `{ id, tag }`.
 * @param {import('puppeteer-core').Page} page
 */
export function activities(page) {
  return page.evaluate(() =>
    [...document.querySelector('mhm-course').shadowRoot.querySelectorAll('[data-activity]')].map((el) => ({
      id: el.getAttribute('data-activity'),
      tag: el.localName,
    })),
  );
}

/**
 * Answers a paged quiz with the first choice of each question, checks each, and sees the result.
 * @param {import('puppeteer-core').Page} page
 * @param {string} id
 */
async function takeQuiz(page, id) {
  for (;;) {
    await page.evaluate((id) => {
      const quiz = document.querySelector('mhm-course').shadowRoot.querySelector(`[data-activity="${id}"]`);
      quiz.shadowRoot.querySelector('input').click();
    }, id);
    await settle(page);
    await press(page, id, 'check-button');
    const next = await page.evaluate((id) => {
      const root = document.querySelector('mhm-course').shadowRoot.querySelector(`[data-activity="${id}"]`).shadowRoot;
      return root.querySelector('[part~="next-button"]:not([aria-disabled="true"])') ? 'next-button' : root.querySelector('[part~="result-button"]') ? 'result-button' : '';
    }, id);
    if (!next) return;
    await press(page, id, next);
    if (next === 'result-button') return;
  }
}

/**
 * Completes every activity as a learner does: lessons marked complete, the five reasons viewed as a
 * list, reflections left without writing, the quiz answered.
 * @param {import('puppeteer-core').Page} page
 */
export async function completeCourse(page) {
  for (const { id, tag } of await activities(page)) {
    if (tag === 'mhm-lesson-card') await press(page, id, 'complete-button');
    else if (tag === 'mhm-five-reasons') await press(page, id, 'view-toggle');
    else if (tag === 'mhm-reflection-prompt') await press(page, id, 'done-button');
    else if (tag === 'mhm-quiz') await takeQuiz(page, id);
  }
}
