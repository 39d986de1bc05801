import type { ReactiveController, ReactiveElement } from 'lit';
import { ChildrenController } from '../../controllers/children.js';
import type { CourseActivity } from '../../content/course/index.js';
import type { MhmCompleteDetail, MhmQuizCompleteDetail } from '../../events/complete.js';
import type { LocalizeController } from '../../internal/localize.js';
import { activityKind, assignIds, type MhmCourseActivityKind } from './course-model.js';
import { childElements } from '../../controllers/children.js';

/** One activity as the course tracks it; `element` is set for the author's children. */
export interface CourseItem {
  id: string;
  kind: MhmCourseActivityKind;
  title: string;
  element?: Element;
}

/** What the course may ask of an activity element (any of them may not be upgraded yet); a quiz's result as its `mhm-complete` reports it. */
export type ActivityElement = Element &
  Partial<Pick<MhmQuizCompleteDetail, 'score' | 'maxScore' | 'percent' | 'passed'>> &
  Partial<Pick<ReactiveElement, 'updateComplete' | 'isUpdatePending'>> & {
    completed?: boolean;
    attemptsLeft?: number | null;
    reset?: () => void;
  };

/** A quiz that came back from its own storage with a finished attempt. */
export interface RestoredQuiz {
  id: string;
  /** Its result, as its `mhm-complete` would report it. */
  detail: Partial<MhmCompleteDetail>;
  /** It has no attempt left. */
  lastAttempt: boolean;
}

/** What the activities need from the course. */
export interface CourseActivitiesOptions {
  /** The built-in course's activities, once loaded. */
  builtIn(): readonly CourseActivity[] | undefined;
  /** The built-in five reasons' heading, once loaded; empty before. */
  fiveReasonsHeading(): string;
  /** The course's interface text. */
  localize: Pick<LocalizeController, 'term'>;
  /** Shows or clears an author error (the course's `report`). */
  report(attribute: string, value: unknown, fix: unknown): void;
  /** Whether an activity already counts as complete. */
  isCompleted(id: string): boolean;
  /** Quizzes not yet counted that came back from their own storage with a finished attempt, with their results. */
  restoredQuizzes(found: RestoredQuiz[]): void;
}

/** Inside an activity's shadow root, where its heading is, in order of preference (part names are public API). */
const headingParts = ['[part~="toggle"]', '[part~="heading"]', '[part~="legend"]', 'label[part~="prompt"]'];

/**
 * The course's activities: the author's children that count (or, with none, the built-in course's),
 * their ids, kinds and titles, the elements that show them, and quizzes that restore a finished
 * attempt from their own storage. Watches the author's children while the course is connected, gives
 * those without an id a positional one, and tells the author.
 */
export class CourseActivities implements ReactiveController {
  /** Ids the course gave to author children that had none, so they still count as missing. */
  private readonly assignedIds = new Map<Element, string>();
  /** Whether a look at restored quizzes is in flight. */
  private looking = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: CourseActivitiesOptions,
  ) {
    host.addController(this);
    new ChildrenController(host, () => this.handleChildrenChanged(), {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id', 'heading', 'prompt'],
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    void this.countRestoredQuizzes();
  }

  /** The author's activity children, in order. */
  get children(): Element[] {
    return childElements(this.host).filter((child) => activityKind(child.localName, child.hasAttribute('data-mhm-activity')));
  }

  /** Whether the built-in course is shown: the author gave no activity. */
  get builtIn(): boolean {
    return this.children.length === 0;
  }

  /** Whether the built-in five reasons' text is shown: in the built-in course, or in an author's carousel without slides of its own. */
  get showsFiveReasons(): boolean {
    return this.builtIn || this.children.some((child) => child.localName === 'mhm-five-reasons' && !child.querySelector('mhm-slide'));
  }

  /** Every activity, in course order. */
  get items(): CourseItem[] {
    const children = this.children;
    if (children.length > 0) {
      const { ids } = assignIds(children.map((child) => this.requestedId(child)));
      return children.map((element, position) => {
        const kind = activityKind(element.localName, true)!;
        return { id: ids[position], kind, element, title: this.authorTitle(element, kind) || this.options.localize.term('courseActivityNumber', position + 1) };
      });
    }
    return (this.options.builtIn() ?? []).map((activity) => ({
      id: activity.id,
      kind: activity.kind === 'five-reasons' ? 'carousel' : activity.kind,
      title: activity.kind === 'reflection' ? activity.prompt : activity.kind === 'five-reasons' ? this.carouselTitle(false) : activity.heading,
    }));
  }

  /**
   * The element of an activity: the author's child, or the built-in one in the course's shadow root.
   * @param item One of `items`.
   */
  elementOf(item: CourseItem): ActivityElement | null | undefined {
    return item.element ?? this.host.shadowRoot?.getElementById(item.id);
  }

  /**
   * The course's own activity that `element` is, if it is one.
   * @param element Any element, e.g. an event's `composedPath()[0]`.
   */
  itemOf(element: EventTarget | null | undefined): CourseItem | undefined {
    return element ? this.items.find((item) => this.elementOf(item) === element) : undefined;
  }

  /**
   * The ids of the activities of one kind, in course order.
   * @param kind `quiz`, `reflection`…
   */
  idsOf(kind: MhmCourseActivityKind): string[] {
    return this.items.filter((item) => item.kind === kind).map((item) => item.id);
  }

  /**
   * Shows completion on the author's children that can show it (lessons, reflections); the built-in
   * ones are bound as the course renders them.
   * @param completed The complete activities' ids.
   */
  showCompleted(completed: ReadonlySet<string>): void {
    for (const { element, kind, id } of this.items) {
      if (element && (kind === 'lesson' || kind === 'reflection')) {
        (element as ActivityElement).completed = completed.has(id);
      }
    }
  }

  /**
   * Resets every activity that can be reset ("Start over"): lessons and reflections are marked not
   * complete (a reflection keeps its text), quizzes and carousels start again.
   * @param clearReflections Reflections lose their text too: only when the learner asked for it.
   */
  reset(clearReflections: boolean): void {
    for (const item of this.items) {
      const element = this.elementOf(item);
      if (!element || item.kind === 'other') {
        continue;
      }
      if (item.kind === 'lesson' || (item.kind === 'reflection' && !clearReflections)) {
        element.completed = false;
      } else {
        element.reset?.();
      }
    }
  }

  /**
   * Moves focus to an activity's heading (which scrolls it into view).
   * @param item One of `items`.
   */
  async focus(item: CourseItem): Promise<void> {
    const element = this.elementOf(item);
    if (element) {
      await element.updateComplete;
      const target = (headingParts.map((selector) => element.shadowRoot?.querySelector(selector)).find(Boolean) ?? element) as HTMLElement;
      if (!target.matches('button,[tabindex]')) {
        target.tabIndex = -1;
      }
      target.focus();
    }
  }

  /** The id the author gave a child, or null when it had none (the course's own assignment does not count). */
  private requestedId(child: Element): string | null {
    const id = child.getAttribute('id');
    return this.assignedIds.get(child) === id ? null : id;
  }

  /** A carousel's title: the five reasons' heading, unless it holds the author's own slides. */
  private carouselTitle(ownSlides: boolean): string {
    return (!ownSlides && this.options.fiveReasonsHeading()) || this.options.localize.term('slides');
  }

  private authorTitle(element: Element, kind: MhmCourseActivityKind): string {
    const heading = element.getAttribute('heading')?.trim();
    if (heading || kind === 'lesson' || kind === 'other') {
      return heading || (element.getAttribute('aria-label')?.trim() ?? '');
    }
    if (kind === 'reflection') {
      const slotted = [...element.children].filter((child) => child.slot === 'prompt').map((child) => child.textContent);
      return (element.getAttribute('prompt') ?? slotted.join(' ')).replace(/\s+/g, ' ').trim() || this.options.localize.term('reflectionLabel');
    }
    return kind === 'quiz' ? this.options.localize.term('quiz') : this.carouselTitle(!!element.querySelector('mhm-slide'));
  }

  /** Author children changed: give activities without an id a positional one, and say so once. */
  private handleChildrenChanged(): void {
    const children = this.children;
    for (const [element, id] of this.assignedIds) {
      if (!children.includes(element) || element.id !== id) {
        this.assignedIds.delete(element);
      }
    }
    const { ids, missing, duplicate } = assignIds(children.map((child) => this.requestedId(child)));
    for (const position of missing) {
      const element = children[position];
      this.assignedIds.set(element, ids[position]);
      if (element.id !== ids[position]) {
        // Its own events then carry the same id as the course's.
        element.id = ids[position];
      }
    }
    const describe = (positions: number[]) => positions.map((position) => `<${children[position].localName}> (now ${ids[position]})`).join(', ');
    this.options.report('id', describe(missing), missing.length > 0 && 'Give each activity a unique id="…", so saved progress still fits. Using the ids shown meanwhile.');
    this.options.report('duplicate id', describe(duplicate), duplicate.length > 0 && 'Each activity needs its own id. Using the ids shown meanwhile.');
    this.host.requestUpdate();
  }

  /**
   * A quiz with `persist` restores a finished attempt from its own storage as it renders, after the
   * course has. Once the course and its quizzes not yet counted have no update pending (so a quiz has
   * the attributes of the course's latest render, a new course-id say), the finished ones are handed
   * to the course, which counts them quietly (no event, no announcement), as its own stored progress.
   * One look at a time: an update of the course during a look makes that look wait for it.
   */
  private async countRestoredQuizzes(): Promise<void> {
    if (this.looking) {
      return;
    }
    this.looking = true;
    const uncounted = () => this.items.filter((item) => item.kind === 'quiz' && !this.options.isCompleted(item.id));
    try {
      for (;;) {
        const quizzes = uncounted();
        await Promise.all(quizzes.map((item) => this.elementOf(item)?.updateComplete));
        if (this.host.isUpdatePending) {
          await this.host.updateComplete;
        } else if (!quizzes.some((item) => this.elementOf(item)?.isUpdatePending)) {
          break;
        }
      }
    } finally {
      this.looking = false;
    }
    const found: RestoredQuiz[] = [];
    for (const item of uncounted()) {
      const { completed, score, maxScore, percent, passed, attemptsLeft } = this.elementOf(item) ?? {};
      if (completed) {
        found.push({ id: item.id, detail: { activity: 'quiz', completed, score, maxScore, percent, passed }, lastAttempt: attemptsLeft === 0 });
      }
    }
    if (found.length > 0) {
      this.options.restoredQuizzes(found);
    }
  }
}
