/**
 * Makes the page's localStorage misbehave the way real browsers do, for the duration of `run`:
 * - `security`: reading `window.localStorage` throws a SecurityError (sandboxed iframes, cookies blocked);
 * - `missing`: `window.localStorage` is undefined;
 * - `quota`: every `setItem` throws a QuotaExceededError (full disk, some private modes);
 * - `read`: every `getItem` throws (a broken or locked profile).
 */
export type BrokenStorage = 'security' | 'missing' | 'quota' | 'read';

/** The errors browsers throw when they refuse storage. */
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const insecureError = () => new DOMException('The operation is insecure.', 'SecurityError');
const deniedError = () => new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied.", 'SecurityError');

export async function withBrokenStorage(kind: BrokenStorage, run: () => unknown | Promise<unknown>): Promise<void> {
  const restore: Array<() => void> = [];
  if (kind === 'quota' || kind === 'read') {
    const method = kind === 'quota' ? 'setItem' : 'getItem';
    const original = Storage.prototype[method];
    Storage.prototype[method] = function () {
      throw kind === 'quota' ? quotaError() : insecureError();
    };
    restore.push(() => (Storage.prototype[method] = original as never));
  } else {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        if (kind === 'missing') return undefined;
        throw deniedError();
      },
    });
    restore.push(() => {
      delete (window as { localStorage?: Storage }).localStorage;
      if (original) Object.defineProperty(window, 'localStorage', original);
    });
  }
  try {
    await run();
  } finally {
    restore.forEach((undo) => undo());
  }
}

/**
 * Storage that works until told otherwise, then refuses the way a browser does: a full disk
 * (`setItem` throws QuotaExceededError), a SecurityError from `setItem`, or a SecurityError from
 * the `localStorage` getter itself (cookies blocked for the site in the middle of the session).
 */
export function flakyStorage() {
  const setItem = Storage.prototype.setItem;
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
  const local = localStorage;
  let failure: 'quota' | 'security' | 'getter' | undefined;
  let setItemCalls = 0;
  let failFromCall = Infinity;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    setItemCalls += 1;
    if (failure === 'quota' || setItemCalls >= failFromCall) {
      throw quotaError();
    }
    if (failure === 'security') {
      throw insecureError();
    }
    return setItem.call(this, key, value);
  };
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      if (failure === 'getter') {
        throw deniedError();
      }
      return local;
    },
  });
  return {
    /** From now on, the given kind of refusal; undefined to work again. */
    fail(kind: typeof failure) {
      failure = kind;
    },
    /** The nth `setItem` from now on, and every later one, throws QuotaExceededError. */
    quotaFromWrite(n: number) {
      failFromCall = setItemCalls + n;
    },
    /** How many times `setItem` was called, refused or not. */
    writes: () => setItemCalls,
    recover() {
      failure = undefined;
      failFromCall = Infinity;
    },
    restore() {
      Storage.prototype.setItem = setItem;
      Object.defineProperty(window, 'localStorage', descriptor);
    },
  };
}
