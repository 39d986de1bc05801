import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoredRecordController, type ParseResult } from '../../controllers/stored-record.js';
import type { MhmCompleteDetail } from '../../events/complete.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';
import type { RestoredQuiz } from './course-activities.js';
import { ReflectionStore } from '../reflection-prompt/reflection-store.js';
import {
  completionOf,
  courseQuizResult,
  isBetterQuizResult,
  parseProgress,
  progressOf,
  quizResultOf,
  scopedId,
  serializeProgress,
  storageKey,
  type MhmCourseActivityKind,
  type MhmCourseProgress,
  type MhmCourseProgressInput,
  type StoredProgress,
} from './course-model.js';

/** The course's progress as it is stored (the format's version is added on writing). */
export type CourseRecord = Omit<StoredProgress, 'v'>;

/** What the learner is told about stored progress, as its interface text key. */
export type CourseNotice = 'courseProgressUnreadable' | 'courseNotSaved';

function parse(text: string): ParseResult<CourseRecord> {
  const parsed = parseProgress(text);
  return parsed.kind === 'progress' ? { ok: true, value: parsed.progress } : { ok: false, reason: parsed.kind === 'unreadable' ? parsed.reason : 'it is empty' };
}

const empty: CourseRecord = { completed: [], current: null, finished: false, quizzes: {} };

/**
 * The learner's progress through the course (complete activities, the current one, whether the
 * course was finished, the quiz results) and its copy on the device, under `course:<course-id>` when
 * `persist` is set. Read back when the key changes (a reload, or a new `course-id` on a live course);
 * written by `save()`, which the course calls from its handlers and public methods, and from
 * `updated()` for what an update brought; never while it renders.
 */
export class CourseProgressStore implements ReactiveController {
  /** Ids of the complete activities (possibly unknown ones, from storage; `progress` leaves them out). */
  completed: ReadonlySet<string> = new Set();
  /** The activity the learner chose or focused last; null lets the first incomplete one stand in. */
  current: string | null = null;
  /** Whether `mhm-course-complete` was fired for this run of the course. */
  finished = false;
  /** The best result of each quiz, by activity id. */
  private quizzes: Record<string, MhmCourseQuizResult> = {};
  private readonly record: StoredRecordController<CourseRecord>;
  /** The key progress was read from, so a new `course-id` reads its own. */
  private restoredFrom?: string;
  /** `restoreProgress()` called before the activities were known: applied once they are. */
  private pending?: MhmCourseProgressInput;
  /** A restore applied as the course updated, to save once the update is done. */
  private appliedInUpdate = false;
  /** The `course-id` whose built-in reflections still have to move to ids scoped by it. */
  private adoptFor?: string;

  /**
   * @param host The course.
   * @param ids Its activity ids, in course order.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ids: () => string[],
  ) {
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

  /** The progress figures. */
  get progress(): MhmCourseProgress {
    return progressOf(this.ids(), this.completed, this.current);
  }

  /**
   * The result `mhm-course-complete` and the closing panel report: the last quiz's that reported one.
   * @param quizIds The quizzes' activity ids, in course order.
   */
  quizResult(quizIds: readonly string[]): MhmCourseQuizResult | null {
    return courseQuizResult(quizIds, this.quizzes);
  }

  /**
   * Follows the course's properties, from `willUpdate`, once its activities are known.
   * @param key The key the properties give now (`keyFor`).
   * @param courseId The course's trimmed `course-id`.
   * @returns Whether the progress changed, so the course shows it on its children.
   */
  follow(key: string | undefined, courseId: string | undefined): boolean {
    if (key === this.restoredFrom) {
      return false;
    }
    // Another course-id (the next learner on a shared phone, say): its own progress, never the
    // last one's, which is already stored under the old key.
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
    const next = stored ?? (switched ? empty : undefined);
    if (next) {
      this.set(next);
    }
    return !!next;
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
  adoptReflections(reflectionIds: () => string[]): void {
    const courseId = this.adoptFor;
    this.adoptFor = undefined;
    if (courseId) {
      for (const id of reflectionIds()) {
        ReflectionStore.move(id, scopedId(courseId, id));
      }
    }
  }

  /**
   * Takes what an activity reports (its `mhm-complete` detail, or a quiz's restored result).
   * @param lastAttempt The quiz has no attempt left.
   * @returns Whether the activity's completion changed.
   */
  take(id: string, kind: MhmCourseActivityKind, detail: Partial<MhmCompleteDetail>, lastAttempt: boolean): boolean {
    const result = kind === 'quiz' ? quizResultOf(detail) : undefined;
    if (result && isBetterQuizResult(result, this.quizzes[id])) {
      this.quizzes[id] = result;
    }
    const done = completionOf(kind, detail, lastAttempt);
    if (done === undefined || done === this.completed.has(id)) {
      return false;
    }
    const next = new Set(this.completed);
    if (done) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.completed = next;
    this.host.requestUpdate();
    return true;
  }

  /**
   * Counts quizzes that came back from their own storage with a finished attempt, quietly (no event),
   * as stored progress is, and saves when that changed the progress.
   * @param found The quizzes, from the course's activities.
   */
  takeRestored(found: readonly RestoredQuiz[]): void {
    // Every one is taken (its result kept), even after one changed the progress.
    if (found.filter(({ id, detail, lastAttempt }) => this.take(id, 'quiz', detail, lastAttempt)).length > 0) {
      this.finished ||= this.progress.percent === 100;
      this.save();
    }
  }

  /**
   * Applies progress saved elsewhere (`restoreProgress()`); unknown ids are left out. Restored as
   * finished when every activity is complete: the LMS already knows, so no `mhm-course-complete` later.
   */
  restore({ completed, current }: MhmCourseProgressInput): void {
    const ids = this.ids();
    this.completed = new Set(completed.filter((id) => ids.includes(id)));
    if (current !== undefined) {
      this.current = ids.includes(current!) ? current : null;
    }
    this.finished = this.progress.percent === 100;
    this.host.requestUpdate();
  }

  /**
   * Keeps progress given before the activities are known (the built-in course still loading).
   * @param input What `restoreProgress()` was given, checked.
   */
  restoreLater(input: MhmCourseProgressInput): void {
    this.pending = input;
    this.host.requestUpdate();
  }

  /**
   * Applies progress kept by `restoreLater`, from `willUpdate` once the activities are known.
   * @returns Whether there was some.
   */
  applyPending(): boolean {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) {
      this.restore(pending);
      this.appliedInUpdate = true;
    }
    return !!pending;
  }

  /**
   * Saves what `applyPending` applied, from `updated()`, as nothing is written while the course renders.
   * @returns Whether it did, so the course fires `mhm-progress`.
   */
  saveApplied(): boolean {
    const applied = this.appliedInUpdate;
    this.appliedInUpdate = false;
    if (applied) {
      this.save();
    }
    return applied;
  }

  /**
   * The learner is on another activity.
   * @returns Whether that changed (then it is saved).
   */
  moveTo(id: string): boolean {
    if (this.current === id) {
      return false;
    }
    this.current = id;
    this.host.requestUpdate();
    this.save();
    return true;
  }

  /** Writes progress under the current key (nothing without one); a refusal shows the note until a write succeeds. */
  save(): void {
    this.record.write({ completed: this.progress.completed, current: this.current, finished: this.finished, quizzes: this.quizzes });
  }

  /** Forgets all progress ("Start over"), on the device too, and the note that it could not be read. */
  clear(): void {
    this.set(empty);
    if (this.record.notice === 'unreadable') {
      this.record.setNotice(undefined);
    }
    this.record.remove();
  }

  private set({ completed, current, finished, quizzes }: CourseRecord): void {
    this.completed = new Set(completed);
    this.current = current;
    this.finished = finished;
    this.quizzes = { ...quizzes };
    this.host.requestUpdate();
  }
}
