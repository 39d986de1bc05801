// Prints min, gzip and brotli sizes of what partners download, and fails when a budget is exceeded.
//
// - the CDN entry (lit inlined) and every chunk beside it (lazily loaded content);
// - every component's npm entry as a bundler would ship it: the entry and all it imports, lit
//   left external, minified.
// Budgets: size-budgets.json. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';

const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function measure(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The code a page loads up front for an entry: the entry and every chunk it imports statically. */
async function bundleWithoutLit(entry) {
  const bundle = await rollup({
    input: entry,
    external: (id) => /^(lit|@lit\/|lit-html|lit-element)/.test(id),
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 } })] });
  await bundle.close();
  const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (eager.has(chunk)) return;
    eager.add(chunk);
    chunk.imports.forEach((name) => chunks.has(name) && visit(chunks.get(name)));
  };
  visit(output.find((item) => item.type === 'chunk' && item.isEntry));
  return [...eager].map((chunk) => chunk.code).join('\n');
}

const rows = [];
const cdnDir = 'dist/cdn';
// Only files the entry may load on demand sit beside it; an eager chunk would be a second request.
for (const name of readdirSync(cdnDir).filter((file) => file.endsWith('.js')).sort()) {
  const file = join(cdnDir, name);
  const isEntry = file === budgets.cdnEntry.file;
  rows.push({
    what: isEntry ? `${file} (all components, lit inlined)` : `${file} (lazy chunk)`,
    ...measure(readFileSync(file)),
    budget: isEntry ? budgets.cdnEntry.brotli : budgets.cdnChunk.brotli,
  });
}
for (const name of readdirSync('dist/components').sort()) {
  const entry = join('dist/components', name, `${name}.js`);
  rows.push({ what: `${entry} (npm, lit external)`, ...measure(await bundleWithoutLit(entry)), budget: budgets.npmComponent.brotli });
}

const over = rows.filter((row) => row.brotli > row.budget);
const width = Math.max(...rows.map((row) => row.what.length));
console.log(`${'file'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  ${'budget'.padStart(9)}`);
for (const row of rows) {
  const flag = row.brotli > row.budget ? '  OVER BUDGET' : '';
  console.log(
    `${row.what.padEnd(width)}  ${kb(row.min).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}  ${kb(row.budget).padStart(9)}${flag}`,
  );
}
if (over.length > 0) {
  console.error(`size: ${over.length} file(s) over their brotli budget (size-budgets.json)`);
  process.exit(1);
}
console.log('size: every file within its brotli budget');
