// Helpers of the hosting tests: headless Chromium (puppeteer-core, the machine's browser) and
// small servers on 127.0.0.1, each on a free port (two ports are two origins).
import { createServer } from 'node:http';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, ensureChromium } from '../../scripts/chromium.mjs';

export function launch() {
  return puppeteer.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs });
}

/** Starts a server on a free port; resolves with its origin. */
export async function listen(server) {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

/** A server of one HTML page, the partner's page. */
export function pageServer(html) {
  return createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
    } else {
      response.writeHead(404).end();
    }
  });
}

/** The page's markup: `body` after the script tag, in `lang`. */
export function partnerPage({ script, body, lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>` +
    `<script type="module" src="${script}"></script></head><body>${body}</body></html>`;
}

/** Resolves once nothing new has been requested for `quiet` ms (a wait, never an assertion). */
export async function quietNetwork(count, quiet = 1000) {
  let last = -1;
  while (count() !== last) {
    last = count();
    await new Promise((resolve) => setTimeout(resolve, quiet));
  }
}
