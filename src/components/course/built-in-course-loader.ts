import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CourseContent } from '../../content/course/index.js';
import { fiveReasonsContent } from '../../content/five-reasons/load.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { LocaleLoader } from '../../internal/locale-loader.js';
import type { BuiltInState, renderActivities } from './built-in-course.js';
import { refreshAll, type LocalizeController } from '../../internal/localize.js';
import { CourseFileLoader, type ReportAuthorError } from './course-file-loader.js';

/**
 * Downloads what the built-in course shows, in the course's language: its text (from the course's
 * `contentSource`) with the code that renders its activities (`built-in-course.ts`, a chunk of its
 * own, as only a course without the author's activities needs it), and the five reasons' heading for
 * the list of activities. A newer language wins over a download still in flight. Renders the
 * built-in activities, or what stands in for them.
 */
export class BuiltInCourseLoader {
  /** The built-in course, once loaded, in the language last asked for. */
  private builtIn?: CourseContent;
  /** Renders the built-in activities; downloaded with the text. */
  renderActivities?: typeof renderActivities;
  /** The last download failed: the course offers "Try again". */
  private builtInFailed = false;
  /** Heading of the built-in five reasons; empty until it has loaded (the carousel reports failures itself). */
  private builtInFiveReasonsHeading = '';
  /** The course given as a file (`src`, or a JSON script child) instead of the built-in one. */
  private readonly file: CourseFileLoader;
  /** The course shown comes from a file. */
  private fromFile = false;
  /** The download of the activities' renderer for a course file. */
  private renderer?: Promise<void>;
  /** The language of the built-in content as last rendered, to tell its children when it changes. */
  private renderedLang?: string;

  private readonly contentLoader = new LocaleLoader(
    (locale: string) => Promise.all([this.source().load(locale), import('./built-in-course.js')]),
    (result) => {
      if (result.ok) {
        [this.builtIn, { renderActivities: this.renderActivities }] = result.value;
      } else {
        console.warn('<mhm-course>: the built-in course could not be loaded. Host the whole dist/cdn folder.', result.error);
        this.builtInFailed = true;
      }
      this.host.requestUpdate();
    },
  );

  private readonly fiveReasonsLoader = new LocaleLoader(
    (locale: string) => fiveReasonsContent.load(locale),
    (result) => {
      this.builtInFiveReasonsHeading = result.ok ? result.value.heading : '';
      this.host.requestUpdate();
    },
  );

  /**
   * @param host The course.
   * @param source Where the text comes from: the course's `contentSource`.
   * @param localize The course's localisation (a course file shows in its own language).
   * @param report Shows or clears an author error on the course (a course file's mistakes).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => ContentSource<CourseContent>,
    localize: LocalizeController,
    report: ReportAuthorError,
  ) {
    this.file = new CourseFileLoader(host, localize, report);
  }

  /** The course shown, once loaded: the file's, else the built-in one in the language last asked for. */
  get content(): CourseContent | undefined {
    return this.fromFile ? this.file.course : this.builtIn;
  }

  /** The course could not be loaded: the course says so (and offers "Try again" unless only the author can fix it). */
  get failed(): boolean {
    return this.fromFile ? this.file.status === 'failed' || this.file.status === 'unavailable' : this.builtInFailed;
  }

  /** Heading of the five reasons in the list of activities: the file's, else the built-in one's once loaded. */
  get fiveReasonsHeading(): string {
    const fileReasons = this.fromFile ? this.file.course?.activities.find((activity) => activity.kind === 'five-reasons') : undefined;
    return (fileReasons?.kind === 'five-reasons' && fileReasons.heading) || this.builtInFiveReasonsHeading;
  }

  /**
   * Downloads what is shown in the course's language, unless it already has; call as the course updates.
   * @param lang The course's language tag.
   * @param builtIn Whether the built-in course is shown.
   * @param fiveReasons Whether the five reasons are shown, built in or as the author's own carousel without slides.
   * @param again Whether to download again what was asked for last (another `contentSource`).
   * @param src The course's `src`: a course file to show instead of the built-in course.
   * @returns Whether English stands in for a language the built-in course is not written in.
   */
  request(lang: string, builtIn: boolean, fiveReasons: boolean, again = false, src?: string): boolean {
    if (again) {
      this.reset();
    }
    this.fromFile = builtIn && this.file.update(src);
    const { locale, fallback } = this.source().locale(lang);
    if (fiveReasons && !(this.fromFile && this.fiveReasonsHeading)) {
      this.fiveReasonsLoader.request(fiveReasonsContent.locale(lang).locale);
    }
    if (this.fromFile) {
      // Only the code that renders activities: the file brings the text.
      this.renderer ??= import('./built-in-course.js').then(({ renderActivities }) => {
        this.renderActivities = renderActivities;
        this.host.requestUpdate();
      }, () => (this.renderer = undefined));
      return false;
    }
    if (builtIn && this.contentLoader.request(locale)) {
      this.builtInFailed = false;
    }
    return fallback;
  }

  /** Forgets the language asked for last, so the next `request` downloads again (a retry, another source). */
  reset(): void {
    this.contentLoader.reset();
  }

  /** "Try again" after a failed download. */
  readonly handleRetryClick = (): void => {
    if (this.fromFile) {
      this.file.retry();
      return;
    }
    this.reset();
    this.host.requestUpdate();
  };

  /**
   * Call after each update with the language of the built-in content shown: when it changed, tells
   * the built-in activities, which sit in the course's shadow root where the document's observer
   * cannot see a new `lang`.
   */
  rendered(lang: string | undefined): void {
    if (lang && this.renderedLang && lang !== this.renderedLang) {
      refreshAll();
    }
    this.renderedLang = lang;
  }

  /**
   * Waits for the course's update, then for a download in flight and the update it causes.
   * @param update The course's own `getUpdateComplete`.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await this.contentLoader.settled(update);
    while (this.file.pending || (this.fromFile && !this.renderActivities && this.renderer)) {
      await (this.file.pending ?? this.renderer);
      complete = await this.contentLoader.settled(update);
    }
    return complete;
  }

  /**
   * The built-in activities once loaded; before, a placeholder where the first one will be; after a
   * failed download, the message with "Try again".
   * @param state What the activities take from the course, and its interface text.
   */
  render(state: BuiltInState & { localize: Pick<LocalizeController, 'term'> }): TemplateResult {
    const { content, renderActivities } = this;
    const { localize, ...activities } = state;
    if (this.failed) {
      return html`<div class="base">
        <p part="message" class="message">${localize.term('courseLoadFailed')}</p>
        <div class="actions">
          ${this.fromFile && this.file.status === 'unavailable'
            ? nothing
            : html`<button part="retry-button" class="button" type="button" @click=${this.handleRetryClick}>${localize.term('tryAgain')}</button>`}
        </div>
      </div>`;
    }
    return content && renderActivities
      ? renderActivities(content, activities)
      : // Where the first activity will be, at least a screen tall: nothing after the course moves in view when it comes.
        html`<div class="base placeholder"><div class="skeleton"></div></div>`;
  }
}
