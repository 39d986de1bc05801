import type { ReactiveControllerHost } from 'lit';
import { childElements } from '../../controllers/children.js';
import type { CourseContent } from '../../content/course/index.js';
import { uiLocales, type LocalizeController } from '../../internal/localize.js';
import { authorFileUrl, fetchAuthorFile } from '../../internal/author-file.js';

/** Records an author's mistake at `attribute`, or clears it when `fix` is false (`MhmElement.report`). */
export type ReportAuthorError = (attribute: string, value: unknown, fix: string | false) => void;

/**
 * A course given as a file: `<mhm-course src="course-ha.json">` (the only request the course then
 * makes, with the quiz's `src` rules: https, http or relative, 10 seconds at most, aborted when the
 * course leaves the page or `src` changes), or a `<script type="application/json">` child with the
 * same JSON (no request at all: a page or the offline file carries the course inline). `src` wins
 * when both are there.
 *
 * The file is checked (`internal/course-file.ts`); its mistakes are author errors with the JSON's
 * line and column or each mistake's path. Its `ui` becomes the interface text of its language for
 * every element of the course (keys it lacks: one author error listing them), and the course shows
 * in the file's language and direction, whatever the page's `lang`.
 */
export class CourseFileLoader {
  /** The file's course, once loaded and checked. */
  course?: CourseContent;
  /** `loading` while the file loads; `failed` when it could not be loaded or used; `unavailable` when `src` can name no file. */
  status?: 'loading' | 'failed' | 'unavailable';

  /** What was read last: the `src` address or the script's text, so each is read once. */
  private read?: string;
  private request?: AbortController;
  /** The read in progress, for `settled`. */
  pending?: Promise<void>;

  /**
   * @param host The course.
   * @param localize The course's localisation, shown in the file's language.
   * @param report Shows or clears an author error on the course.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController,
    private readonly report: ReportAuthorError,
  ) {
    host.addController(this);
  }

  /**
   * Reads the course from `src`, else from the JSON script child, unless it already has.
   * @param src The course's `src` attribute.
   * @returns Whether the course comes from a file (else the built-in course is shown).
   */
  update(src: string | undefined): boolean {
    const script = src == null ? childElements(this.host).find((child) => child.localName === 'script' && child.getAttribute('type') === 'application/json') : undefined;
    const read = src != null ? `src:${src}` : script ? `script:${script.textContent ?? ''}` : undefined;
    if (read !== this.read && this.host.isConnected) {
      this.read = read;
      this.stop();
      this.course = undefined;
      this.report('src', null, false);
      this.report('ui', null, false);
      this.localize.prefer();
      const pending: Promise<void> = (src != null ? this.load(src) : script ? this.use(script.textContent, 'script', 'the <script type="application/json"> child') : Promise.resolve()).then(() => {
        if (this.pending === pending) {
          this.pending = undefined;
        }
      });
      this.pending = pending;
    }
    return read !== undefined;
  }

  /** "Try again": reads the file again. */
  readonly retry = (): void => {
    this.read = undefined;
    this.host.requestUpdate();
  };

  /** The course left the page: stops a load in progress, to start again when it comes back. */
  hostDisconnected(): void {
    if (this.request) {
      this.stop();
      this.read = undefined;
    }
  }

  private stop(): void {
    this.request?.abort();
    this.request = undefined;
    this.setStatus(undefined);
  }

  private setStatus(status: CourseFileLoader['status']): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /**
   * Checks the file's text; uses its course, or says what is wrong with it. The checker and the
   * interface-text compiler are downloaded now: a course without a file never needs them.
   */
  private async use(text: string | null, attribute: string, where: string): Promise<void> {
    let modules;
    try {
      modules = await Promise.all([import('../../internal/course-file.js'), import('../../internal/register-translation.js')]);
    } catch (error) {
      this.report(attribute, where, `The code that reads course files could not be loaded (${String(error)}). Host the whole dist/cdn folder.`);
      this.setStatus('failed');
      return;
    }
    const [{ readCourseFile }, { registerUi }] = modules;
    const result = readCourseFile(text);
    if (!result.ok) {
      const html = /^\s*</.test(text ?? '') && attribute === 'src' ? ' The server sent a web page (often its "page not found" or sign-in page), not the course file: check the address.' : '';
      this.report(attribute, where, `The course file cannot be used: ${result.problems.join('; ')}.${html} Fix the file (docs/translating.md describes it); nothing is shown meanwhile.`);
      this.setStatus('failed');
      return;
    }
    const { course } = result;
    const read = this.read;
    const lang = course.lang.toLowerCase();
    if (course.ui) {
      const { missing, problems } = await registerUi(course.lang, course.ui);
      const fix = [...problems, missing.length && `it has no text for ${missing.join(', ')}, so English is shown for them`].filter(Boolean);
      this.report('ui', `${missing.length + problems.length} interface texts`, fix.length > 0 && `The course file's "ui": ${fix.join('; ')}. Run "npx mhm-elements translate export" for a file with every text.`);
    } else if (!uiLocales.includes(lang.split('-')[0]) && !/^en(-|$)/.test(lang)) {
      this.report('ui', null, `The course file in "${course.lang}" has no "ui", so buttons and messages are in English. Add its interface text (npx mhm-elements translate export).`);
    }
    if (read !== this.read) {
      return;
    }
    this.course = course;
    this.localize.prefer(course.lang, course.dir);
    this.setStatus(undefined);
  }

  /** Fetches `src`, at most once at a time; gives up after `authorFileTimeout`. */
  private async load(src: string): Promise<void> {
    const target = authorFileUrl(src);
    if ('reason' in target) {
      const reason = target.fromPage ? `${target.reason} (put the course inline in a <script type="application/json"> child)` : target.reason;
      this.report('src', src, `It is not loaded because ${reason}: use an https:, http: or relative URL of a course file.`);
      this.setStatus('unavailable');
      return;
    }
    const request = (this.request = new AbortController());
    this.setStatus('loading');
    const result = await fetchAuthorFile(target.url, request);
    if (request !== this.request) {
      return;
    }
    this.request = undefined;
    if ('reason' in result) {
      this.report('src', src, `The course file could not be loaded: ${result.reason}. Check the address, and that its server lets this page read it (CORS).`);
      this.setStatus('failed');
    } else {
      await this.use(result.text, 'src', src);
    }
  }
}
