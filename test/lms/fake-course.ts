/**
 * A TEST DOUBLE of `<mhm-course>`, not the course: it keeps exactly the agreed public contract
 * (attributes, `progress`, `activities`, `activityIdOf()`, `restoreProgress()`, `startOver()` and the
 * events with their details) and nothing else, so the LMS bridges can be tested before and apart from the real course.
 * Its `learner…` methods stand for what a learner does in the real course: each fires the events the
 * real course (or its child activity) fires for that action.
 */
import type { MhmAnswerDetail } from '../../src/events/answer.js';
import type { MhmCompleteDetail } from '../../src/events/complete.js';
import type { MhmReflectionChangeDetail } from '../../src/events/reflection-change.js';

type Kind = 'lesson' | 'quiz' | 'reflection' | 'carousel' | 'other';

const titles: Record<string, Array<[string, Kind, string]>> = {
  en: [
    ['what-is-mental-health', 'lesson', 'What is mental health?'],
    ['five-reasons', 'carousel', 'Five reasons'],
    ['mhm-course/reflection-1', 'reflection', 'Your own experience'],
    ['course-quiz', 'quiz', 'Check your understanding'],
  ],
  ar: [
    ['what-is-mental-health', 'lesson', 'ما هي الصحة النفسية؟'],
    ['five-reasons', 'carousel', 'خمسة أسباب'],
    ['mhm-course/reflection-1', 'reflection', 'تجربتك الخاصة'],
    ['course-quiz', 'quiz', 'تحقق من فهمك'],
  ],
};

export class FakeCourseDouble extends HTMLElement {
  /** Pass mark of the double's quiz, in percent; null for a quiz without one. */
  quizPassMark: number | null = null;
  private completedSet = new Set<string>();
  private currentId: string | null = null;
  private courseCompleteFired = false;
  private quizResult: { score: number; maxScore: number; percent: number; passed: boolean | null } | null = null;
  private readonly ready = new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 5));

  get updateComplete(): Promise<boolean> {
    return this.ready;
  }

  get activities(): ReadonlyArray<{ id: string; kind: Kind; title: string; completed: boolean }> {
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? 'en').split('-')[0];
    return (titles[lang] ?? titles.en).map(([id, kind, title]) => ({ id, kind, title, completed: this.completedSet.has(id) }));
  }

  get progress(): { completed: string[]; total: number; percent: number; current: string | null } {
    const total = this.activities.length;
    return {
      completed: [...this.completedSet],
      total,
      percent: Math.round((this.completedSet.size / total) * 100),
      current: this.currentId,
    };
  }

  /** Like the course: the activity a direct child stands for, null for anything else. */
  activityIdOf(element: EventTarget | null | undefined): string | null {
    return element instanceof HTMLElement && element.parentElement === this ? (element.dataset.activity ?? null) : null;
  }

  restoreProgress(state: { completed: string[]; current?: string | null }): void {
    const known = new Set(this.activities.map((activity) => activity.id));
    this.completedSet = new Set(state.completed.filter((id) => known.has(id)));
    if (state.current !== undefined && (state.current === null || known.has(state.current))) {
      this.currentId = state.current;
    }
    this.fireProgress();
  }

  startOver(): void {
    this.completedSet.clear();
    this.currentId = null;
    this.fireProgress();
  }

  /** The learner opens an activity. */
  learnerOpens(activityId: string): void {
    this.currentId = activityId;
    const index = this.activities.findIndex((activity) => activity.id === activityId);
    this.fire(this, 'mhm-activity-change', { id: this.id, activityId, index });
  }

  /** The learner checks an answer in the quiz. */
  learnerAnswers(detail: Omit<MhmAnswerDetail, 'id'>): void {
    this.fire(this.child('course-quiz'), 'mhm-answer', { id: 'course-quiz', ...detail });
  }

  /** The learner writes in the reflection; with `shareText` the event carries the text, as with `share-text`. */
  learnerWrites(text: string, shareText = true): void {
    const detail: MhmReflectionChangeDetail = { id: 'mhm-course/reflection-1', reflectionId: 'mhm-course/reflection-1', length: text.length, saved: false };
    this.fire(this.child('mhm-course/reflection-1'), 'mhm-reflection-change', shareText ? { ...detail, text } : detail);
  }

  /** The learner finishes the quiz with `score` of `maxScore`. */
  learnerFinishesQuiz(score: number, maxScore: number): void {
    const percent = Math.round((score / maxScore) * 100);
    const passed = this.quizPassMark === null ? null : percent >= this.quizPassMark;
    this.quizResult = { score, maxScore, percent, passed };
    this.completeActivity('course-quiz', { activity: 'quiz', id: 'course-quiz', completed: true, score, maxScore, percent, passed });
  }

  /** The learner completes a lesson, the carousel or the reflection. */
  learnerCompletes(activityId: string): void {
    const kind = this.activities.find((activity) => activity.id === activityId)?.kind;
    const detail: MhmCompleteDetail =
      kind === 'reflection'
        ? { activity: 'reflection', id: activityId, completed: true, reflectionId: activityId, length: 42, saved: false }
        : kind === 'carousel'
          ? { activity: 'carousel', id: activityId, completed: true, viewed: 5 }
          : { activity: 'lesson', id: activityId, completed: true };
    this.completeActivity(activityId, detail);
  }

  /** The learner does everything; the quiz ends with `score` of 4. */
  learnerCompletesEverything(score = 3): void {
    for (const activity of this.activities) {
      this.learnerOpens(activity.id);
      if (activity.kind === 'quiz') {
        this.learnerFinishesQuiz(score, 4);
      } else {
        this.learnerCompletes(activity.id);
      }
    }
  }

  private completeActivity(activityId: string, detail: MhmCompleteDetail): void {
    this.fire(this.child(activityId), 'mhm-complete', detail);
    this.completedSet.add(activityId);
    this.fireProgress();
    if (this.completedSet.size === this.activities.length && !this.courseCompleteFired) {
      this.courseCompleteFired = true;
      this.fire(this, 'mhm-course-complete', { id: this.id, total: this.activities.length, quiz: this.quizResult });
    }
  }

  private fireProgress(): void {
    const { completed, total, percent } = this.progress;
    this.fire(this, 'mhm-progress', { id: this.id, completed: completed.length, total, percent, completedIds: completed });
  }

  private child(activityId: string): HTMLElement {
    let child = [...this.children].find((el) => el.getAttribute('data-activity') === activityId) as HTMLElement | undefined;
    if (!child) {
      child = document.createElement('div');
      child.dataset.activity = activityId;
      this.append(child);
    }
    return child;
  }

  private fire(target: EventTarget, name: string, detail: unknown): void {
    target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('fake-mhm-course')) {
  customElements.define('fake-mhm-course', FakeCourseDouble);
}

declare global {
  interface HTMLElementTagNameMap {
    'fake-mhm-course': FakeCourseDouble;
  }
}
