// `npm run bench`: how long the components take to render compared with the same content as plain
// HTML (the static floor), in headless Chromium, with Shoelace's <sl-carousel> beside the author's
// carousel in the same browser and run (bench/peer/, installed on first use); then the upgrade
// layout shift of each element with the partner stylesheet, the script arriving after the first
// paint (scripts/bench/layout-shift.mjs). Prints tables and writes bench/results.json.
// A measurement, not a test: it never fails on time. Options: --runs N (default 10),
// --readme (replace the tables between the bench and shift markers in README.md), --only NAME (one
// component, e.g. `--only quiz`, or `--only layout-shift`, to compare a change; never written to
// the README), --quick (with --only: 500 instances only, no CPU-slowed row).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { scenarios } from '../bench/scenarios.mjs';
import { chromiumArgs, ensureChromium } from './chromium.mjs';
import { createStaticServer } from './serve.mjs';
import { measureLayoutShift } from './bench/layout-shift.mjs';
import { buildPeer } from './bench/peer.mjs';
import { runLoadingBenchmarks } from './bench/loading.mjs';

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 10;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;
if (only !== undefined && !(only in scenarios) && only !== 'layout-shift') {
  console.error(`bench: --only takes one of ${Object.keys(scenarios).join(', ')}, layout-shift; got "${only}".`);
  process.exit(1);
}
const quick = process.argv.includes('--quick') && only !== undefined;
const counts = quick ? [500] : [1, 10, 100, 500];
const pagesDir = new URL('../bench/.pages/', import.meta.url);
mkdirSync(pagesDir, { recursive: true });

/**
 * The harness measures from navigation start, so component, peer and floor pages compare directly.
 * `data-tag` names the element waited for and `data-script` the file that defines it; with
 * `data-hold`, the script is imported only after the page's first paint, as on a slow link, so the
 * layout shift of the upgrade is counted.
 */
const harness = `
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  window.__bench = (async () => {
    const shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
    const { tag, script, hold } = document.body.dataset;
    if (hold) {
      await frame();
      await frame();
    }
    const scriptStart = performance.now();
    if (tag) {
      await import(script);
      await customElements.whenDefined(tag);
      const elements = () => [...document.querySelectorAll(tag)];
      await Promise.all(elements().map((el) => el.updateComplete));
      // The upgraded children (slides, questions) too, and what their first update started.
      await Promise.all([...document.querySelectorAll(':defined')].map((el) => el.updateComplete));
      await Promise.all(elements().map((el) => el.updateComplete));
    }
    document.body.getBoundingClientRect();
    const rendered = performance.now();
    await frame();
    await frame();
    return { rendered, script: tag ? rendered - scriptStart : 0, shift: shifts.reduce((a, b) => a + b, 0) };
  })();`;

/**
 * Writes one page of the benchmark and returns its URL path.
 * @param {string} name The file's name, without `.html`.
 * @param {string} body The page's content.
 * @param {{ tag?: string, script?: string, style?: string, hold?: boolean }} [options] The element waited
 *   for, the script that defines it (the CDN file by default), what goes in `<head>`, and whether the
 *   script arrives after the first paint.
 */
function writePage(name, body, { tag = '', script = '/dist/cdn/mhm-elements.js', style = '', hold = false } = {}) {
  writeFileSync(
    new URL(`${name}.html`, pagesDir),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${style}</head>` +
      `<body data-tag="${tag}" data-script="${script}"${hold ? ' data-hold' : ''}>${body}` +
      '<script type="module" src="/bench/.pages/harness.js"></script></body></html>',
  );
  return `/bench/.pages/${name}.html`;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
};

async function measure(browser, url, { throttle = 1, width } = {}) {
  const page = await browser.newPage();
  if (width) {
    await page.setViewport({ width, height: width < 600 ? 640 : 800 });
  }
  const client = await page.createCDPSession();
  if (throttle > 1) {
    await client.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(() => window.__bench);
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await page.close();
  return { ...result, heap: usedSize };
}

async function series(browser, url, options) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    samples.push(await measure(browser, url, options));
  }
  return {
    rendered: stats(samples.map((s) => s.rendered)),
    script: stats(samples.map((s) => s.script)),
    shift: stats(samples.map((s) => s.shift)),
    heap: stats(samples.map((s) => s.heap)),
  };
}

const server = createStaticServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
writeFileSync(new URL('harness.js', pagesDir), harness);
const needsPeer = Object.entries(scenarios).some(([name, scenario]) => scenario.peer && (!only || name === only));
const peer = needsPeer ? await buildPeer(pagesDir) : undefined;

const browser = await puppeteer.launch({
  executablePath: ensureChromium(),
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});
const version = await browser.version();
const results = { peer: peer && `@shoelace-style/shoelace ${peer.version}`, machine: `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, browser: version, runs, date: new Date().toISOString(), rows: [] };

const ms = (value) => `${value.toFixed(1)} ms`;
const format = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
console.log(`mhm-elements benchmark: ${results.machine}, ${version}, ${runs} runs each\n`);
console.log('component           n  render, median (min–max)          floor              ratio  script      layout shift  heap/instance');

for (const [name, scenario] of Object.entries(scenarios).filter(([name]) => !only || name === only)) {
  const empty = await series(browser, origin + writePage(`${name}-0`, '', { tag: scenario.tag }), {});
  for (const n of counts) {
    const indexes = Array.from({ length: n }, (_, i) => i);
    const componentUrl = origin + writePage(`${name}-${n}`, indexes.map(scenario.component).join(''), { tag: scenario.tag });
    const floorUrl = origin + writePage(`${name}-floor-${n}`, indexes.map(scenario.floor).join(''), { style: scenario.floorStyle });
    const component = await series(browser, componentUrl, {});
    const floor = await series(browser, floorUrl, {});
    const row = {
      name,
      instances: n,
      component,
      floor,
      ratio: component.rendered.median / floor.rendered.median,
      heapPerInstance: Math.max(0, (component.heap.median - empty.heap.median) / n),
    };
    if (scenario.peer) {
      // The peer in the same browser and run, with the same content.
      const { tag, markup } = scenario.peer;
      const peerUrl = origin + writePage(`${name}-peer-${n}`, indexes.map(markup).join(''), { tag, script: peer.script, style: scenario.floorStyle });
      row.peer = await series(browser, peerUrl, {});
      row.peerRatio = row.peer.rendered.median / floor.rendered.median;
    }
    results.rows.push(row);
    console.log(
      `${name.padEnd(17)} ${String(n).padStart(3)}  ${format(component.rendered).padEnd(32)} ${ms(floor.rendered.median).padEnd(18)} ` +
        `${row.ratio.toFixed(2).padStart(5)}  ${ms(component.script.median).padEnd(10)}  ${component.shift.median.toFixed(3).padStart(12)}  ${(row.heapPerInstance / 1024).toFixed(1)} KB` +
        (row.peer ? `  ${scenario.peer.name}: ${format(row.peer.rendered)} (×${row.peerRatio.toFixed(2)})` : ''),
    );
  }
  if (quick) {
    continue;
  }
  const slowUrl = origin + `/bench/.pages/${name}-10.html`;
  const slow = await series(browser, slowUrl, { throttle: 4 });
  const slowFloor = await series(browser, origin + `/bench/.pages/${name}-floor-10.html`, { throttle: 4 });
  results.rows.push({ name, instances: 10, throttle: 4, component: slow, floor: slowFloor, ratio: slow.rendered.median / slowFloor.rendered.median });
  console.log(`${name.padEnd(17)}  10  ${format(slow.rendered).padEnd(32)} ${ms(slowFloor.rendered.median).padEnd(18)} ${(slow.rendered.median / slowFloor.rendered.median).toFixed(2).padStart(5)}  (CPU ×4 slower)`);
}

if (!only || only === 'layout-shift') {
  console.log('\nUpgrade layout shift, the script arriving after the first paint, with the README\'s stylesheet:');
  results.layoutShift = await measureLayoutShift(writePage, (url, options) => series(browser, url, options), origin);
}

await browser.close();
server.close();
writeFileSync(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote bench/results.json');

if (process.argv.includes('--readme') && !only) {
  const lines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}, ${results.browser}, ${runs} runs each; times from navigation start until every instance has rendered, median (min–max).`,
    '',
    `| Component | Instances | Render | Static HTML floor | Ratio | ${results.peer ? `Peer: ${results.peer}, render (ratio)` : 'Peer'} | Layout shift | JS heap per instance |`,
    '|---|---:|---|---|---:|---|---:|---:|',
    ...results.rows.map((row) =>
      `| ${row.name}${row.throttle ? ` (CPU ×${row.throttle})` : ''} | ${row.instances} | ${format(row.component.rendered)} | ${ms(row.floor.rendered.median)} | ${row.ratio.toFixed(2)} | ${row.peer ? `${ms(row.peer.rendered.median)} (${row.peerRatio.toFixed(2)})` : ''} | ${row.component.shift.median.toFixed(3)} | ${row.heapPerInstance === undefined ? '' : `${(row.heapPerInstance / 1024).toFixed(1)} KB`} |`,
    ),
  ];
  const shiftLines = [
    `Measured ${results.date.slice(0, 10)} on ${results.machine}, ${results.browser}, median of ${runs} runs.`,
    '',
    '| Page | 360 × 640 | 1280 × 800 |',
    '|---|---:|---:|',
    ...results.layoutShift.map((row) => `| ${row.name} | ${row.shift[360].toFixed(3)} | ${row.shift[1280].toFixed(3)} |`),
  ];
  const readme = readFileSync('README.md', 'utf8');
  const updated = readme
    .replace(/(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/, `$1${lines.join('\n')}\n$2`)
    .replace(/(<!-- shift:start -->\n)[\s\S]*?(<!-- shift:end -->)/, `$1${shiftLines.join('\n')}\n$2`);
  writeFileSync('README.md', updated);
  console.log('updated the benchmark table in README.md');
}

// Page bytes and the slow phone's first lesson text (scripts/bench/loading.mjs).
if (!only) await runLoadingBenchmarks({ readme: process.argv.includes('--readme') });
