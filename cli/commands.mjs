// The commands of `npx mhm-elements`, one module each in this folder, loaded only when used.
// To add a command: write cli/<name>.mjs exporting `run(argv)` and add one line here.

/** Bad arguments: the CLI prints the message on one line and exits with code 2. */
export class UsageError extends Error {}

/** @type {Record<string, { summary: string, load: () => Promise<{ run(argv: string[]): Promise<void> | void }> }>} */
export const commands = {
  translate: { summary: 'XLIFF for translators: export, import, pseudo-languages', load: () => import('./translate.mjs') },
};
