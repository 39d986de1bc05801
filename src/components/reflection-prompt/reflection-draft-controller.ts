import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { recordKey, type ReflectionRecord } from './reflection-model.js';
import { ReflectionStore } from './reflection-store.js';

/** The save status, named as its interface text: `reflection${status}`. */
export type SaveStatus = 'Private' | 'Saving' | 'Saved' | 'SaveFailed' | 'Unkept' | 'Deleted' | 'DeleteFailed';

/** Milliseconds without typing after which the text is saved and the host reports the change. */
const typingPause = 1000;

/** What the draft tells its host. */
export interface DraftCallbacks {
  /** The learner paused typing; the text is saved already (when kept). */
  onPause(): void;
  /** The device refused a save that had worked until now. */
  onSaveRefused(): void;
}

/**
 * What the learner wrote, and keeping it on the device while they choose to: the text and when it
 * changed, the "Keep on this device" choice, and the save status shown under the field.
 *
 * A kept text is saved after a pause in typing, at once when the page is hidden or left while a save
 * waits, and when the element is removed; a save the device refused is tried again at those moments.
 * The listeners on `window` and `document` exist only while a save waits. Copies of one reflection
 * (on this page or in other tabs) follow each other, the newer text winning.
 */
export class ReflectionDraftController implements ReactiveController {
  /** What the learner wrote. */
  text = '';
  /** When the text last changed (ms since 1970): the newer copy wins when two copies disagree. */
  updatedAt = 0;
  /** Whether the learner ticked "Keep on this device" (here or in another copy of this reflection). */
  keep = false;
  status: SaveStatus = 'Private';
  /** A stored reflection could not be read and was kept aside. */
  unreadable = false;
  /** Two copies changed the text at once (two tabs within one typing pause): the other text was kept aside. */
  setAside = false;

  /** The stored copy followed, while connected with `persist` and a valid id. */
  private store?: ReflectionStore;
  /** The last key followed: coming back to it (the element moved) keeps the text, another key does not. */
  private lastKey?: string;
  /**
   * The stored text this copy last showed or wrote. Another copy's text replaces it and loses nothing;
   * a text that differs from it was typed here and is not on the device yet.
   */
  private shown = '';
  /** The typing-pause timer; set while the learner's last change is not yet saved and reported. */
  private pauseTimer?: ReturnType<typeof setTimeout>;
  private listeningForPageHide = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: DraftCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed or moved mid-typing: save now, nothing typed is lost.
    this.flush();
    this.detach();
  }

  /** Whether the learner may keep the text on the device (`persist` with a valid id, connected). */
  get keepable(): boolean {
    return this.store !== undefined;
  }

  /** Whether a change waits for the typing pause. */
  get pending(): boolean {
    return this.pauseTimer !== undefined;
  }

  /**
   * Follows the stored copy of a reflection, or none. Called on every update; does nothing while the
   * id stays the same.
   * @param reflectionId The trimmed `reflection-id`, or undefined while nothing is to be kept.
   * @returns True when this is another reflection than the one shown until now: its own text shows,
   * and the host forgets what it showed about the other.
   */
  use(reflectionId: string | undefined): boolean {
    const key = reflectionId ? recordKey(reflectionId) : undefined;
    if (key === this.store?.key) {
      return false;
    }
    // A save still waiting for the typing pause belongs to the key the text was typed under.
    this.flush();
    this.detach();
    if (!reflectionId) {
      return false;
    }
    const store = new ReflectionStore(reflectionId);
    // Another reflection (a new reflection-id, or a course's new course-id, say for the next learner
    // on a shared phone) shows its own text, never this one's.
    const other = this.lastKey !== undefined && key !== this.lastKey;
    if (other) {
      this.text = '';
      this.updatedAt = 0;
      this.status = 'Private';
      this.unreadable = false;
      this.setAside = false;
      this.shown = '';
    }
    this.store = store;
    this.lastKey = key;
    store.follow(this.handleStored);
    const stored = store.read();
    if (stored === 'unreadable') {
      this.unreadable = true;
    } else {
      this.handleStored(stored, !store.onlyInMemory);
    }
    return other;
  }

  /**
   * The learner changed the text: kept, it is saved after the typing pause.
   * @param text The field's new value.
   */
  input(text: string): void {
    this.text = text;
    this.updatedAt = Date.now();
    if (this.status !== 'SaveFailed' || !this.keep) {
      // A failure stays on screen while the learner types: it is still true until a save works.
      this.status = this.keep ? 'Saving' : 'Private';
    }
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => this.handlePause(), typingPause);
    // Unkept, a page hide has nothing to save.
    this.listenForPageHide(this.keep);
    this.host.requestUpdate();
  }

  /** Ends a typing pause still running as if it had run out: saves, and the host reports. */
  endPause(): void {
    if (this.pending) {
      this.handlePause();
    }
  }

  /**
   * The learner ticked or unticked "Keep on this device" (only while `keepable`).
   * @param keep Ticked: the text is saved now. Unticked: the device copy is removed.
   */
  setKeep(keep: boolean): void {
    if (!this.store) {
      return;
    }
    this.keep = keep;
    if (keep) {
      this.updatedAt ||= Date.now();
      this.save();
    } else {
      this.listenForPageHide(false);
      // A browser that blocks its storage mid-session cannot delete the copy: the learner is told.
      this.status = this.store.remove() ? 'Unkept' : 'DeleteFailed';
    }
    this.host.requestUpdate();
  }

  /**
   * Erases the text here, on the device and in other copies: the learner asked for it.
   * @param erased The status once the device let the copy go: `Deleted`, or `Private` for a start over.
   */
  erase(erased: 'Deleted' | 'Private' = 'Deleted'): void {
    this.cancelPause();
    const removed = this.store ? this.store.erase(this.keep) : true;
    this.text = '';
    this.shown = '';
    this.updatedAt = Date.now();
    this.keep = false;
    this.setAside = false;
    // A copy the browser would not delete is still the learner's to know about.
    this.status = removed ? erased : 'DeleteFailed';
    this.host.requestUpdate();
  }

  private detach(): void {
    this.store?.close();
    this.store = undefined;
    this.keep = false;
    this.listenForPageHide(false);
  }

  /**
   * The stored copy changed: restored on load, or written by another copy of this reflection.
   * @param onDevice False when the device refused the change: a removal that leaves the copy there, a
   * write kept only in this page's memory.
   */
  private readonly handleStored = (record: ReflectionRecord | undefined, onDevice = true): void => {
    if (!record) {
      if (this.keep) {
        // Another copy stopped keeping it, or deleted it: follow the learner's latest choice, and say
        // what the device did with it.
        this.keep = false;
        this.listenForPageHide(false);
        this.status = !onDevice ? 'DeleteFailed' : this.text ? 'Unkept' : 'Deleted';
      }
    } else {
      const wasKept = this.keep;
      this.keep = true;
      const newer = record.updatedAt > this.updatedAt || (record.updatedAt === this.updatedAt && record.text !== this.text);
      // Delete in another copy: the learner asked that all of it go.
      const erased = wasKept && !record.text;
      // Words typed here and not on the device yet never vanish from the field: they are saved now,
      // and the newer text they replace is kept aside (prepareWrite).
      const typedHere = this.text !== this.shown && this.text !== record.text && !erased;
      if (newer && !typedHere) {
        this.take(record, onDevice, erased);
      } else if (newer || record.updatedAt < this.updatedAt || !wasKept) {
        // This copy holds newer text (typed here before the learner ticked the box elsewhere), or words
        // typed here while another copy saved.
        this.save();
      }
    }
    this.host.requestUpdate();
  };

  /** Shows another copy's newer text in place of this one's. */
  private take(record: ReflectionRecord, onDevice: boolean, erased: boolean): void {
    const { text, updatedAt } = this;
    this.text = this.shown = record.text;
    this.updatedAt = record.updatedAt;
    this.cancelPause();
    // The copy that wrote over this text without showing it kept it aside; Delete erases those too.
    this.setAside = !erased && (this.setAside || (text !== record.text && !!text && this.store!.keptAside(text, updatedAt)));
    // Another copy's text that the device refused is newer, but not saved.
    this.status = onDevice ? 'Saved' : 'SaveFailed';
  }

  /** The learner paused typing: save, then let the host report. */
  private handlePause(): void {
    this.flush();
    this.callbacks.onPause();
  }

  private readonly handlePageHide = (event: Event): void => {
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') {
      this.flush();
    }
  };

  /** Writes the text to the device when the learner chose to keep it; updates the status. */
  private save(): void {
    if (this.keep && this.store) {
      const room = this.store.prepareWrite(this.text, this.updatedAt, this.shown);
      if (room) {
        this.updatedAt = room.updatedAt;
        this.setAside ||= room.setAside;
      }
      // Other copies on this page hear the write before it returns: they must find this text shown.
      const { text, shown } = this;
      this.shown = text;
      // When the other text could not be kept aside, nothing is written over it: the save is refused.
      const saved = room !== undefined && this.store.write(text, this.updatedAt);
      if (!saved && this.text === text) {
        this.shown = shown;
      }
      // Refused: tried again when the page is hidden or left, in case the device takes it by then.
      this.listenForPageHide(!saved);
      if (saved) {
        this.status = 'Saved';
      } else {
        if (this.status !== 'SaveFailed') {
          this.callbacks.onSaveRefused();
        }
        this.status = 'SaveFailed';
      }
      this.host.requestUpdate();
    }
  }

  /** Saves now what the learner typed before the pause ran out, or what the device refused (page hidden, element removed). */
  private flush(): void {
    const pending = this.pending || this.status === 'SaveFailed';
    this.cancelPause();
    if (pending) {
      this.save();
    }
  }

  private cancelPause(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    this.listenForPageHide(false);
  }

  /** Listens for the page going away only while a kept change waits for the typing pause, or the device refused it. */
  private listenForPageHide(listen: boolean): void {
    if (listen !== this.listeningForPageHide) {
      this.listeningForPageHide = listen;
      const method = listen ? 'addEventListener' : 'removeEventListener';
      window[method]('pagehide', this.handlePageHide);
      // Mobile browsers may discard a hidden tab without firing pagehide.
      document[method]('visibilitychange', this.handlePageHide);
    }
  }
}
