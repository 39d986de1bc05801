/**
 * The only code that touches `localStorage`.
 *
 * Every call is safe: when storage is missing, disabled, full, or throws a SecurityError (sandboxed
 * iframes, some private modes), the value is kept in memory for this page instead, and the result
 * says so, so a component can tell the learner that nothing was saved on the device.
 */

/** Prefix of every key the library writes, so it never touches a partner's own keys. */
export const storagePrefix = 'mhm:';

export interface StorageResult {
  /** True when the value is on the device (survives a reload); false when it is only in memory. */
  persisted: boolean;
  /** Why the device storage could not be used, when it could not. */
  reason?: string;
}

const memory = new Map<string, string>();

function deviceStorage(): Storage {
  // Reading the property itself throws in sandboxed iframes and with cookies blocked.
  const storage = globalThis.localStorage;
  if (!storage) {
    throw new Error('localStorage is not available');
  }
  return storage;
}

function describe(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) {
    return `${error.name}: ${error.message}`;
  }
  return String(error);
}

/** Reads a value: from the device when possible, else from this page's memory. Never throws. */
export function readItem(key: string): string | null {
  const fullKey = storagePrefix + key;
  try {
    const value = deviceStorage().getItem(fullKey);
    if (value !== null) {
      return value;
    }
  } catch {
    // Fall through to memory.
  }
  return memory.get(fullKey) ?? null;
}

/** Stores a value on the device, or in memory when the device refuses. Never throws. */
export function writeItem(key: string, value: string): StorageResult {
  const fullKey = storagePrefix + key;
  memory.set(fullKey, value);
  let result: StorageResult;
  try {
    deviceStorage().setItem(fullKey, value);
    memory.delete(fullKey);
    result = { persisted: true };
  } catch (error) {
    result = { persisted: false, reason: describe(error) };
  }
  notify(fullKey, value);
  return result;
}

/** Removes a value from the device and from memory. Never throws. */
export function removeItem(key: string): StorageResult {
  const fullKey = storagePrefix + key;
  memory.delete(fullKey);
  let result: StorageResult;
  try {
    deviceStorage().removeItem(fullKey);
    result = { persisted: true };
  } catch (error) {
    result = { persisted: false, reason: describe(error) };
  }
  notify(fullKey, null);
  return result;
}

/**
 * Removes every value whose key starts with `prefix`, on the device and in memory: for when the
 * learner asks that everything of theirs be erased. Never throws.
 */
export function removeItemsStartingWith(prefix: string): StorageResult {
  const fullPrefix = storagePrefix + prefix;
  let keys: string[] = [...memory.keys()];
  let result: StorageResult = { persisted: true };
  try {
    const storage = deviceStorage();
    keys = [...keys, ...Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '')];
  } catch (error) {
    result = { persisted: false, reason: describe(error) };
  }
  for (const fullKey of new Set(keys.filter((key) => key.startsWith(fullPrefix)))) {
    removeItem(fullKey.slice(storagePrefix.length));
  }
  return result;
}

/** Called with a key's new value (null once removed) when another tab or this page changes it. */
export type StorageListener = (value: string | null) => void;

const listeners = new Map<string, Set<StorageListener>>();

function notify(fullKey: string, value: string | null): void {
  // A copy: a listener may unsubscribe, or subscribe another, while being told.
  for (const listener of [...(listeners.get(fullKey) ?? [])]) {
    try {
      listener(value);
    } catch (error) {
      // Reported, but writeItem and removeItem keep their promise never to throw.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

function isLocalStorage(area: Storage | null): boolean {
  try {
    return area === null || area === deviceStorage();
  } catch {
    return false;
  }
}

/** Another tab or frame of this site changed localStorage (browsers never tell the tab that wrote). */
function handleStorageEvent(event: StorageEvent): void {
  if (!isLocalStorage(event.storageArea)) {
    return;
  }
  if (event.key === null) {
    // localStorage.clear() in another tab: every key is gone.
    for (const fullKey of [...listeners.keys()]) {
      notify(fullKey, null);
    }
  } else if (listeners.has(event.key)) {
    notify(event.key, event.newValue);
  }
}

/**
 * Tells `listener` whenever the value of `key` changes: in another tab or frame (the `storage`
 * event), or through `writeItem`/`removeItem` on this page (memory fallback included), so two
 * elements showing the same data stay in step. The one `storage` listener on `window` exists only
 * while something is subscribed. Returns the function that unsubscribes.
 */
export function subscribe(key: string, listener: StorageListener): () => void {
  const fullKey = storagePrefix + key;
  if (listeners.size === 0) {
    globalThis.addEventListener?.('storage', handleStorageEvent);
  }
  const keyListeners = listeners.get(fullKey) ?? new Set();
  keyListeners.add(listener);
  listeners.set(fullKey, keyListeners);
  return () => {
    keyListeners.delete(listener);
    if (keyListeners.size === 0 && listeners.get(fullKey) === keyListeners) {
      listeners.delete(fullKey);
      if (listeners.size === 0) {
        globalThis.removeEventListener?.('storage', handleStorageEvent);
      }
    }
  };
}
