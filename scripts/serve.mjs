// Serves the repository on localhost for the demo: `npm start` builds, then runs this.
// Plain static files, no bundler, served the way docs/hosting.md tells a partner's web server to:
// - compressed: brotli, else gzip, by the browser's Accept-Encoding, with `Vary: Accept-Encoding`;
// - cached: content-hashed chunks (`dist/cdn/quiz-C2em79rG.js`) for a year, `immutable`; the
//   loader and the eager file, whose names never change, for five minutes; anything else not at all;
// - with `Access-Control-Allow-Origin: *` on dist/, so a page on another origin can load the elements.
// The benchmark and the hosting tests use it too.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const repository = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};
/** Types worth compressing (images are compressed already). */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);
/** A content-hashed chunk: `name-<8 characters of rollup's hash>.js`, in dist/cdn/ or dist/chunks/… */
const hashed = /^\/dist\/(?:cdn|chunks)\/[\w.-]+-[\w-]{8}\.js$/;
/** …but for the two files whose names never change (`elements` has 8 letters, like a hash). */
const unhashed = new Set(['/dist/cdn/mhm-elements.js', '/dist/cdn/mhm-elements.all.js']);

/**
 * The Cache-Control header for a path: what docs/hosting.md recommends.
 * @param {string} path The URL's path.
 */
export function cacheControl(path) {
  if (hashed.test(path) && !unhashed.has(path)) {
    return 'public, max-age=31536000, immutable';
  }
  return path.startsWith('/dist/') ? 'public, max-age=300' : 'no-store';
}

/**
 * The encoding to send for an Accept-Encoding header: brotli, else gzip, else none.
 * @param {string | undefined} accept
 * @returns {'br' | 'gzip' | undefined}
 */
export function pickEncoding(accept = '') {
  const offered = new Map(
    accept.split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find(Boolean);
      return [name, q ? Number(q[1]) : 1];
    }),
  );
  const allowed = (name) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  return allowed('br') ? 'br' : allowed('gzip') ? 'gzip' : undefined;
}

/** Compressed copies, made once per file version (brotli at its best quality, as a build would). */
const compressed = new Map();
function encode(file, mtimeMs, encoding) {
  const key = `${file}\n${mtimeMs}\n${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  return body;
}

/**
 * @param {string} root
 * @param {string} urlPath
 * @returns {{ file: string, path: string, mtimeMs: number } | undefined}
 */
function resolveFile(root, urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replaceAll(sep, '/');
  const file = join(root, path);
  if (!file.startsWith(root) || path.split('/').includes('node_modules')) {
    return undefined;
  }
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return resolveFile(root, `${path.replace(/\/$/, '')}/index.html`);
    }
    return stat.isFile() ? { file, path, mtimeMs: stat.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves a folder's files (the repository by default); `npm start`, the benchmark and the hosting tests use it.
 * @param {{ root?: string, cors?: boolean, compress?: boolean }} [options]
 *   `cors: false` leaves out Access-Control-Allow-Origin (to show what a page on another origin then gets);
 *   `compress: false` sends every file as it is.
 */
export function createStaticServer({ root = repository, cors = true, compress = true } = {}) {
  return createServer((request, response) => handle(request, response, { root, cors, compress }));
}

function handle(request, response, { root, cors, compress }) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  const urlPath = (request.url ?? '/').split('?')[0];
  if (urlPath === '/' || urlPath === '') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let found;
  try {
    found = resolveFile(root, urlPath);
  } catch {
    found = undefined;
  }
  if (!found) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const extension = extname(found.file);
  const headers = {
    'Content-Type': types[extension] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(found.path),
  };
  if (cors && found.path.startsWith('/dist/')) {
    headers['Access-Control-Allow-Origin'] = '*';
  }
  const encoding = compress && compressible.has(extension) ? pickEncoding(request.headers['accept-encoding']) : undefined;
  if (compress && compressible.has(extension)) {
    headers.Vary = 'Accept-Encoding';
  }
  const body = encoding ? encode(found.file, found.mtimeMs, encoding) : readFileSync(found.file);
  if (encoding) {
    headers['Content-Encoding'] = encoding;
  }
  headers['Content-Length'] = body.length;
  response.writeHead(200, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/**
 * Listens on the first free port from `firstPort`.
 * @param {import('node:http').Server} server
 */
function listen(server, host, firstPort, port = firstPort) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) {
      listen(server, host, firstPort, port + 1);
    } else {
      console.error(`mhm-elements: cannot serve the demo: ${error.message}`);
      process.exit(1);
    }
  });
  server.listen(port, host, () => {
    console.log(`mhm-elements demo: http://${host}:${port}/demo/  (Ctrl+C to stop)`);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  listen(createStaticServer(), process.env.HOST ?? '127.0.0.1', Number(process.env.PORT ?? 8000));
}
