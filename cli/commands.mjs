// The commands of `npx mhm-elements`, one module each in this folder, loaded only when used.
// To add a command: write cli/<name>.mjs exporting `run(argv)` and add one line here.

/** Bad arguments: the CLI prints the message on one line and exits with code 2. */
export class UsageError extends Error {}

/** @type {Record<string, { summary: string, load: () => Promise<{ run(argv: string[]): Promise<void> | void }> }>} */
export const commands = {
  offline: { summary: 'write the course as one HTML file that works with no connection', load: () => import('./offline.mjs') },
  scorm: { summary: 'pack the course as a SCORM 1.2 zip for an LMS (--lang, --page, --out, --interactions)', load: () => import('./scorm.mjs') },
  translate: { summary: 'XLIFF for translators: export, import, pseudo-languages', load: () => import('./translate.mjs') },
};
