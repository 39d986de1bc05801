/**
 * Storage that fails at random, the same way for the same seed: each `getItem`, `setItem` and
 * `removeItem` on localStorage throws with the given probability, as real browsers do (a full disk's
 * QuotaExceededError, a SecurityError from a locked or blocked profile). `real` reads and writes
 * past the faults, for the test's own checks.
 */
import { createRandom } from '../../src/components/quiz/quiz-model.js';

const methods = ['getItem', 'setItem', 'removeItem'] as const;

export interface FaultyStorage {
  /** How many calls were refused. */
  readonly faults: () => number;
  /** The device's real storage, without faults. */
  readonly real: { getItem(key: string): string | null; keys(): string[] };
  /** Puts the browser's own methods back. */
  restore(): void;
}

/**
 * Makes localStorage refuse about `rate` of the calls, from now until `restore()`.
 * @param seed Which faults: the same seed, the same calls refused.
 * @param rate The share of calls refused, from 0 to 1.
 */
export function faultyStorage(seed: number, rate = 0.1): FaultyStorage {
  const random = createRandom(seed);
  const originals = Object.fromEntries(methods.map((name) => [name, Storage.prototype[name]])) as Pick<Storage, (typeof methods)[number]>;
  let faults = 0;
  for (const name of methods) {
    Storage.prototype[name] = function (this: Storage, ...args: never[]) {
      if (random() < rate) {
        faults += 1;
        throw name === 'setItem' && random() < 0.5
          ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          : new DOMException('The operation is insecure.', 'SecurityError');
      }
      return (originals[name] as (...args: never[]) => unknown).apply(this, args);
    } as never;
  }
  return {
    faults: () => faults,
    real: {
      getItem: (key) => originals.getItem.call(localStorage, key),
      keys: () => Object.keys(localStorage),
    },
    restore() {
      for (const name of methods) {
        Storage.prototype[name] = originals[name] as never;
      }
    },
  };
}
