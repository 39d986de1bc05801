// The browser side of the consumer-app checks: a static server for a built app, Debian's Chromium
// through puppeteer-core, and the drivers a partner's learner would use (written once, used by
// every app). Nothing here downloads a browser.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/**
 * Serves folders on 127.0.0.1 at a free port: `mounts` maps a URL prefix ('/', '/mhm-elements/') to a folder.
 * @param {Record<string, string>} mounts
 * @returns {Promise<{ url: string, close(): Promise<void> }>}
 */
export async function serve(mounts) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    let file = prefix && join(mounts[prefix], normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      file = join(file, 'index.html');
    }
    if (!file || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

export async function launch() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Opens `url` in a fresh profile (empty storage) and records what the page logs as warnings or errors.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
export async function open(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'error') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  return { page, problems, close: () => context.close() };
}

/** Waits until every mhm-* element in the page is defined and has rendered. */
export async function settle(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('*')].every((el) => !el.localName.startsWith('mhm-') || customElements.get(el.localName)));
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('*')) {
      if (el.localName.startsWith('mhm-')) {
        await /** @type {any} */ (el).updateComplete;
      }
    }
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
}

/**
 * Answers a paged quiz as a learner does: for each question, ticks the choices whose visible text is
 * given, presses Check, then Next when there is a next question.
 * @param {import('puppeteer-core').Page} page
 * @param {string} selector the quiz
 * @param {string[][]} answers the labels to tick, question by question
 */
export async function answerQuiz(page, selector, answers) {
  for (const labels of answers) {
    await page.evaluate(
      async (selector, labels) => {
        const quiz = /** @type {any} */ (document.querySelector(selector));
        const root = quiz.shadowRoot;
        const inputs = [...root.querySelectorAll('input')];
        for (const label of labels) {
          const input = inputs.find((control) => control.labels?.[0]?.querySelector('.choice-text')?.textContent.trim() === label);
          if (!input) {
            throw new Error(`no choice "${label}" among ${inputs.map((control) => control.labels?.[0]?.textContent.trim()).join(' | ')}`);
          }
          input.click();
        }
        await quiz.updateComplete;
        root.querySelector('[part~="check-button"]').click();
        await quiz.updateComplete;
        root.querySelector('[part~="next-button"]')?.click();
        await quiz.updateComplete;
      },
      selector,
      labels,
    );
  }
}

/** Presses the button with this part in the element's shadow root. */
export async function press(page, selector, part) {
  await page.evaluate(
    async (selector, part) => {
      const el = /** @type {any} */ (document.querySelector(selector));
      el.shadowRoot.querySelector(`[part~="${part}"]`).click();
      await el.updateComplete;
    },
    selector,
    part,
  );
}

/** The text of the element, once it is not empty (or '' after a short wait). */
export async function textOf(page, selector) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.textContent?.trim(), { timeout: 5000 }, selector).catch(() => undefined);
  return page.$eval(selector, (el) => el.textContent?.trim() ?? '');
}

/** What the learner's device stored under this key. */
export const stored = (page, key) => page.evaluate((key) => localStorage.getItem(key), key);
