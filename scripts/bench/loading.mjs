// The loading part of `npm run bench`: page bytes (scripts/bench/page-bytes.mjs) and the slow
// phone's time to first lesson text (scripts/bench/slow-phone.mjs). Prints both tables and, with
// `readme`, writes them between README's `loading:start` and `loading:end` markers with the machine.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { measurePageBytes, pageBytesTable } from './page-bytes.mjs';
import { conditions, measureSlowPhone, slowPhoneTable } from './slow-phone.mjs';

/**
 * @param {{ readme?: boolean, runs?: number }} [options] `runs`: slow-phone runs per page, at least 5.
 */
export async function runLoadingBenchmarks({ readme = false, runs = 5 } = {}) {
  const bytes = pageBytesTable(await measurePageBytes(), await measurePageBytes({ script: 'mhm-elements.all.js' }));
  console.log(`\nPage bytes (brotli, every script the page requests):\n${bytes}`);
  const slow = slowPhoneTable(await measureSlowPhone({ runs: Math.max(5, runs) }));
  console.log(`\nSlow phone, time to the built-in course's first lesson text (median of ${Math.max(5, runs)}):\n${slow}`);
  if (readme) {
    const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
    const text = [
      `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${machine}, headless Chromium.`,
      '',
      bytes,
      '',
      `Time to the built-in course's first lesson text on a slow phone: ${conditions.latency} ms round trip, ` +
        `${conditions.downloadThroughput / 1024} KB/s, CPU ×${conditions.cpu}, ${conditions.width} px, cache off, files brotli-compressed; ` +
        `median of ${Math.max(5, runs)} runs; the floor is the same lesson as static HTML, no script.`,
      '',
      slow,
    ].join('\n');
    const current = readFileSync('README.md', 'utf8');
    writeFileSync('README.md', current.replace(/(<!-- loading:start -->\n)[\s\S]*?(<!-- loading:end -->)/, `$1${text}\n$2`));
    console.log('updated the loading tables in README.md');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runLoadingBenchmarks({ readme: process.argv.includes('--readme') });
}
