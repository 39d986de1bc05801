// `npm start`'s server (scripts/serve.mjs) sends what docs/hosting.md tells a partner's server to:
// compressed files, the right caching for each kind of file, and CORS on dist/.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createStaticServer } from '../../scripts/serve.mjs';

const chunk = readdirSync('dist/cdn').find((name) => /^quiz-[\w-]{8}\.js$/.test(name));

/** A raw GET (Node's fetch would decompress and hide the headers). */
function get(origin, path, headers = {}) {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers }, (response) => {
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(parts) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('scripts/serve.mjs (npm start)', () => {
  let server;
  let origin;
  before(async () => {
    server = createStaticServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  it('sends brotli to a browser that accepts it, and says it varies by Accept-Encoding', async () => {
    const response = await get(origin, '/dist/cdn/mhm-elements.all.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(response.headers['content-encoding'], 'br');
    assert.match(response.headers.vary, /Accept-Encoding/);
    const original = readFileSync('dist/cdn/mhm-elements.all.js');
    assert.deepEqual(brotliDecompressSync(response.body), original);
    assert.ok(response.body.length < original.length / 3, `${response.body.length} B sent for ${original.length} B`);
  });

  it('sends gzip to a client without brotli, and the file as it is to one that accepts neither', async () => {
    const gzip = await get(origin, '/dist/cdn/mhm-elements.js', { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), readFileSync('dist/cdn/mhm-elements.js'));
    const plain = await get(origin, '/dist/cdn/mhm-elements.js', { 'Accept-Encoding': 'br;q=0, identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, readFileSync('dist/cdn/mhm-elements.js'));
  });

  it('caches content-hashed chunks for a year (immutable), the loader and the eager file briefly', async () => {
    assert.ok(chunk, 'the build has a hashed quiz chunk');
    assert.equal((await get(origin, `/dist/cdn/${chunk}`)).headers['cache-control'], 'public, max-age=31536000, immutable');
    for (const file of ['mhm-elements.js', 'mhm-elements.all.js']) {
      assert.equal((await get(origin, `/dist/cdn/${file}`)).headers['cache-control'], 'public, max-age=300');
    }
  });

  it('lets a page on another origin load the elements (Access-Control-Allow-Origin on dist/)', async () => {
    const response = await get(origin, '/dist/cdn/mhm-elements.js', { Origin: 'https://partner.example' });
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });

  it('answers a path outside the repository or into node_modules with 404', async () => {
    assert.equal((await get(origin, '/%2e%2e/%2e%2e/etc/hostname')).status, 404);
    assert.equal((await get(origin, '/node_modules/lit/package.json')).status, 404);
  });
});
