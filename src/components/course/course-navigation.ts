import type { ReactiveController, ReactiveElement } from 'lit';
import type { CourseActivities } from './course-activities.js';
import { keepFocusClearOfNote } from './course-closing.js';
import type { CourseProgressStore } from './course-progress-store.js';

/**
 * Where the learner is in the course: the activity they chose in the list, moved focus into, or
 * continue with. Listens for focus moving into an activity while the course is connected; saves the
 * new current activity and tells the course, which fires `mhm-activity-change`; and keeps what takes
 * focus clear of the completion note at the bottom of the screen.
 */
export class CourseNavigation implements ReactiveController {
  /**
   * @param host The course.
   * @param activities Its activities.
   * @param store Its progress, which keeps the current activity.
   * @param onChange The learner is on another activity.
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly activities: CourseActivities,
    private readonly store: CourseProgressStore,
    private readonly onChange: (activityId: string, index: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.handleFocusIn);
    this.host.addEventListener('keyup', this.handleKeyUp);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.handleFocusIn);
    this.host.removeEventListener('keyup', this.handleKeyUp);
  }

  /**
   * Makes an activity the current one, and moves focus to its heading.
   * @param index Its position in the course.
   */
  jumpTo(index: number): void {
    this.moveTo(index);
    void this.activities.focus(this.activities.items[index]);
  }

  /** "Continue where you left off": goes to the first activity not complete, from the current one on. */
  readonly handleContinueClick = (): void => {
    const items = this.activities.items;
    const from = Math.max(0, items.findIndex((item) => item.id === this.store.progress.current));
    const next = [...items.slice(from), ...items.slice(0, from)].find((item) => !this.store.completed.has(item.id));
    this.jumpTo(next ? items.indexOf(next) : from);
  };

  /** A button of the list of activities: its position in the list is the activity's. */
  readonly handleLinkClick = (event: Event): void => {
    const links = [...this.host.renderRoot.querySelectorAll('[part~="activity-link"]')];
    this.jumpTo(links.indexOf(event.currentTarget as Element));
  };

  private moveTo(index: number): void {
    const { id } = this.activities.items[index];
    const before = this.store.progress.current;
    if (this.store.moveTo(id) && before !== id) {
      this.onChange(id, index);
    }
  }

  /** Focus moved into an activity: the learner is on it now. */
  private readonly handleFocusIn = (event: FocusEvent): void => {
    keepFocusClearOfNote(this.host);
    const path = event.composedPath();
    const index = this.activities.items.findIndex((item) => path.includes(this.activities.elementOf(item)!));
    if (index >= 0) {
      this.moveTo(index);
    }
  };

  /** Tab moved focus, perhaps inside an activity, where the course hears no `focusin`. */
  private readonly handleKeyUp = (event: KeyboardEvent): void => {
    if (event.key === 'Tab') {
      keepFocusClearOfNote(this.host);
    }
  };
}
