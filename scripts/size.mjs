// Prints min, gzip and brotli sizes of what partners download, and fails when a budget is exceeded.
//
// - the CDN folder: the loader (`mhm-elements.js`), the eager file (`mhm-elements.all.js`, lit inlined)
//   and every chunk beside them: interface text and built-in content (each under `cdnChunk`), the
//   elements' code and its shared core (guarded by the page bytes below);
// - page bytes: real pages in Chromium, each loading the loader, with the brotli bytes of every
//   script they request summed (scripts/bench/page-bytes.mjs), against `pageBytes`;
// - every component's npm entry, twice, minified with lit left external:
//   - its own code: the modules in its folder (`src/components/<name>/`, `src/content/<name>/`),
//     with the shared foundation (`src/internal`, `src/controllers`, `src/styles`, `src/translations`, `src/events`)
//     and the other components left external, as a page that already has them pays for it;
//   - with shared code: the entry and all it imports, as a page with this component alone pays.
// Measured as the build makes them: tsc's output, template text minified by minify-literals, terser.
// Budgets: size-budgets.json. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.mjs';
import { measurePageBytes } from './bench/page-bytes.mjs';
import { transpile } from './transpile-plugin.mjs';

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
    external: isLit,
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

const isLit = (id) => /^(lit|@lit\/|lit-html|lit-element)/.test(id);

const transpileTs = transpile('.');

/** A component's own code: its folder's modules, everything else (lit, shared code, other components) left as imports. */
async function ownCode(name) {
  const folders = [resolve('src/components', name) + sep, resolve('src/content', name) + sep];
  const entry = resolve('src/components', name, `${name}.ts`);
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'own-code-only',
        async resolveId(source, importer) {
          // tslib's decorator helper is shared code too (one chunk in dist/).
          if (isLit(source) || source === 'tslib') return { id: source, external: true };
          const resolved = await this.resolve(source, importer, { skipSelf: true });
          if (resolved && !resolved.external && !folders.some((folder) => resolved.id.startsWith(folder))) {
            return { id: resolved.id, external: true };
          }
          return resolved;
        },
      },
      transpileTs,
      minifyTemplates(),
    ],
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ module: true, compress: { passes: 2 } })] });
  await bundle.close();
  // Lazily loaded content chunks are measured in the CDN rows; only the entry chunk loads up front.
  return output.find((item) => item.type === 'chunk' && item.isEntry).code;
}

const rows = [];
const cdnDir = 'dist/cdn';
/** Text chunks: one language of interface text or built-in content, loaded only by pages in that language. */
const isText = (name) => /^(ui|course|five-reasons)-[a-z]{2,3}-[\w-]{8}\.js$/.test(name);
for (const name of readdirSync(cdnDir).filter((file) => file.endsWith('.js')).sort()) {
  const file = join(cdnDir, name);
  const [what, budget] =
    file === budgets.cdnLoader.file
      ? [`${file} (the loader)`, budgets.cdnLoader.max]
      : file === budgets.cdnEager.file
        ? [`${file} (every element, lit inlined)`, budgets.cdnEager.max]
        : isText(name)
          ? [`${file} (text chunk)`, budgets.cdnChunk.max]
          : [`${file} (code chunk: page bytes)`, Infinity];
  rows.push({ what, ...measure(readFileSync(file)), max: budget });
}
for (const page of await measurePageBytes()) {
  const max = budgets.pageBytes.max[page.name];
  if (max === undefined) {
    console.error(`size: no page-bytes budget for the page "${page.name}": add it to size-budgets.json`);
    process.exit(1);
  }
  rows.push({ what: `page: ${page.label.replaceAll('`', '')} (${page.files.length} files)`, min: NaN, gzip: NaN, brotli: page.bytes, max });
}
for (const name of readdirSync('dist/components').sort()) {
  const entry = join('dist/components', name, `${name}.js`);
  const own = budgets.npmComponent.max[name];
  const whole = budgets.npmComponentWithShared.max[name];
  if (own === undefined || whole === undefined) {
    console.error(`size: no budget for the component "${name}": add it to size-budgets.json`);
    process.exit(1);
  }
  rows.push({
    what: `${entry} (npm, own code)`,
    ...measure(await ownCode(name)),
    max: own,
  });
  rows.push({
    what: `${entry} (npm, with shared code, lit external)`,
    ...measure(await bundleWithoutLit(entry)),
    max: whole,
  });
}

const over = rows.filter((row) => row.brotli > row.max);
const width = Math.max(...rows.map((row) => row.what.length));
const columns = ['min', 'gzip', 'brotli', 'max'];
// Budgets are brotli bytes: the exact figures sit beside the rounded ones.
const bytes = ['brotli B', 'max B'];
console.log(`${'file'.padEnd(width)}  ${[...columns, ...bytes].map((c) => c.padStart(9)).join('  ')}`);
for (const row of rows) {
  const flag = row.brotli > row.max ? '  OVER BUDGET' : '';
  const cells = [
    ...columns.map((c) => (Number.isFinite(row[c]) ? kb(row[c]) : '-')),
    String(row.brotli),
    Number.isFinite(row.max) ? String(row.max) : '-',
  ];
  console.log(`${row.what.padEnd(width)}  ${cells.map((cell) => cell.padStart(9)).join('  ')}${flag}`);
}
if (over.length > 0) {
  console.error(`size: ${over.length} file(s) over their brotli ceiling (size-budgets.json)`);
  process.exit(1);
}
console.log('size: every file within its brotli ceiling');
