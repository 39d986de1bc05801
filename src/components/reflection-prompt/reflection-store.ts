import { onlyInMemory, readItem, removeItem, removeItemsStartingWith, storagePrefix, subscribe, writeItem } from '../../internal/storage.js';
import { asideKey, parseRecord, recordKey, serializeRecord, type ReflectionRecord } from './reflection-model.js';

/**
 * Hears the stored copy change: the record another copy of this reflection wrote, or undefined once
 * it is gone; and whether the device holds that (false: it refused the write, or the removal).
 */
export type ReflectionListener = (record: ReflectionRecord | undefined, onDevice: boolean) => void;

/** What writing a text over the stored copy takes: when the text changed, and whether something was kept aside. */
export interface WriteRoom {
  /** When the text changed, as written: later than a newer text it replaces, so other copies follow it. */
  updatedAt: number;
  /** Whether another text was kept aside so the write loses nothing. */
  setAside: boolean;
}

/**
 * The device copy of one reflection, under `mhm:reflection:<id>`: following the changes other copies
 * make (another element on this page, another tab), reading it with what this version cannot read
 * set aside, writing, unkeeping and erasing it. Every device access goes through
 * `internal/storage.ts`, so a refusing browser only ever makes a method return false.
 */
export class ReflectionStore {
  /** The storage key (below the library's prefix). */
  readonly key: string;
  private unsubscribe?: () => void;

  /** @param reflectionId The author's `reflection-id`, trimmed. */
  constructor(private readonly reflectionId: string) {
    this.key = recordKey(reflectionId);
  }

  /**
   * Starts telling `listener` what other copies of this reflection write.
   * @param listener Hears a record, or undefined when another copy unkept or deleted it.
   */
  follow(listener: ReflectionListener): void {
    this.unsubscribe?.();
    this.unsubscribe = subscribe(this.key, (raw, onDevice) => {
      const parsed = parseRecord(raw);
      // An unreadable value was written by another version of the library: left to that version.
      if (parsed.kind !== 'unreadable') {
        listener(parsed.kind === 'record' ? parsed.record : undefined, onDevice);
      }
    });
  }

  /** Stops following (doing it twice does nothing). */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /**
   * Reads the stored copy. One this version cannot read is moved to a key of its own, so it is never
   * overwritten, and the console says why (never what it holds).
   * @returns The record, undefined when there is none, or 'unreadable' when it was set aside.
   */
  read(): ReflectionRecord | undefined | 'unreadable' {
    const raw = readItem(this.key);
    const parsed = parseRecord(raw);
    if (parsed.kind === 'unreadable') {
      const aside = asideKey(this.reflectionId, Date.now());
      const moved = writeItem(aside, raw!).persisted;
      if (moved) {
        removeItem(this.key);
      }
      console.warn(
        `<mhm-reflection-prompt> reflection-id="${this.reflectionId}": the reflection stored on this device could not be read ` +
          `(${parsed.reason}). ${moved ? `It was kept aside, unchanged, under ${storagePrefix}${aside}` : 'It was left where it is'}; the field starts empty.`,
      );
      return 'unreadable';
    }
    return parsed.kind === 'record' ? parsed.record : undefined;
  }

  /**
   * Makes room for writing `text`: what the device holds in its place that this copy never showed
   * (another tab's text saved within the same typing pause, or a value another version wrote) is
   * kept aside first, unchanged, under a key of its own.
   * @param text The text about to be written.
   * @param updatedAt When it changed.
   * @param shown The stored text this copy last showed or wrote: replacing it loses nothing.
   * @returns The room made, or undefined when the device refused to keep the other text aside:
   * then nothing may be written over it.
   */
  prepareWrite(text: string, updatedAt: number, shown: string): WriteRoom | undefined {
    const raw = readItem(this.key);
    const parsed = parseRecord(raw);
    const other = parsed.kind === 'record' ? parsed.record : undefined;
    const lost = parsed.kind === 'unreadable' || (!!other?.text && other.text !== text && other.text !== shown);
    if (lost && !this.keepAside(raw!, other?.updatedAt ?? Date.now())) {
      return undefined;
    }
    // Written over a newer text, this one is the newest now: other copies follow it, never write theirs back.
    const newer = other !== undefined && other.text !== text && other.updatedAt > updatedAt;
    return { updatedAt: newer ? Math.max(Date.now(), other.updatedAt + 1) : updatedAt, setAside: lost };
  }

  /** Writes the text (after `prepareWrite`). @returns Whether it is on the device. */
  write(text: string, updatedAt: number): boolean {
    return writeItem(this.key, serializeRecord(text, updatedAt)).persisted;
  }

  /**
   * Whether a text this copy showed is kept aside: another copy that never showed it wrote over it.
   * @param text The text.
   * @param updatedAt When it changed, as stored.
   */
  keptAside(text: string, updatedAt: number): boolean {
    return readItem(asideKey(this.reflectionId, updatedAt)) === serializeRecord(text, updatedAt);
  }

  /**
   * Keeps a stored value aside, unchanged: under the aside key of `at` (a record's own time, so the
   * copy that showed it can tell), or the next free one. @returns Whether the device took it.
   */
  private keepAside(raw: string, at: number): boolean {
    let key = asideKey(this.reflectionId, at);
    while (![null, raw].includes(readItem(key))) {
      key = asideKey(this.reflectionId, ++at);
    }
    return writeItem(key, raw).persisted;
  }

  /** Whether the stored text is only in this page's memory: the device refused it. */
  get onlyInMemory(): boolean {
    return onlyInMemory(this.key);
  }

  /** Removes the copy (the learner unticked "Keep on this device"). @returns Whether the device let it go. */
  remove(): boolean {
    return removeItem(this.key).persisted;
  }

  /**
   * Erases everything of this reflection on the device, the learner asked for it.
   * @param kept Whether a copy is kept now: other copies then hear an empty, newer text first.
   * @returns Whether the device let the copy go.
   */
  erase(kept: boolean): boolean {
    let removed = true;
    if (kept) {
      // An empty, newer copy first, so other tabs clear their field too; then nothing at all. The
      // learner asked for all of it to go, so nothing is kept aside.
      this.write('', Date.now());
      removed = this.remove();
    }
    // Copies once set aside as unreadable may hold earlier text: Delete means all of it.
    removeItemsStartingWith(`${this.key}:unreadable:`);
    return removed;
  }

  /**
   * Moves a reflection's stored copies to a new id (the course scoping its built-in reflections by
   * `course-id`): the text takes the new id's place while that is empty, else is set aside beside
   * the text there; copies already set aside as unreadable move with it. When the device refuses
   * the write, the text stays where it was.
   * @param fromId The reflection id the copies are under.
   * @param toId The reflection id they move to.
   * @param now When a copy is set aside, in milliseconds since 1970.
   */
  static move(fromId: string, toId: string, now = Date.now()): void {
    const from = recordKey(fromId);
    const to = recordKey(toId);
    const kept = readItem(from);
    if (kept && writeItem(readItem(to) === null ? to : asideKey(toId, now), kept).persisted) {
      removeItem(from);
    }
    removeItemsStartingWith(`${from}:unreadable:`, `${to}:unreadable:`);
  }
}
