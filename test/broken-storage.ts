/**
 * Makes the page's localStorage misbehave the way real browsers do, for the duration of `run`:
 * - `security`: reading `window.localStorage` throws a SecurityError (sandboxed iframes, cookies blocked);
 * - `missing`: `window.localStorage` is undefined;
 * - `quota`: every `setItem` throws a QuotaExceededError (full disk, some private modes);
 * - `read`: every `getItem` throws (a broken or locked profile).
 */
export type BrokenStorage = 'security' | 'missing' | 'quota' | 'read';

export async function withBrokenStorage(kind: BrokenStorage, run: () => unknown | Promise<unknown>): Promise<void> {
  const restore: Array<() => void> = [];
  if (kind === 'quota' || kind === 'read') {
    const method = kind === 'quota' ? 'setItem' : 'getItem';
    const original = Storage.prototype[method];
    Storage.prototype[method] = function () {
      throw kind === 'quota'
        ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        : new DOMException('The operation is insecure.', 'SecurityError');
    };
    restore.push(() => (Storage.prototype[method] = original as never));
  } else {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        if (kind === 'missing') return undefined;
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied.", 'SecurityError');
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
