import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoredRecordController } from '../../controllers/stored-record.js';
import { newAttempt, parseProgress, type Progress } from './quiz-model.js';

/** The shuffle seed of an attempt when the author gave none. */
const randomSeed = (): number => (Math.random() * 2 ** 32) >>> 0;

/**
 * The learner's progress through the quiz, and its copy on the device: with `persist`, under
 * `quiz:<quiz-id>` in the JSON of `Progress` (the shared StoredRecordController), restored once
 * there are questions and again under a new key, and started over on Try again or `reset()`
 * (which stores nothing until the learner acts).
 */
export class QuizProgressController implements ReactiveController {
  /** The learner's progress; undefined until there are questions. */
  value?: Progress;
  /** Questions (by key) whose Check was pressed with nothing chosen in this attempt. */
  readonly missing = new Set<string>();

  private readonly record: StoredRecordController<Progress>;
  /** The storage key whose progress is in `value`, so a new `quiz-id` restores its own. */
  private restoredFrom?: string;

  /**
   * @param host The quiz.
   * @param storageKey The key to store under now: `quiz:<quiz-id>` with `persist`, else undefined.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly storageKey: () => string | undefined,
  ) {
    host.addController(this);
    this.record = new StoredRecordController(host, parseProgress);
  }

  hostConnected(): void {}

  /** Whether the device refused the last write: the progress then lives in the page only. */
  get notSaved(): boolean {
    return this.record.notice === 'notSaved';
  }

  /**
   * Restores the stored progress, or starts a first attempt, once there are questions; again when
   * the key changes. Called by the host's `willUpdate`.
   * @param hasQuestions Whether the quiz has usable questions.
   */
  restore(hasQuestions: boolean): void {
    const key = this.storageKey();
    this.record.use(key);
    if (hasQuestions && (!this.value || (key && key !== this.restoredFrom))) {
      // An unreadable record starts a new attempt, quietly.
      this.value = this.record.read() ?? newAttempt(1, 0, randomSeed());
      this.restoredFrom = key;
    }
  }

  /**
   * Changes the progress and stores it with `persist`; a refused write only shows a note.
   * @param changes The fields that change.
   */
  set(changes: Partial<Progress>): void {
    this.value = { ...this.value!, ...changes };
    this.record.use(this.storageKey());
    this.record.write(this.value);
    this.host.requestUpdate();
  }

  /**
   * Starts a new attempt on a new shuffle; it is stored by the next `set`.
   * @param attempt The attempt's number, from 1.
   * @param finished Attempts finished before it.
   */
  start(attempt = 1, finished = 0): void {
    this.missing.clear();
    this.value = newAttempt(attempt, finished, randomSeed());
    this.host.requestUpdate();
  }

  /**
   * Starts over with a first attempt and removes the stored progress. The new attempt is stored by
   * the learner's next action, so a quiz never answered keeps nothing on the device; only a copy
   * the device would not let go is overwritten with it at once.
   */
  clear(): void {
    this.start();
    if (!this.remove()) {
      this.record.write(this.value!);
    }
  }

  /** Removes the stored progress from the device. @returns Whether the device let it go. */
  remove(): boolean {
    this.record.use(this.storageKey());
    return this.record.remove();
  }
}
