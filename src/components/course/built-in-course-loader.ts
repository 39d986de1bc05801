import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CourseContent } from '../../content/course/index.js';
import { fiveReasonsContent } from '../../content/five-reasons/load.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { LocaleLoader } from '../../internal/locale-loader.js';
import type { BuiltInState, renderActivities } from './built-in-course.js';
import { refreshAll, type LocalizeController } from '../../internal/localize.js';

/**
 * Downloads what the built-in course shows, in the course's language: its text (from the course's
 * `contentSource`) with the code that renders its activities (`built-in-course.ts`, a chunk of its
 * own, as only a course without the author's activities needs it), and the five reasons' heading for
 * the list of activities. A newer language wins over a download still in flight. Renders the
 * built-in activities, or what stands in for them.
 */
export class BuiltInCourseLoader {
  /** The built-in course, once loaded, in the language last asked for. */
  content?: CourseContent;
  /** Renders the built-in activities; downloaded with the text. */
  renderActivities?: typeof renderActivities;
  /** The last download failed: the course offers "Try again". */
  failed = false;
  /** Heading of the built-in five reasons; empty until it has loaded (the carousel reports failures itself). */
  fiveReasonsHeading = '';
  /** The language of the built-in content as last rendered, to tell its children when it changes. */
  private renderedLang?: string;

  private readonly contentLoader = new LocaleLoader(
    (locale: string) => Promise.all([this.source().load(locale), import('./built-in-course.js')]),
    (result) => {
      if (result.ok) {
        [this.content, { renderActivities: this.renderActivities }] = result.value;
      } else {
        console.warn('<mhm-course>: the built-in course could not be loaded. Host the whole dist/cdn folder.', result.error);
        this.failed = true;
      }
      this.host.requestUpdate();
    },
  );

  private readonly fiveReasonsLoader = new LocaleLoader(
    (locale: string) => fiveReasonsContent.load(locale),
    (result) => {
      this.fiveReasonsHeading = result.ok ? result.value.heading : '';
      this.host.requestUpdate();
    },
  );

  /**
   * @param host The course.
   * @param source Where the text comes from: the course's `contentSource`.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => ContentSource<CourseContent>,
  ) {}

  /**
   * Downloads what is shown in the course's language, unless it already has; call as the course updates.
   * @param lang The course's language tag.
   * @param builtIn Whether the built-in course is shown.
   * @param fiveReasons Whether the five reasons are shown, built in or as the author's own carousel without slides.
   * @param again Whether to download again what was asked for last (another `contentSource`).
   * @returns Whether English stands in for a language the built-in course is not written in.
   */
  request(lang: string, builtIn: boolean, fiveReasons: boolean, again = false): boolean {
    if (again) {
      this.reset();
    }
    const { locale, fallback } = this.source().locale(lang);
    if (fiveReasons) {
      this.fiveReasonsLoader.request(fiveReasonsContent.locale(lang).locale);
    }
    if (builtIn && this.contentLoader.request(locale)) {
      this.failed = false;
    }
    return fallback;
  }

  /** Forgets the language asked for last, so the next `request` downloads again (a retry, another source). */
  reset(): void {
    this.contentLoader.reset();
  }

  /** "Try again" after a failed download. */
  readonly handleRetryClick = (): void => {
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
  settled(update: () => Promise<boolean>): Promise<boolean> {
    return this.contentLoader.settled(update);
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
          <button part="retry-button" class="button" type="button" @click=${this.handleRetryClick}>${localize.term('tryAgain')}</button>
        </div>
      </div>`;
    }
    return content && renderActivities
      ? renderActivities(content, activities)
      : // Where the first activity will be, at least a screen tall: nothing after the course moves in view when it comes.
        html`<div class="base placeholder"><div class="skeleton"></div></div>`;
  }
}
