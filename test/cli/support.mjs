// Runs the package's command line as a translator does, in a scratch folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../../bin/mhm-elements.mjs', import.meta.url));

/** A scratch folder, removed by `cleanup()`. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'mhm-translate-'));
  return {
    dir,
    path: (name) => join(dir, name),
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    write: (name, text) => writeFileSync(join(dir, name), text),
    /** `npx mhm-elements …` in the folder: its exit code and output. */
    cli: (...args) => {
      const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
      return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Fills an XLIFF 2.0 file as a translator's tool would: every target is "[ha] " and the source,
 * inline codes kept, and the segment marked translated.
 */
export function fillXliff(text, mark = '[ha] ') {
  return text.replace(/<segment state="initial">(\s*)<source>(.*?)<\/source>(\s*<target>.*?<\/target>)?/g, (_, space, source) => `<segment state="translated">${space}<source>${source}</source>${space}<target>${mark}${source}</target>`);
}

/**
 * A real HTTP server on loopback for the package folder (its built dist/cdn) and a scratch folder:
 * `/pkg/…` from the package, anything else from `dir`.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve(dir) {
  const { createServer } = await import('node:http');
  const { extname } = await import('node:path');
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const file = path.startsWith('/pkg/') ? join(root, path.slice(5)) : join(dir, path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Headless Debian Chromium through puppeteer-core, as the machine's other browser checks run it. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A page that shows `<mhm-course src>` from the CDN file, in an English page. */
export const coursePage = (src) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/pkg/dist/cdn/mhm-elements.js"></script></head>
<body style="margin: 0; font-family: Arial, sans-serif"><mhm-course src="${src}"></mhm-course></body></html>`;

/** Texts in the page, shadow roots included: every button's label, and every heading-like element's. */
export function pageTexts() {
  const buttons = [];
  const texts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.data);
    if (node.localName === 'button' && node.checkVisibility()) buttons.push((node.getAttribute('aria-label') ?? node.textContent).replace(/\s+/g, ' ').trim());
    if (node.shadowRoot) walk(node.shadowRoot);
    if (node.localName !== 'script' && node.localName !== 'style') node.childNodes.forEach(walk);
  };
  walk(document.body);
  return { buttons, text: texts.join(' ').replace(/\s+/g, ' ') };
}
