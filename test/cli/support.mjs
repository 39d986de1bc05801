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
