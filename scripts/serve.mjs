// Serves the repository on localhost for the demo: `npm start` builds, then runs this.
// Plain static files, no bundler, exactly what a partner's web server would send.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const firstPort = Number(process.env.PORT ?? 8000);
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

function resolveFile(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  const file = join(root, path);
  if (!file.startsWith(root) || path.split(sep).includes('node_modules')) {
    return undefined;
  }
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      return resolveFile(join(path, 'index.html'));
    }
    return stat.isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Serves the repository's files; `npm start` and the benchmark both use it. */
export function createStaticServer() {
  return createServer(handle);
}

function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return;
  }
  let file;
  try {
    file = resolveFile(request.url ?? '/');
  } catch {
    file = undefined;
  }
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

function listen(server, port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) {
      listen(server, port + 1);
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
  listen(createStaticServer(), firstPort);
}
