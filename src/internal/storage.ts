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

/** Runs `action` on the device storage, and says whether that worked. */
function onDevice(action: (storage: Storage) => unknown): StorageResult {
  try {
    // Reading `localStorage` itself throws in sandboxed iframes and with cookies blocked.
    action(localStorage);
    return { persisted: true };
  } catch (error) {
    return { persisted: false, reason: String(error) };
  }
}

/**
 * Reads a value: this page's memory copy when a write to the device failed (it is newer than what
 * the device still holds), else the device's. Never throws.
 */
export function readItem(key: string): string | null {
  const fullKey = storagePrefix + key;
  let value = memory.get(fullKey) ?? null;
  if (value == null) {
    onDevice((storage) => (value = storage.getItem(fullKey)));
  }
  return value;
}

/** Whether the value of `key` is only in this page's memory: the device refused its last write. */
export function onlyInMemory(key: string): boolean {
  return memory.has(storagePrefix + key);
}

/**
 * Stores a value on the device, or in memory when the device refuses, and tells subscribers what
 * happened: the new value, and whether the device took it. Never throws.
 */
export function writeItem(key: string, value: string | null): StorageResult {
  const fullKey = storagePrefix + key;
  memory.delete(fullKey);
  const result = onDevice((storage) => (value == null ? storage.removeItem(fullKey) : storage.setItem(fullKey, value)));
  if (!result.persisted && value != null) {
    memory.set(fullKey, value);
  }
  notify(fullKey, value, result.persisted);
  return result;
}

/** Removes a value from the device and from memory. Never throws. */
export function removeItem(key: string): StorageResult {
  return writeItem(key, null);
}

/**
 * Removes every value whose key starts with `prefix`, on the device and in memory: for when the
 * learner asks that everything of theirs be erased. With `movedTo`, each value is first written
 * under `movedTo` and the rest of its key, and stays where it was when that write fails. Never throws.
 */
export function removeItemsStartingWith(prefix: string, movedTo?: string): StorageResult {
  const keys = new Set(memory.keys());
  const result = onDevice((storage) => Object.keys(storage).forEach((fullKey) => keys.add(fullKey)));
  keys.forEach((fullKey) => {
    const key = fullKey.slice(storagePrefix.length);
    if (fullKey.startsWith(storagePrefix + prefix) && (movedTo == null || writeItem(movedTo + key.slice(prefix.length), readItem(key)).persisted)) {
      removeItem(key);
    }
  });
  return result;
}

/**
 * Called when another tab or this page changes a key: with its new value (null once removed), and
 * whether the device holds that now. False means the device refused: a refused write is kept only
 * in this page's memory, and after a refused removal the device may still hold the value it had.
 */
export type StorageListener = (value: string | null, onDevice: boolean) => void;

const subscriptions = new Set<[fullKey: string, listener: StorageListener]>();

/** Tells the subscribers of `fullKey` (of every key, for null) its new value, and whether the device holds it. */
function notify(fullKey: string | null, value: string | null, onDevice: boolean): void {
  // A copy: a listener may unsubscribe, or subscribe another, while being told.
  for (const [key, listener] of [...subscriptions]) {
    if (fullKey == null || key == fullKey) {
      try {
        listener(value, onDevice);
      } catch (error) {
        // Reported, but writeItem and removeItem keep their promise never to throw.
        reportError(error);
      }
    }
  }
}

/** Another tab or frame of this site changed localStorage (browsers never tell the tab that wrote). */
function handleStorageEvent({ key, newValue, storageArea }: StorageEvent): void {
  try {
    if (storageArea && storageArea != localStorage) {
      return;
    }
  } catch {
    return;
  }
  if (key) {
    // The other tab's value is newer than one this page could not write.
    memory.delete(key);
  }
  // A null key is localStorage.clear() in another tab: every key is gone.
  notify(key, newValue, true);
}

/**
 * Tells `listener` whenever the value of `key` changes: in another tab or frame (the `storage`
 * event), or through `writeItem`/`removeItem` on this page (memory fallback included), so two
 * elements showing the same data stay in step. The one `storage` listener on `window` exists only
 * while something is subscribed. Returns the function that unsubscribes.
 */
export function subscribe(key: string, listener: StorageListener): () => void {
  const subscription: [string, StorageListener] = [storagePrefix + key, listener];
  if (!subscriptions.size) {
    addEventListener('storage', handleStorageEvent);
  }
  subscriptions.add(subscription);
  return () => {
    if (subscriptions.delete(subscription) && !subscriptions.size) {
      removeEventListener('storage', handleStorageEvent);
    }
  };
}
