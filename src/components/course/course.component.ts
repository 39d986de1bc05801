import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AnnouncerController } from '../../controllers/announcer.js';
import { ConfirmController } from '../../controllers/confirm.js';
import { FocusController } from '../../controllers/focus.js';
import { courseContent, type CourseContent } from '../../content/course/index.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { MhmElement } from '../../internal/mhm-element.js';
import { renderNotice } from '../../internal/notice.js';
import blockStyles from '../../styles/blocks.styles.js';
import hostStyles from '../../styles/host.styles.js';
import skeletonStyles from '../../styles/skeleton.styles.js';
import type { MhmCompleteDetail } from '../../events/complete.js';
import type { MhmCourseQuizResult } from '../../events/course-complete.js';
import type {} from '../../events/activity-change.js';
import type {} from '../../events/progress.js';
// The built-in course is made of the four activities and cannot work without them, so the class
// brings their registrations along (they are listed in sideEffects, so bundlers keep them).
import '../five-reasons/five-reasons.js';
import '../lesson-card/lesson-card.js';
import '../quiz/quiz.js';
import '../reflection-prompt/reflection-prompt.js';
import { BuiltInCourseLoader } from './built-in-course-loader.js';
import { CourseActivities } from './course-activities.js';
import { checkToolkitHref, makeRoomForNote, printRecord, progressAnnouncement, renderClosing, renderStartOver } from './course-closing.js';
import { renderHeader } from './course-header.js';
import { CourseNavigation } from './course-navigation.js';
import { readProgressInput, type MhmCourseActivity, type MhmCourseProgress, type MhmCourseProgressInput } from './course-model.js';
import { CourseProgressStore } from './course-progress-store.js';
import { CourseSupport } from './course-support.js';
import styles from './course.styles.js';

export type { MhmCourseActivity, MhmCourseActivityKind, MhmCourseProgress, MhmCourseProgressInput } from './course-model.js';

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
 * course is shown after whatever the slot holds, or the course in a `<script type="application/json">` child (the `src` format, inline).
 * @slot support - Where to get help, for the whole course: shown under "Need to talk to someone?" in the header. Children with a `lang` (one per country or language) show only in the page's language when one matches, else all.
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
 * @csspart completion-note - "You have completed the course" and its button, at the bottom of the screen while the closing panel is below.
 * @csspart completion-note-button - "See your record": brings the closing panel into view.
 * @csspart completion - The closing panel, once every activity is complete.
 * @csspart completion-heading - Its heading.
 * @csspart quiz-result - The quiz score in the closing panel, and a word of encouragement when its pass mark was not reached.
 * @csspart further-learning - Where to go further (the built-in course's K-par-Cas 2 note).
 * @csspart toolkit-link - The link to K-par-Cas 2 in it, when `toolkit-href` is set.
 * @csspart print-reflections - The "Include my reflections" checkbox and its label.
 * @csspart print-button - "Print a record".
 * @csspart start-over-button - "Start over".
 * @csspart confirm - The in-place question before starting over.
 * @csspart confirm-button - "Yes, start over".
 * @csspart cancel-button - "Cancel".
 * @csspart author-error - The message shown in place when the author's markup has a mistake.
 * @csspart help - The header's help disclosure (`details`): the `support` slot, or a general note, and the `support-href` link.
 * @csspart help-summary - Its `summary`, "Need to talk to someone?".
 * @csspart help-body - The help under it.
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

  /** Help for the whole course, `https:` or `tel:` only: linked from the header, every reflection without its own and every content note. */
  @property({ attribute: 'support-href' }) supportHref?: string;

  /** Text of the help link, e.g. "Call the Accra helpline, 0800 000 000". */
  @property({ attribute: 'support-label' }) supportLabel?: string;

  /** A course file (JSON, docs/translating.md) shown instead of the built-in course: https, http or relative; the only request the course makes. */
  @property() src?: string;
  /** Full `https:` address of IOM's K-par-Cas 2 toolkit, linked from the built-in course's closing text. */
  @property({ attribute: 'toolkit-href' }) toolkitHref?: string;

  /**
   * Where the built-in course text comes from: `courseContent`, one download per language. Tests, and
   * partners who host the text elsewhere, give another `ContentSource`. JavaScript only (no attribute).
   */
  @property({ attribute: false }) contentSource: ContentSource<CourseContent> = courseContent;

  @state() private printReflections = false;

  /** Validated heading level and toolkit link used by render. */
  private level = 2;
  private toolkitUrl?: string;

  private readonly builtInCourse = new BuiltInCourseLoader(this, () => this.contentSource, this.localize, (attribute, value, fix) => this.report(attribute, value, fix));
  private readonly activityList: CourseActivities = new CourseActivities(this, {
    builtIn: () => this.builtInCourse.content?.activities,
    fiveReasonsHeading: () => this.builtInCourse.fiveReasonsHeading,
    localize: this.localize,
    report: (attribute, value, fix) => this.report(attribute, value, fix),
    isCompleted: (id): boolean => this.store.completed.has(id),
    restoredQuizzes: (found) => this.store.takeRestored(found),
  });
  private readonly store: CourseProgressStore = new CourseProgressStore(this, () => this.activityList.items.map((item) => item.id));
  private readonly navigation = new CourseNavigation(this, this.activityList, this.store, (activityId, index) =>
    this.emit('mhm-activity-change', { id: this.id, activityId, index }),
  );
  private readonly support = new CourseSupport(this, this.localize, (attribute, value, fix) => this.report(attribute, value, fix));
  private readonly announcer = new AnnouncerController(this);
  private readonly focusing = new FocusController(this);
  private readonly confirm = new ConfirmController(this, 'start-over-button', () => this.handleConfirmStartOver());

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mhm-complete', this.handleComplete);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mhm-complete', this.handleComplete);
  }

  /** Also waits for the built-in course to load, so tests and partners can await one promise. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.builtInCourse.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { theme, passMark } = this;
    this.level = this.checkHeadingLevel(this.headingLevel, 2);
    this.report('theme', theme, !(theme == null || theme === 'light' || theme === 'dark') && 'Use theme="light" or theme="dark"; the device decides meanwhile.');
    this.report('course-id', this.getAttribute('course-id'), this.persist && !this.courseId?.trim() && 'persist needs a course-id="…" unique on the site. Nothing is stored meanwhile.');
    this.report('pass-mark', this.getAttribute('pass-mark') ?? passMark, !(passMark == null || (passMark >= 0 && passMark <= 100)) && 'Use a percentage from 0 to 100. No pass mark meanwhile.');
    this.support.check();
    this.toolkitUrl = checkToolkitHref((attribute, value, fix) => this.report(attribute, value, fix), this.toolkitHref);
    this.loadBuiltIn(changed.has('contentSource') && this.hasUpdated);
    if (this.activityList.items.length > 0) {
      const followed = this.store.follow(CourseProgressStore.keyFor(this.persist, this.courseId), this.courseId?.trim());
      if (this.store.applyPending() || followed) {
        this.activityList.showCompleted(this.store.completed);
      }
    }
  }

  protected override updated(): void {
    this.builtInCourse.rendered(this.builtInContent?.lang);
    // Before the built-in reflections read their copies, in their first update after this one.
    this.store.adoptReflections(() => this.activityList.items.filter((item) => item.kind === 'reflection' && !item.element).map((item) => item.id));
    if (this.store.saveApplied()) {
      this.emitProgress();
    }
  }

  /** Loads the built-in course (and the five reasons' heading) in the course's language when they are shown. */
  private loadBuiltIn(sourceChanged: boolean): void {
    const lang = this.localize.lang();
    const { builtIn, showsFiveReasons } = this.activityList;
    const fallback = this.builtInCourse.request(lang, this.isConnected && builtIn, this.isConnected && showsFiveReasons, sourceChanged, this.src);
    this.report('lang', lang, builtIn && fallback && 'The built-in course is in English, French and Arabic: use one, or your own activities. Showing English meanwhile.');
  }

  private emitProgress(): void {
    const { completed, total, percent } = this.progress;
    this.emit('mhm-progress', { id: this.id, completed: completed.length, total, percent, completedIds: completed });
  }

  /** The built-in course when it is shown and loaded. */
  private get builtInContent(): CourseContent | undefined {
    return this.activityList.builtIn ? this.builtInCourse.content : undefined;
  }

  /** The result `mhm-course-complete` and the closing panel report. */
  private get quizResult(): MhmCourseQuizResult | null {
    return this.store.quizResult(this.activityList.idsOf('quiz'));
  }

  /** An activity (the course's own, never a nested one) fired `mhm-complete`. */
  private readonly handleComplete = (event: CustomEvent<MhmCompleteDetail>): void => {
    const item = this.activityList.itemOf(event.composedPath()[0]);
    if (!item) {
      return;
    }
    if (!this.store.take(item.id, item.kind, event.detail, this.activityList.elementOf(item)?.attemptsLeft === 0)) {
      this.store.save();
      return;
    }
    const { id, kind } = item;
    const done = this.store.completed.has(id);
    const { total, percent } = this.progress;
    const firstTime = percent === 100 && !this.store.finished;
    this.store.finished ||= firstTime;
    this.store.save();
    this.emitProgress();
    if (firstTime) {
      this.emit('mhm-course-complete', { id: this.id, total, quiz: this.quizResult });
      void this.updateComplete.then(() => makeRoomForNote(this));
    }
    this.announcer.announce(progressAnnouncement(this.localize, this.progress, this.quizResult));
    // A learner who finishes a reflection ("Done", or "Continue without writing") moves on: to the
    // next activity, or to the closing panel once the course is complete, which may be far below.
    // A lesson's toggle stays put until the last one; a quiz keeps focus on its own result.
    const items = this.activityList.items;
    if (done && kind !== 'quiz' && this.activityList.elementOf(item)?.matches(':focus-within')) {
      const following = items.findIndex((candidate) => candidate.id === id) + 1;
      if (percent === 100) {
        this.focusing.focusAfterUpdate('#completion-heading');
      } else if (kind === 'reflection' && following < items.length) {
        this.navigation.jumpTo(following);
      }
    }
  };

  private handlePrintReflectionsChange(event: Event): void {
    this.printReflections = (event.target as HTMLInputElement).checked;
  }

  private handleStartOverClick(): void {
    this.confirm.ask();
  }

  private handleConfirmStartOver(): void {
    this.startOver({ clearReflections: this.renderRoot.querySelector<HTMLInputElement>('#clear-reflections')?.checked });
    this.announcer.announce(this.localize.term('courseStartedOver'));
    this.focusing.focusAfterUpdate('#heading');
  }

  /** Every activity, in course order, with its kind, title and whether it is complete. */
  get activities(): ReadonlyArray<MhmCourseActivity> {
    return this.activityList.items.map(({ id, kind, title }) => ({ id, kind, title, completed: this.store.completed.has(id) }));
  }

  /** The learner's progress: complete activity ids in course order, the total, a percentage and the current activity. */
  get progress(): MhmCourseProgress {
    return this.store.progress;
  }

  /**
   * The id of the course's own activity that `element` is, or null for anything else: a quiz
   * elsewhere on the page, or one nested inside an activity. Given an event's `composedPath()[0]`,
   * it tells whether one of the course's activities fired it (the LMS bridges record only those).
   * @param element the element to look up, e.g. `event.composedPath()[0]`
   */
  activityIdOf(element: EventTarget | null | undefined): string | null {
    return this.activityList.itemOf(element)?.id ?? null;
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
    } else if (this.activityList.builtIn && !this.builtInCourse.content) {
      this.store.restoreLater(input);
    } else {
      this.store.restore(input);
      this.activityList.showCompleted(this.store.completed);
      this.store.save();
      this.emitProgress();
    }
  }

  /**
   * Starts the course again: clears progress (and what is stored of it), resets every activity that
   * can be reset (lessons, quizzes, carousels), fires `mhm-progress`. Reflections keep their text
   * unless `clearReflections` is true: only do that when the learner asked for it.
   * @param options `{ clearReflections?: boolean }`.
   */
  startOver(options: { clearReflections?: boolean } = {}): void {
    this.activityList.reset(options.clearReflections === true);
    this.store.clear();
    this.emitProgress();
  }

  override render(): TemplateResult {
    const title = this.heading.trim() || this.builtInContent?.title;
    const loading = this.activityList.builtIn && !this.builtInContent && !this.builtInCourse.failed;
    return html`<section part="base" class="course ${[this.printReflections && 'print-reflections', loading && 'loading'].filter(Boolean).join(' ')}"
      lang=${this.localize.lang()} dir=${this.localize.dir()} aria-labelledby=${ifDefined(title ? 'heading' : undefined)} aria-label=${ifDefined(title ? undefined : this.localize.term('course'))}>
      ${this.renderAuthorErrors()}
      ${renderHeader({
        localize: this.localize,
        title,
        authorTitle: !!this.heading.trim(),
        level: this.level,
        content: this.builtInContent,
        loading,
        items: this.activityList.items,
        completed: this.store.completed,
        progress: this.progress,
        startOver: this.renderStartOver(),
        help: this.support.render(),
        onContinue: this.navigation.handleContinueClick,
        onJump: this.navigation.handleLinkClick,
      })}
      ${this.store.notice ? renderNotice(this.localize.term(this.store.notice)) : nothing}
      <slot></slot>
      ${this.activityList.builtIn
        ? this.builtInCourse.render({
            localize: this.localize,
            level: Math.min(this.level + 1, 6),
            completed: this.store.completed,
            courseId: this.store.key && this.courseId?.trim(),
            passMark: this.passMark,
            support: this.support.contact,
          })
        : nothing} ${this.progress.percent === 100 ? this.renderClosing() : nothing}
      ${this.announcer.render()}
    </section>`;
  }

  private renderClosing(): TemplateResult {
    return renderClosing({
      localize: this.localize,
      level: Math.min(this.level + 1, 6),
      total: this.progress.total,
      content: this.builtInContent,
      quiz: this.quizResult,
      hasReflections: this.activityList.idsOf('reflection').length > 0,
      printReflections: this.printReflections,
      onPrint: printRecord,
      onPrintReflectionsChange: this.handlePrintReflectionsChange,
      startOver: this.renderStartOver(),
      toolkitUrl: this.toolkitUrl,
    });
  }

  private renderStartOver(): TemplateResult {
    return renderStartOver(this.confirm, this.localize, this.activityList.idsOf('reflection').length > 0, this.handleStartOverClick);
  }
}
