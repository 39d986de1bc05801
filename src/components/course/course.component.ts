import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { courseLocale, loadCourse, type CourseActivity, type CourseContent } from '../../content/course/index.js';
import { fiveReasonsLocale, loadFiveReasons } from '../../content/five-reasons/load.js';
import { LocaleLoader } from '../../internal/locale-loader.js';
import { refreshAll } from '../../internal/localize.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { readItem, removeItem, removeItemsStartingWith, writeItem } from '../../internal/storage.js';
import { asideKey, recordKey } from '../reflection-prompt/reflection-model.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import skeletonStyles from '../../styles/skeleton.styles.js';
import type { MhmCompleteDetail, MhmQuizCompleteDetail } from '../../events/complete.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';
import type {} from '../../events/activity-change.js';
import type {} from '../../events/progress.js';
// The built-in course is made of the four activities and cannot work without them, so the class
// brings their registrations along (they are listed in sideEffects, so bundlers keep them).
import '../five-reasons/five-reasons.js';
import '../lesson-card/lesson-card.js';
import '../quiz/quiz.js';
import '../reflection-prompt/reflection-prompt.js';
import {
  activityKind,
  assignIds,
  completionOf,
  courseQuizResult,
  isBetterQuizResult,
  parseProgress,
  progressOf,
  quizResultOf,
  readProgressInput,
  scopedId,
  serializeProgress,
  storageKey,
  type MhmCourseActivity,
  type MhmCourseActivityKind,
  type MhmCourseProgress,
  type MhmCourseProgressInput,
} from './course-model.js';
import type { renderActivities } from './built-in-course.js';
import styles from './course.styles.js';

export type { MhmCourseActivity, MhmCourseActivityKind, MhmCourseProgress, MhmCourseProgressInput } from './course-model.js';

/** One activity as the course tracks it; `element` is set for the author's children. */
interface Item {
  id: string;
  kind: MhmCourseActivityKind;
  title: string;
  element?: Element;
}

/** What the course may ask of an activity element (any of them may not be upgraded yet); a quiz's result as its `mhm-complete` reports it. */
type ActivityElement = Element &
  Partial<Pick<MhmQuizCompleteDetail, 'score' | 'maxScore' | 'percent' | 'passed'>> & {
    completed?: boolean;
    attemptsLeft?: number | null;
    reset?: () => void;
    updateComplete?: Promise<unknown>;
  };

/** Inside an activity's shadow root, where its heading is, in order of preference (part names are public API). */
const headingParts = ['[part~="toggle"]', '[part~="heading"]', '[part~="legend"]', 'label[part~="prompt"]'];

/**
 * @summary The whole course in one tag: the built-in *Mental Health & Migration: Awareness Raising*
 * in English, French or Arabic, or the author's own activities, with a progress header, a list of
 * activities to jump to, resume, "Start over", and a closing panel with a printable record.
 * @tagname mhm-course
 *
 * @slot - The author's course: any mix of `<mhm-lesson-card>`, `<mhm-quiz>`, `<mhm-reflection-prompt>`
 * and `<mhm-five-reasons>` (each counted as an activity, identified by its `id`), plus any other
 * element (shown, not counted; mark one `data-mhm-activity` to count it, complete when it fires
 * `mhm-complete` with `completed: true`). A quiz with `persist` that restores a finished attempt
 * from its own storage counts too, without an event. Give reflection prompts `optional`, as the
 * built-in course does, so a learner who prefers not to write can still finish. With no activity child, the built-in
 * course is shown after whatever the slot holds.
 *
 * @event {{ id: string, completed: number, total: number, percent: number, completedIds: string[] }} mhm-progress - Progress changed: an activity completed or taken back, `restoreProgress()`, or "Start over".
 * @event {{ id: string, total: number, quiz: { score: number, maxScore: number, percent: number, passed: boolean | null } | null }} mhm-course-complete - The learner completed the last activity. Once; again only after "Start over".
 * @event {{ id: string, activityId: string, index: number }} mhm-activity-change - The learner moved to another activity: chose it in the list, or moved focus into it.
 *
 * @csspart base - The course's outer box (a `section`).
 * @csspart header - The header: title, summary, progress, actions and the list of activities.
 * @csspart heading - The course title.
 * @csspart summary - What the built-in course is about.
 * @csspart progress - The box around the progress bar and its text.
 * @csspart progress-bar - The native `progress` element.
 * @csspart progress-text - "3 of 9 activities".
 * @csspart actions - The box around "Continue where you left off" and "Start over" in the header.
 * @csspart continue-button - "Continue where you left off".
 * @csspart activities - The disclosure (`details`) that holds the list of activities.
 * @csspart activities-summary - Its `summary`.
 * @csspart activity-list - The ordered list of activities.
 * @csspart activity-link - The button that jumps to one activity.
 * @csspart activity-link-completed - The button of a complete activity.
 * @csspart activity-link-current - The button of the activity the learner is on.
 * @csspart notice - A note: progress cannot be stored, or stored progress could not be read.
 * @csspart message - Loading, or could not load, the built-in course.
 * @csspart retry-button - "Try again" after the built-in course failed to load.
 * @csspart activities-body - The box around the built-in activities.
 * @csspart completion - The closing panel, once every activity is complete.
 * @csspart completion-heading - Its heading.
 * @csspart quiz-result - The quiz score in the closing panel, and a word of encouragement when its pass mark was not reached.
 * @csspart further-learning - Where to go further (the built-in course's K-par-Cas 2 note).
 * @csspart print-reflections - The "Include my reflections" checkbox and its label.
 * @csspart print-button - "Print a record".
 * @csspart start-over-button - "Start over".
 * @csspart confirm - The in-place question before starting over.
 * @csspart confirm-button - "Yes, start over".
 * @csspart cancel-button - "Cancel".
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 *
 * @cssproperty [--mhm-color-scheme=light dark] - Set by `theme` for the whole course; absent, the device decides.
 * @cssproperty [--mhm-color-accent=#0b6565 | dark #72d0cb] - Buttons, the progress bar, the current activity.
 * @cssproperty [--mhm-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--mhm-color-text=#1c2428 | dark #edf1f2] - Text.
 * @cssproperty [--mhm-color-text-muted=#4b565c | dark #b9c4c9] - Summary, numbers in the list.
 * @cssproperty [--mhm-color-surface=#ffffff | dark #182024] - The loading and could-not-load boxes, buttons in the header. Between activities the page shows.
 * @cssproperty [--mhm-color-surface-alt=#eef5f5 | dark #22303a] - Header and closing panel background.
 * @cssproperty [--mhm-color-border=#b9c7cb | dark #44535b] - Borders.
 * @cssproperty [--mhm-color-success=#1d6a34 | dark #86dca0] - Ticks of complete activities.
 * @cssproperty [--mhm-color-notice=#6d4300 | dark #f4c978] - Notes.
 * @cssproperty [--mhm-color-notice-surface=#fff4dc | dark #33290f] - Background of notes.
 * @cssproperty [--mhm-color-danger=#a1202a | dark #ffa3a8] - Author errors.
 * @cssproperty [--mhm-color-focus=#1849b8 | dark #93b7ff] - Focus ring.
 * @cssproperty [--mhm-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--mhm-font-size=1rem] - Base font size.
 * @cssproperty [--mhm-radius=0.75rem] - Corner radius.
 * @cssproperty [--mhm-space-s=0.5rem] - Small spacing.
 * @cssproperty [--mhm-space-m=1rem] - Medium spacing.
 * @cssproperty [--mhm-space-l=1.5rem] - Large spacing.
 * @cssproperty [--mhm-course-gap=var(--mhm-space-l)] - Space between activities.
 * @cssproperty [--mhm-course-padding=var(--mhm-space-l)] - Padding inside the header and the closing panel.
 */
export class MhmCourse extends MhmElement {
  static override styles = [hostStyles, blockStyles, skeletonStyles, styles];

  /** A name for the course, unique on the site, under which `persist` stores progress (`mhm:course:<course-id>`). A new name on a live course shows that name's own progress and reflections. */
  @property({ attribute: 'course-id' }) courseId?: string;

  /** Keeps progress on the device (needs `course-id`), and lets built-in reflections offer "Keep on this device". */
  @property({ type: Boolean }) persist = false;

  /** `light` or `dark` for the whole course, whatever the device prefers; absent, the device decides. Reflected. */
  @property({ reflect: true }) theme?: string;

  /** The course title's level in the page outline, 2 to 6; the built-in activities' headings are one level deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The course title. Defaults to the built-in course's; an author's course has none unless given. */
  @property() heading = '';

  /** Percentage (0 to 100) the built-in quiz needs to count as passed. Absent: finishing it is enough. */
  @property({ attribute: 'pass-mark', type: Number }) passMark?: number;

  /** The built-in course, once loaded, in the language last asked for. */
  @state() private content?: CourseContent;
  @state() private loadFailed = false;
  /** Heading of the built-in five reasons, for the list of activities. */
  @state() private fiveReasonsHeading = '';
  @state() private completedIds: ReadonlySet<string> = new Set();
  /** The activity the learner chose or focused last; null lets the first incomplete one stand in. */
  @state() private currentId: string | null = null;
  /** The note shown to the learner, as its interface text key. */
  @state() private notice?: 'courseProgressUnreadable' | 'courseNotSaved';
  @state() private confirmingStartOver = false;
  @state() private printReflections = false;
  /** Text of the polite live region. */
  @state() private announcement = '';

  /** Validated heading level used by render. */
  private level = 2;
  /** Renders the built-in activities; downloaded with the built-in course. */
  private renderActivities?: typeof renderActivities;
  /** Downloads the built-in course in the language shown, and the code that renders it. */
  private readonly contentLoader = new LocaleLoader(
    (locale: string) => Promise.all([loadCourse(locale), import('./built-in-course.js')]),
    (result) => {
      if (result.ok) {
        [this.content, { renderActivities: this.renderActivities }] = result.value;
      } else {
        console.warn('<mhm-course>: the built-in course could not be loaded. Host the whole dist/cdn folder.', result.error);
        this.loadFailed = true;
      }
    },
  );
  /** Downloads the five reasons' heading, for the list of activities; the carousel reports failures itself. */
  private readonly fiveReasonsLoader = new LocaleLoader(loadFiveReasons, (result) => {
    this.fiveReasonsHeading = result.ok ? result.value.heading : '';
  });
  /** The language of the built-in content as last rendered, to tell its children when it changes. */
  private renderedContentLang?: string;
  /** Whether `mhm-course-complete` was fired for this run of the course. */
  private finished = false;
  /** The last result of each quiz, by activity id. */
  private quizResults: Record<string, MhmCourseQuizResult> = {};
  /** The storage key progress was read from, so a new `course-id` restores its own. */
  private restoredFrom?: string;
  /** `restoreProgress()` called before the built-in activities were known. */
  private pendingRestore?: { completed: string[]; current?: string | null };
  /** Ids the course gave to author children that had none, so they still count as missing. */
  private readonly assignedIds = new Map<Element, string>();
  private childObserver?: MutationObserver;
  private focusAfterUpdate?: string;
  /** Counts the course's renders, so only the latest one's look at restored quizzes counts. */
  private renders = 0;

  constructor() {
    super();
    this.addEventListener('mhm-complete', this.handleComplete);
    this.addEventListener('focusin', this.handleFocusIn);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Created on connect, not with the element: servers (Lit SSR) construct elements and have no MutationObserver.
    this.childObserver ??= new MutationObserver(() => this.handleChildrenChanged());
    this.childObserver.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['id', 'heading', 'prompt'] });
    this.handleChildrenChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  /** Also waits for the built-in course to load, so tests and partners can await one promise. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.contentLoader.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(): void {
    const { theme, passMark } = this;
    this.level = this.checkHeadingLevel(this.headingLevel, 2);
    this.report('theme', theme, !(theme == null || theme === 'light' || theme === 'dark') && 'Use theme="light" or theme="dark"; the device decides meanwhile.');
    this.report('course-id', this.getAttribute('course-id'), this.persist && !this.courseId?.trim() && 'persist needs a course-id="…" unique on the site. Nothing is stored meanwhile.');
    this.report('pass-mark', this.getAttribute('pass-mark') ?? passMark, !(passMark == null || (passMark >= 0 && passMark <= 100)) && 'Use a percentage from 0 to 100. No pass mark meanwhile.');
    this.syncContent();
    const key = this.storageKey;
    const known = this.items.length > 0;
    if (key !== this.restoredFrom && known) {
      if (this.restoredFrom && key) {
        // Another course-id (the next learner on a shared phone, say): its own progress, never the
        // last one's, which is already stored under the old key.
        this.completedIds = new Set();
        this.currentId = null;
        this.finished = false;
        this.quizResults = {};
        this.notice = undefined;
        this.applyToChildren();
      }
      this.restoredFrom = key;
      if (key) {
        this.adoptUnscopedReflections(this.courseId!.trim());
        this.restoreStored(key);
      }
    }
    if (this.pendingRestore && known) {
      this.applyRestore(this.pendingRestore);
      this.pendingRestore = undefined;
    }
  }

  protected override updated(): void {
    const lang = this.builtInContent?.lang;
    if (lang && this.renderedContentLang && lang !== this.renderedContentLang) {
      // The built-in activities sit in this shadow root, where the document's observer cannot see a new `lang`.
      refreshAll();
    }
    this.renderedContentLang = lang;
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    void this.countRestoredQuizzes();
  }

  /** Loads the built-in course (and the five reasons' heading) in the course's language when they are shown. */
  private syncContent(): void {
    const lang = this.localize.lang();
    const locale = courseLocale(lang);
    const builtIn = this.builtIn;
    if (this.isConnected && (builtIn || this.activityChildren().some((child) => child.localName === 'mhm-five-reasons' && !child.querySelector('mhm-slide')))) {
      this.fiveReasonsLoader.request(fiveReasonsLocale(lang).locale);
    }
    this.report(
      'lang',
      lang,
      builtIn && locale === 'en' && !/^en(-|$)/i.test(lang.trim()) &&
        'The built-in course is in English, French and Arabic: use one, or your own activities. Showing English meanwhile.',
    );
    if (builtIn && this.isConnected && this.contentLoader.request(locale)) {
      this.loadFailed = false;
    }
  }

  /** The author's activity children, in order (none on a server renderer's host: Lit SSR). */
  private activityChildren(): Element[] {
    return [...(this.children ?? [])].filter((child) => activityKind(child.localName, child.hasAttribute('data-mhm-activity')));
  }

  /** Whether the built-in course is shown: the author gave no activity. */
  private get builtIn(): boolean {
    return this.activityChildren().length === 0;
  }

  /** The built-in course when it is shown and loaded. */
  private get builtInContent(): CourseContent | undefined {
    return this.builtIn ? this.content : undefined;
  }

  /** Every activity, in course order. */
  private get items(): Item[] {
    const children = this.activityChildren();
    if (children.length > 0) {
      const { ids } = assignIds(children.map((child) => this.requestedId(child)));
      return children.map((element, position) => {
        const kind = activityKind(element.localName, true)!;
        return { id: ids[position], kind, element, title: this.authorTitle(element, kind) || this.localize.term('courseActivityNumber', position + 1) };
      });
    }
    return (this.content?.activities ?? []).map((activity: CourseActivity) => ({
      id: activity.id,
      kind: activity.kind === 'five-reasons' ? 'carousel' : activity.kind,
      title: activity.kind === 'reflection' ? activity.prompt : activity.kind === 'five-reasons' ? this.carouselTitle(false) : activity.heading,
    }));
  }

  /** The id the author gave a child, or null when it had none (the course's own assignment does not count). */
  private requestedId(child: Element): string | null {
    const id = child.getAttribute('id');
    return this.assignedIds.get(child) === id ? null : id;
  }

  /** A carousel's title: the five reasons' heading, unless it holds the author's own slides. */
  private carouselTitle(ownSlides: boolean): string {
    return (!ownSlides && this.fiveReasonsHeading) || this.localize.term('slides');
  }

  private authorTitle(element: Element, kind: MhmCourseActivityKind): string {
    const heading = element.getAttribute('heading')?.trim();
    if (heading || kind === 'lesson' || kind === 'other') {
      return heading || (element.getAttribute('aria-label')?.trim() ?? '');
    }
    if (kind === 'reflection') {
      const slotted = [...element.children].filter((child) => child.slot === 'prompt').map((child) => child.textContent);
      return (element.getAttribute('prompt') ?? slotted.join(' ')).replace(/\s+/g, ' ').trim() || this.localize.term('reflectionLabel');
    }
    return kind === 'quiz' ? this.localize.term('quiz') : this.carouselTitle(!!element.querySelector('mhm-slide'));
  }

  /** The element of an activity: the author's child, or the built-in one in this shadow root. */
  private elementOf(item: Item): ActivityElement | null | undefined {
    return item.element ?? this.shadowRoot?.getElementById(item.id);
  }

  private get storageKey(): string | undefined {
    const id = this.courseId?.trim();
    return this.persist && id ? storageKey(id) : undefined;
  }

  /** The result `mhm-course-complete` and the closing panel report. */
  private get quizResult(): MhmCourseQuizResult | null {
    return courseQuizResult(
      this.items.filter((item) => item.kind === 'quiz').map((item) => item.id),
      this.quizResults,
    );
  }

  /** A kind word for the closing panel and its announcement when the quiz's pass mark was not reached; else empty. */
  private get quizNotPassed(): string {
    return this.quizResult?.passed === false ? this.localize.term('courseQuizNotPassed') : '';
  }

  /** Author children changed: give activities without an id a positional one, and say so once. */
  private handleChildrenChanged(): void {
    const children = this.activityChildren();
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
    this.report('id', describe(missing), missing.length > 0 && 'Give each activity a unique id="…", so saved progress still fits. Using the ids shown meanwhile.');
    this.report('duplicate id', describe(duplicate), duplicate.length > 0 && 'Each activity needs its own id. Using the ids shown meanwhile.');
    this.requestUpdate();
  }

  /**
   * Built-in reflections were once kept under ids not scoped by `course-id`, shared by every course on
   * the site. Such a copy moves to this course's own id before the reflections read it: in its place
   * while that is empty, else set aside beside the course's own text (an older copy of the library
   * on the site may still write the old key). Copies once set aside as unreadable move with it. The
   * first course to run takes it all, the others find nothing left, and the learner's Delete in that
   * course erases all of it.
   */
  private adoptUnscopedReflections(courseId: string): void {
    for (const { id, kind, element } of this.items) {
      const from = recordKey(id);
      const to = scopedId(courseId, id);
      const kept = kind === 'reflection' && !element && readItem(from);
      if (kept && writeItem(readItem(recordKey(to)) === null ? recordKey(to) : asideKey(to, Date.now()), kept).persisted) {
        removeItem(from);
      }
      if (kind === 'reflection' && !element) {
        removeItemsStartingWith(`${from}:unreadable:`, `${recordKey(to)}:unreadable:`);
      }
    }
  }

  /** Reads progress stored on the device; damaged or older data is ignored, with a note. */
  private restoreStored(key: string): void {
    const parsed = parseProgress(readItem(key));
    if (parsed.kind === 'unreadable') {
      this.notice = 'courseProgressUnreadable';
      console.info(`<mhm-course> course-id="${this.courseId}": the stored progress was ignored because ${parsed.reason}.`);
    } else if (parsed.kind === 'progress') {
      const { completed, current, finished, quizzes } = parsed.progress;
      this.completedIds = new Set(completed);
      this.currentId = current;
      this.finished = finished;
      this.quizResults = quizzes;
      this.applyToChildren();
    }
  }

  private applyRestore({ completed, current }: MhmCourseProgressInput): void {
    const ids = this.items.map((item) => item.id);
    this.completedIds = new Set(completed.filter((id) => ids.includes(id)));
    if (current !== undefined) {
      this.currentId = ids.includes(current!) ? current : null;
    }
    // Restored as finished: the LMS already knows, so no `mhm-course-complete` later.
    this.finished = this.progress.percent === 100;
    this.applyToChildren();
    this.save();
    this.emitProgress();
  }

  /** Shows restored completion on the author's children that can show it (built-in ones are bound in render). */
  private applyToChildren(): void {
    for (const { element, kind, id } of this.items) {
      if (element && (kind === 'lesson' || kind === 'reflection')) {
        (element as ActivityElement).completed = this.completedIds.has(id);
      }
    }
  }

  /** Writes progress to the device when `persist` and `course-id` allow it; notes a refusal. */
  private save(): void {
    const key = this.storageKey;
    if (key) {
      const stored = writeItem(
        key,
        serializeProgress({ completed: this.progress.completed, current: this.currentId, finished: this.finished, quizzes: this.quizResults }),
      );
      if (!stored.persisted) {
        this.notice = 'courseNotSaved';
      } else if (this.notice === 'courseNotSaved') {
        this.notice = undefined;
      }
    }
  }

  private emitProgress(): void {
    const { completed, total, percent } = this.progress;
    this.emit('mhm-progress', { id: this.id, completed: completed.length, total, percent, completedIds: completed });
  }

  private announce(message: string): void {
    // Emptied first, so the same message is read again.
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = message;
    });
  }

  /**
   * Takes what an activity reports (its `mhm-complete` detail, or a quiz's restored result) into the
   * progress and the quiz results; true when the activity's completion changed.
   */
  private take(item: Item, detail: Partial<MhmCompleteDetail>): boolean {
    const { id, kind } = item;
    const result = kind === 'quiz' ? quizResultOf(detail) : undefined;
    if (result && isBetterQuizResult(result, this.quizResults[id])) {
      this.quizResults[id] = result;
    }
    const done = completionOf(kind, detail, this.elementOf(item)?.attemptsLeft === 0);
    if (done === undefined || done === this.completedIds.has(id)) {
      return false;
    }
    const next = new Set(this.completedIds);
    if (done) {
      next.add(id);
    } else {
      next.delete(id);
    }
    this.completedIds = next;
    return true;
  }

  /**
   * A quiz with `persist` restores a finished attempt from its own storage as it renders, after the
   * course has: counted then, quietly (no event, no announcement), as the course's own stored progress
   * is. Lessons, reflections and carousels restore no completion of their own; the course gives
   * theirs back.
   */
  private async countRestoredQuizzes(): Promise<void> {
    const render = ++this.renders;
    const quizzes = () => this.items.filter((item) => item.kind === 'quiz' && !this.completedIds.has(item.id));
    await Promise.all(quizzes().map((item) => this.elementOf(item)?.updateComplete));
    // A later render looks again, once the quizzes have its attributes (a new course-id, say).
    if (render !== this.renders) {
      return;
    }
    const before = this.completedIds;
    for (const item of quizzes()) {
      const { completed, score, maxScore, percent, passed } = this.elementOf(item) ?? {};
      if (completed) {
        this.take(item, { activity: 'quiz', completed, score, maxScore, percent, passed });
      }
    }
    if (this.completedIds !== before) {
      this.finished ||= this.progress.percent === 100;
      this.save();
    }
  }

  /** An activity (the course's own, never a nested one) fired `mhm-complete`. */
  private handleComplete = (event: CustomEvent<MhmCompleteDetail>): void => {
    const item = this.itemOf(event.composedPath()[0]);
    if (!item) {
      return;
    }
    if (!this.take(item, event.detail)) {
      this.save();
      return;
    }
    const { id, kind } = item;
    const done = this.completedIds.has(id);
    const { completed, total, percent } = this.progress;
    const firstTime = percent === 100 && !this.finished;
    this.finished ||= firstTime;
    this.save();
    this.emitProgress();
    if (firstTime) {
      this.emit('mhm-course-complete', { id: this.id, total, quiz: this.quizResult });
    }
    const notPassed = this.quizNotPassed;
    this.announce(
      percent < 100
        ? this.localize.term('courseProgress', completed.length, total)
        : notPassed
          ? `${this.localize.term('courseCompleteHeading')}. ${notPassed}`
          : this.localize.term('courseCompleteAnnouncement'),
    );
    // A learner who finishes a reflection ("Done", or "Continue without writing") moves on: to the
    // next activity, or to the closing panel once the course is complete, which may be far below.
    // A lesson's toggle stays put until the last one; a quiz keeps focus on its own result.
    if (done && kind !== 'quiz' && this.elementOf(item)?.matches(':focus-within')) {
      const following = this.items.findIndex((candidate) => candidate.id === id) + 1;
      if (percent === 100) {
        this.focusAfterUpdate = '#completion-heading';
      } else if (kind === 'reflection' && following < this.items.length) {
        this.handleJump(following);
      }
    }
  };

  /** Focus moved into an activity: the learner is on it now. */
  private handleFocusIn = (event: FocusEvent): void => {
    const path = event.composedPath();
    const index = this.items.findIndex((item) => path.includes(this.elementOf(item)!));
    if (index >= 0) {
      this.moveTo(index);
    }
  };

  private moveTo(index: number): void {
    const { id } = this.items[index];
    const before = this.progress.current;
    if (this.currentId !== id) {
      this.currentId = id;
      this.save();
      if (before !== id) {
        this.emit('mhm-activity-change', { id: this.id, activityId: id, index });
      }
    }
  }

  private handleJump(index: number): void {
    this.moveTo(index);
    void this.focusActivity(this.items[index]);
  }

  /** Goes to the first activity not complete, from the current one on. */
  private handleContinueClick(): void {
    const items = this.items;
    const from = Math.max(0, items.findIndex((item) => item.id === this.progress.current));
    const next = [...items.slice(from), ...items.slice(0, from)].find((item) => !this.completedIds.has(item.id));
    this.handleJump(next ? items.indexOf(next) : from);
  }

  /** Moves focus to an activity's heading (which scrolls it into view). */
  private async focusActivity(item: Item): Promise<void> {
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

  private handlePrintClick(): void {
    window.print();
  }

  private handlePrintReflectionsChange(event: Event): void {
    this.printReflections = (event.target as HTMLInputElement).checked;
  }

  /** Opens or closes the question before starting over, and moves focus to what replaces the button pressed. */
  private confirmStartOver(open: boolean): void {
    this.confirmingStartOver = open;
    this.focusAfterUpdate = open ? '[part~="cancel-button"]' : '[part~="start-over-button"]';
  }

  private handleConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.confirmStartOver(false);
    }
  }

  private handleConfirmStartOver(): void {
    this.startOver({ clearReflections: this.renderRoot.querySelector<HTMLInputElement>('#clear-reflections')?.checked });
    this.confirmingStartOver = false;
    this.announce(this.localize.term('courseStartedOver'));
    this.focusAfterUpdate = '#heading';
  }

  private handleRetryLoad(): void {
    this.contentLoader.reset();
    this.requestUpdate();
  }

  /** Every activity, in course order, with its kind, title and whether it is complete. */
  get activities(): ReadonlyArray<MhmCourseActivity> {
    return this.items.map(({ id, kind, title }) => ({ id, kind, title, completed: this.completedIds.has(id) }));
  }

  /** The learner's progress: complete activity ids in course order, the total, a percentage and the current activity. */
  get progress(): MhmCourseProgress {
    return progressOf(
      this.items.map((item) => item.id),
      this.completedIds,
      this.currentId,
    );
  }

  /**
   * The id of the course's own activity that `element` is, or null for anything else: a quiz
   * elsewhere on the page, or one nested inside an activity. Given an event's `composedPath()[0]`,
   * it tells whether one of the course's activities fired it (the LMS bridges record only those).
   * @param element the element to look up, e.g. `event.composedPath()[0]`
   */
  activityIdOf(element: EventTarget | null | undefined): string | null {
    return this.itemOf(element)?.id ?? null;
  }

  /** The course's own activity that `element` is, if it is one. */
  private itemOf(element: EventTarget | null | undefined): Item | undefined {
    return element ? this.items.find((item) => this.elementOf(item) === element) : undefined;
  }

  /**
   * Applies progress saved earlier (by an LMS bridge, say): marks those activities complete in the
   * list and on the children that can show it (lesson cards, reflection prompts), and fires
   * `mhm-progress`; never `mhm-course-complete`, nor a child's `mhm-complete`. Unknown ids are
   * ignored. Before the built-in course has loaded, it is applied once it has.
   * @param progress `{ completed: string[], current?: string | null }`.
   */
  restoreProgress(progress: MhmCourseProgressInput): void {
    const input = readProgressInput(progress);
    if (!input) {
      console.warn('<mhm-course> restoreProgress: expected { completed: string[], current?: string | null }; nothing changed.', progress);
    } else if (this.builtIn && !this.content) {
      this.pendingRestore = input;
      this.requestUpdate();
    } else {
      this.applyRestore(input);
    }
  }

  /**
   * Starts the course again: clears progress (and what is stored of it), resets every activity that
   * can be reset (lessons, quizzes, carousels), fires `mhm-progress`. Reflections keep their text
   * unless `clearReflections` is true: only do that when the learner asked for it.
   * @param options `{ clearReflections?: boolean }`.
   */
  startOver(options: { clearReflections?: boolean } = {}): void {
    for (const item of this.items) {
      const element = this.elementOf(item);
      if (!element || item.kind === 'other') {
        continue;
      }
      if (item.kind === 'lesson' || (item.kind === 'reflection' && options.clearReflections !== true)) {
        element.completed = false;
      } else {
        element.reset?.();
      }
    }
    this.completedIds = new Set();
    this.currentId = null;
    this.finished = false;
    this.quizResults = {};
    if (this.notice === 'courseProgressUnreadable') {
      this.notice = undefined;
    }
    const key = this.storageKey;
    if (key) {
      removeItem(key);
    }
    this.emitProgress();
  }

  override render(): TemplateResult {
    const items = this.items;
    const { completed, total, percent, current } = this.progress;
    const done = completed.length;
    const content = this.builtInContent;
    const title = this.heading.trim() || content?.title;
    const progressText = this.localize.term('courseProgress', done, total);
    const loading = this.builtIn && !content && !this.loadFailed;
    return html`<section part="base" class="course ${this.printReflections ? 'print-reflections' : ''} ${loading ? 'loading' : ''}"
      dir=${this.localize.dir()} aria-labelledby=${ifDefined(title ? 'heading' : undefined)} aria-label=${ifDefined(title ? undefined : this.localize.term('course'))}>
      ${this.renderAuthorErrors()}
      <header part="header" class="base alt">
        <div part="heading" class="heading" id="heading" role="heading" aria-level=${this.level} tabindex="-1"
          lang=${ifDefined((!this.heading.trim() && content?.lang) || undefined)} ?hidden=${!title}>${title}</div>
        ${content
          ? html`<p part="summary" class="summary" lang=${content.lang}>${content.summary}</p>`
          : loading
            ? html`<p part="message" class="message" role="status">${this.localize.term('courseLoading')}</p>
                <div class="skeleton"></div>`
            : nothing}
        ${total
          ? html`<div part="progress" class="progress">
                <progress part="progress-bar" max=${total} .value=${done} aria-label=${this.localize.term('courseProgressLabel')}
                  aria-valuetext=${progressText}></progress>
                <p part="progress-text" class="progress-text">${progressText}</p>
              </div>
              ${done && percent < 100
                ? html`<div part="actions" class="actions">
                    <button part="continue-button" class="button primary" type="button" @click=${this.handleContinueClick}>
                      ${this.localize.term('courseContinue')}
                    </button>
                    ${this.renderStartOver(items)}
                  </div>`
                : nothing}
              <nav aria-labelledby="activities-summary">
                <details part="activities">
                  <summary part="activities-summary" id="activities-summary">${this.localize.term('courseActivities')}</summary>
                  <ol part="activity-list" class="activity-list" lang=${ifDefined(content?.lang)}>
                    ${items.map((item, index) => this.renderActivityLink(item, index, current))}
                  </ol>
                </details>
              </nav>`
          : nothing}
      </header>
      ${this.notice
        ? html`<p part="notice" class="notice" role="note"><span aria-hidden="true">ⓘ </span>${this.localize.term(this.notice)}</p>`
        : nothing}
      <slot></slot>
      ${this.builtIn ? this.renderBuiltIn() : nothing} ${percent === 100 ? this.renderCompletion(total, items) : nothing}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </section>`;
  }

  private renderActivityLink({ id, title }: Item, index: number, current: string | null): TemplateResult {
    const done = this.completedIds.has(id);
    const isCurrent = current === id;
    return html`<li>
      <button part="activity-link${done ? ' activity-link-completed' : ''}${isCurrent ? ' activity-link-current' : ''}" class="activity-link"
        type="button" aria-current=${ifDefined(isCurrent ? 'step' : undefined)} @click=${() => this.handleJump(index)}>
        <span class="mark ${done ? 'done' : ''}" aria-hidden="true">${done ? '✓' : index + 1}</span>
        <span>${title}</span>
        <span class="sr-only" lang=${this.localize.lang()}>, ${this.localize.term(done ? 'completed' : 'courseNotCompleted')}</span>
      </button>
    </li>`;
  }

  private renderBuiltIn(): TemplateResult {
    const { content, renderActivities } = this;
    if (this.loadFailed) {
      return html`<div class="base">
        <p part="message" class="message">${this.localize.term('courseLoadFailed')}</p>
        <div class="actions">
          <button part="retry-button" class="button" type="button" @click=${this.handleRetryLoad}>${this.localize.term('tryAgain')}</button>
        </div>
      </div>`;
    }
    return content && renderActivities
      ? renderActivities(content, {
          level: Math.min(this.level + 1, 6),
          completed: this.completedIds,
          courseId: this.storageKey && this.courseId?.trim(),
          passMark: this.passMark,
        })
      : // Where the first activity will be, at least a screen tall: nothing after the course moves in view when it comes.
        html`<div class="base placeholder"><div class="skeleton"></div></div>`;
  }

  private renderCompletion(total: number, items: Item[]): TemplateResult {
    const content = this.builtInContent;
    const quiz = this.quizResult;
    return html`<section part="completion" class="base alt" aria-labelledby="completion-heading">
      <div part="completion-heading" class="completion-heading" id="completion-heading" role="heading" aria-level=${Math.min(this.level + 1, 6)} tabindex="-1"
        lang=${ifDefined(content?.lang)}>${content?.closing.heading ?? this.localize.term('courseCompleteHeading')}</div>
      ${content?.closing.paragraphs.map((paragraph) => html`<p lang=${content.lang}>${paragraph}</p>`)}
      <p>${this.localize.term('courseCompleteSummary', total)}</p>
      ${quiz
        ? html`<p part="quiz-result">
            ${this.localize.term('scoreSummary', quiz.score, quiz.maxScore, quiz.percent)} ${this.quizNotPassed}
          </p>`
        : nothing}
      ${content ? html`<p part="further-learning" lang=${content.lang}>${content.closing.furtherLearning}</p>` : nothing}
      <div class="controls">
        ${items.some((item) => item.kind === 'reflection')
          ? html`<label part="print-reflections" class="check">
              <input type="checkbox" .checked=${this.printReflections} @change=${this.handlePrintReflectionsChange} />
              ${this.localize.term('coursePrintReflections')}
            </label>`
          : nothing}
        <div class="buttons">
          <button part="print-button" class="button primary" type="button" @click=${this.handlePrintClick}>${this.localize.term('coursePrint')}</button>
          ${this.renderStartOver(items)}
        </div>
      </div>
    </section>`;
  }

  private renderStartOver(items: Item[]): TemplateResult {
    if (!this.confirmingStartOver) {
      return html`<button part="start-over-button" class="button" type="button" @click=${() => this.confirmStartOver(true)}>
        ${this.localize.term('courseStartOver')}
      </button>`;
    }
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${this.handleConfirmKeydown}>
      <p id="confirm-question">${this.localize.term('courseStartOverConfirm')}</p>
      ${items.some((item) => item.kind === 'reflection')
        ? html`<label class="check"><input id="clear-reflections" type="checkbox" /> ${this.localize.term('courseStartOverReflections')}</label>`
        : nothing}
      <div class="buttons">
        <button part="confirm-button" class="button primary" type="button" @click=${this.handleConfirmStartOver}>
          ${this.localize.term('courseStartOverYes')}
        </button>
        <button part="cancel-button" class="button" type="button" @click=${() => this.confirmStartOver(false)}>
          ${this.localize.term('courseStartOverNo')}
        </button>
      </div>
    </div>`;
  }
}
