import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readItem, removeItem, writeItem } from '../internal/storage.js';

/** How a stored text became a value, or why it could not. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What the learner is told about the stored record: it could not be read, or not be saved. */
export type StoredNotice = 'unreadable' | 'notSaved';

/**
 * The device copy of one element's record (a quiz attempt, a course's progress): which key it is
 * under, reading it back, writing it, and what to tell the learner when the device refused a write
 * or held something unreadable. All device access goes through `internal/storage.ts`, so storage
 * that throws, is full or is missing only ever shows the note; the value stays in memory.
 *
 * The host decides when to read and write; the controller never writes during a render.
 */
export class StoredRecordController<T> implements ReactiveController {
  /** The key in use: undefined while nothing is to be stored (no `persist`, or no id). */
  key?: string;
  /** What to tell the learner now, if anything. */
  notice?: StoredNotice;

  /**
   * @param host The element.
   * @param parse Turns the stored text into a record, or says why it cannot (old format, damage).
   * @param serialize Turns a record into the stored text.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parse: (text: string) => ParseResult<T>,
    private readonly serialize: (value: T) => string = JSON.stringify,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The storage key for an element's id, or undefined when it stores nothing.
   * @param persist Whether the author asked for storage.
   * @param id The author's id attribute (`quiz-id`, `course-id`), trimmed here.
   * @param format Makes the key from the trimmed id, e.g. `(id) => \`quiz:${id}\``.
   */
  static keyFor(persist: boolean | undefined, id: string | null | undefined, format: (id: string) => string): string | undefined {
    const trimmed = id?.trim();
    return persist && trimmed ? format(trimmed) : undefined;
  }

  /**
   * Switches to another key (or to none).
   * @returns Whether the key changed, so the host reads its record again.
   */
  use(key: string | undefined): boolean {
    if (key === this.key) {
      return false;
    }
    this.key = key;
    this.notice = undefined;
    this.host.requestUpdate();
    return true;
  }

  /**
   * Reads the record under the current key.
   * @returns The record, or undefined when there is none or it could not be read (then the notice
   * says so, and `onUnreadable` hears why).
   */
  read(onUnreadable?: (reason: string) => void): T | undefined {
    const text = this.key ? readItem(this.key) : null;
    if (text == null) {
      return undefined;
    }
    const parsed = this.parse(text);
    if (!parsed.ok) {
      this.setNotice('unreadable');
      onUnreadable?.(parsed.reason);
      return undefined;
    }
    return parsed.value;
  }

  /**
   * Stores a record under the current key (nothing without a key).
   * @returns Whether it is on the device; when not, the notice says so until a write succeeds.
   */
  write(value: T): boolean {
    if (!this.key) {
      return false;
    }
    const persisted = writeItem(this.key, this.serialize(value)).persisted;
    if (!persisted) {
      this.setNotice('notSaved');
    } else if (this.notice === 'notSaved') {
      this.setNotice(undefined);
    }
    return persisted;
  }

  /** Removes the record from the device. @returns Whether the device let it go. */
  remove(): boolean {
    return this.key ? removeItem(this.key).persisted : true;
  }

  /** Sets or clears the note to the learner. */
  setNotice(notice: StoredNotice | undefined): void {
    if (notice !== this.notice) {
      this.notice = notice;
      this.host.requestUpdate();
    }
  }
}
