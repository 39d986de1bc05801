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
  try {
    deviceStorage().setItem(fullKey, value);
    memory.delete(fullKey);
    return { persisted: true };
  } catch (error) {
    return { persisted: false, reason: describe(error) };
  }
}

/** Removes a value from the device and from memory. Never throws. */
export function removeItem(key: string): StorageResult {
  const fullKey = storagePrefix + key;
  memory.delete(fullKey);
  try {
    deviceStorage().removeItem(fullKey);
    return { persisted: true };
  } catch (error) {
    return { persisted: false, reason: describe(error) };
  }
}
