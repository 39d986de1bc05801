// The render peer of `npm run bench`: Shoelace's <sl-carousel>, installed as a dev dependency of the
// benchmark (bench/peer/package.json) and bundled with esbuild into bench/.pages/ (ignored by git:
// its code is never committed).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const peerDir = fileURLToPath(new URL('../../bench/peer/', import.meta.url));

/**
 * Installs the peer when it is missing and bundles Shoelace's carousel and carousel item.
 * @param {URL} pagesDir Where the benchmark's pages are written.
 * @returns {Promise<{ script: string, version: string }>} The bundle's URL path and Shoelace's version.
 */
export async function buildPeer(pagesDir) {
  if (!existsSync(new URL('node_modules/esbuild/package.json', `file://${peerDir}`))) {
    console.log('bench: installing the Shoelace peer in bench/peer/ (npm ci)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: peerDir, stdio: 'inherit' });
  }
  const { build } = await import(`file://${peerDir}node_modules/esbuild/lib/main.js`);
  const base = '@shoelace-style/shoelace/dist/components';
  await build({
    stdin: { contents: `import '${base}/carousel/carousel.js'; import '${base}/carousel-item/carousel-item.js';`, resolveDir: peerDir },
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: fileURLToPath(new URL('shoelace.js', pagesDir)),
    logLevel: 'error',
  });
  const { version } = JSON.parse(readFileSync(`${peerDir}node_modules/@shoelace-style/shoelace/package.json`, 'utf8'));
  return { script: '/bench/.pages/shoelace.js', version };
}
