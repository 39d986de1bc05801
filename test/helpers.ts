// The shared helpers live in test/support/helpers.ts; cdn.test.ts still imports them from here
// until it moves (another change moves it), so this path stays a re-export for now.
export * from './support/helpers.js';
