import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoredRecordController, type ParseResult } from '../../controllers/stored-record.js';
import { readItem, removeItem, removeItemsStartingWith, writeItem } from '../../internal/storage.js';
import { moveReflectionCopies } from '../reflection-prompt/reflection-model.js';
import { parseProgress, scopedId, serializeProgress, storageKey, type StoredProgress } from './course-model.js';

/** The course's progress as it is stored (the format's version is added on writing). */
export type CourseRecord = Omit<StoredProgress, 'v'>;

/** What the learner is told about stored progress, as its interface text key. */
export type CourseNotice = 'courseProgressUnreadable' | 'courseNotSaved';

function parse(text: string): ParseResult<CourseRecord> {
  const parsed = parseProgress(text);
  return parsed.kind === 'progress' ? { ok: true, value: parsed.progress } : { ok: false, reason: parsed.kind === 'unreadable' ? parsed.reason : 'it is empty' };
}

/**
 * The course's progress on the device, under `course:<course-id>` when `persist` is set: read back
 * when the key changes (a reload, or a new `course-id` on a live course), written after the learner's
 * changes, removed on "Start over". Reading happens as the course updates; writing never does: the
 * course writes from its handlers and public methods, and from `updated()` for what an update
 * brought (a restore applied once the built-in course loaded, reflections moved to the course's id).
 */
export class CourseProgressStore implements ReactiveController {
  private readonly record: StoredRecordController<CourseRecord>;
  /** The key progress was read from, so a new `course-id` reads its own. */
  private restoredFrom?: string;
  /** The `course-id` whose built-in reflections still have to move to ids scoped by it. */
  private adoptFor?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
    this.record = new StoredRecordController(host, parse, serializeProgress);
  }

  hostConnected(): void {}

  /**
   * The key progress is stored under, or undefined when nothing is stored.
   * @param persist The course's `persist`.
   * @param courseId The course's `course-id`.
   */
  static keyFor(persist: boolean, courseId: string | undefined): string | undefined {
    return StoredRecordController.keyFor(persist, courseId, storageKey);
  }

  /** The key in use. */
  get key(): string | undefined {
    return this.record.key;
  }

  /** The note to show, if any. */
  get notice(): CourseNotice | undefined {
    const { notice } = this.record;
    return notice === 'unreadable' ? 'courseProgressUnreadable' : notice === 'notSaved' ? 'courseNotSaved' : undefined;
  }

  /**
   * Follows the course's properties, from `willUpdate`, once its activities are known.
   * @param key The key the properties give now (`keyFor`).
   * @param courseId The course's trimmed `course-id`.
   * @returns `switched`: the course moved from one stored course to another, so it forgets the last
   * one's progress; `stored`: the progress read under the new key, when there is some.
   */
  follow(key: string | undefined, courseId: string | undefined): { switched: boolean; stored?: CourseRecord } {
    if (key === this.restoredFrom) {
      return { switched: false };
    }
    const switched = !!(this.restoredFrom && key);
    const notice = this.record.notice;
    this.record.use(key);
    if (!key) {
      // Nothing is stored from now on; a note already shown stays, as nothing was stored before either.
      this.record.setNotice(notice);
    }
    this.restoredFrom = key;
    this.adoptFor = key ? courseId : undefined;
    const stored = this.record.read((reason) =>
      console.info(`<mhm-course> course-id="${courseId}": the stored progress was ignored because ${reason}.`),
    );
    return { switched, stored };
  }

  /**
   * Moves the built-in reflections' copies kept before `course-id` scoped them, once per new key:
   * call from `updated()`, before the reflections read theirs.
   *
   * Built-in reflections were once kept under ids not scoped by `course-id`, shared by every course on
   * the site. Such a copy moves to this course's own id: in its place while that is empty, else set
   * aside beside the course's own text (an older copy of the library on the site may still write the
   * old key). The first course to run takes it all, the others find nothing left, and the learner's
   * Delete in that course erases all of it.
   * @param reflectionIds The built-in reflections' own ids.
   */
  adoptReflections(reflectionIds: readonly string[]): void {
    const courseId = this.adoptFor;
    this.adoptFor = undefined;
    if (courseId) {
      for (const id of reflectionIds) {
        moveReflectionCopies(id, scopedId(courseId, id), { readItem, writeItem, removeItem, removeItemsStartingWith });
      }
    }
  }

  /**
   * Writes progress under the current key (nothing without one); a refusal shows the note until a write succeeds.
   * @param progress What to store.
   */
  save(progress: CourseRecord): void {
    this.record.write(progress);
  }

  /** Removes stored progress ("Start over"), and the note that it could not be read. */
  clear(): void {
    if (this.record.notice === 'unreadable') {
      this.record.setNotice(undefined);
    }
    this.record.remove();
  }
}
