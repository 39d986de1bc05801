import type { ContentSource } from '../../src/internal/built-in-content.js';

/** The error a browser gives for a chunk it could not download. */
const offline = () => new TypeError('Failed to fetch dynamically imported module');

/**
 * Built-in text that arrives when the test says: give `source` to an element's `contentSource`,
 * then call `arrive()`. Until then every download waits.
 * @param real The element's own source, whose text arrives.
 */
export function heldSource<T>(real: ContentSource<T>): { source: ContentSource<T>; arrive: () => void } {
  let arrive!: () => void;
  const arrived = new Promise<void>((done) => (arrive = done));
  const source: ContentSource<T> = {
    locales: real.locales,
    locale: (lang) => real.locale(lang),
    load: async (locale) => {
      await arrived;
      return real.load(locale);
    },
  };
  return { source, arrive };
}

/**
 * Built-in text that cannot be downloaded the first `failures` times (the learner is offline),
 * then arrives.
 * @param real The element's own source.
 * @param failures How many downloads fail; all of them by default.
 */
export function offlineSource<T>(real: ContentSource<T>, failures = Infinity): ContentSource<T> {
  let tries = 0;
  return {
    locales: real.locales,
    locale: (lang) => real.locale(lang),
    load: (locale) => (++tries <= failures ? Promise.reject(offline()) : real.load(locale)),
  };
}
