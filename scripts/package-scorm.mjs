// `npm run package:scorm -- [--lang en|fr|ar] [--out file.zip] [--page page.html] [--interactions]`:
// the package's own command, `npx mhm-elements scorm` (cli/scorm.mjs), run from this clone, writing
// to dist/scorm/ unless --out says otherwise. Needs the build in dist/ (`npm run build`).
import { fileURLToPath } from 'node:url';
import { UsageError } from '../cli/commands.mjs';
import { run } from '../cli/scorm.mjs';

const defaultDir = fileURLToPath(new URL('../dist/scorm/', import.meta.url));

run(process.argv.slice(2), { defaultDir }).catch((error) => {
  console.error(`package-scorm: ${error instanceof Error ? error.message : error}`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
