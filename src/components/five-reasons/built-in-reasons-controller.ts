import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { LocaleLoader, type LoadResult } from '../../internal/locale-loader.js';
import type { Slide } from './slides.js';

/**
 * The built-in five reasons the carousel shows when the author wrote no slides: downloaded from the
 * host's content source in the host's language (only that one), a newer language winning over a
 * download still in flight. The host calls `update()` on each update; nothing is downloaded until
 * the built-in text is what it shows.
 */
export class BuiltInReasonsController implements ReactiveController {
  /** Whether the built-in text is what the host shows (it has no children to show). */
  shown = false;
  /** Whether the download of the language last asked for failed. */
  failed = false;
  /** The text, once loaded, in the language last asked for. */
  private content?: FiveReasonsContent;
  private readonly loader = new LocaleLoader(
    (locale: string) => this.source().load(locale),
    (result: LoadResult<FiveReasonsContent>) => this.handleLoad(result),
  );

  /**
   * @param host The carousel.
   * @param source Where the text comes from, read at each download (the host's `contentSource`).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: () => ContentSource<FiveReasonsContent>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The built-in text, when it is what the host shows and has arrived. */
  get text(): FiveReasonsContent | undefined {
    return this.shown ? this.content : undefined;
  }

  /** The built-in slides, when they are what the host shows and have arrived; else none. */
  get slides(): readonly Slide[] {
    return this.shown && !this.failed && this.content ? this.content.reasons : [];
  }

  /** The text's `lang` attribute, which may differ from the page's after a fallback; none for the author's slides. */
  get lang(): string {
    return (this.text?.lang ?? nothing) as string;
  }

  /** The text's `dir` attribute; none for the author's slides. */
  get dir(): 'ltr' | 'rtl' {
    return (this.text?.dir ?? nothing) as 'ltr';
  }

  /**
   * Downloads the text in the host's language when it is what the host shows, unless that language
   * is the one asked for last.
   * @param lang The host's language tag.
   * @param shown Whether the built-in text is what the host shows.
   * @returns What to tell the author when English stands in for a language the text is not written in.
   */
  update(lang: string, shown: boolean): string | undefined {
    this.shown = shown;
    if (!shown) {
      return undefined;
    }
    const { locale, fallback } = this.source().locale(lang);
    if (this.loader.request(locale)) {
      this.failed = false;
    }
    return fallback
      ? `The built-in five reasons are written in ${this.languages()}: showing English. For another language, write the slides as <mhm-slide> children.`
      : undefined;
  }

  /** The content source changed: the next `request()` downloads again, even in the same language. */
  sourceChanged(): void {
    this.loader.reset();
  }

  /**
   * Waits for the host's update, then for a download in flight and the update it causes.
   * @param update The host's own `getUpdateComplete`.
   */
  settled(update: () => Promise<boolean>): Promise<boolean> {
    return this.loader.settled(update);
  }

  /** The languages of the text, named in English for the author: "English, French and Arabic". */
  private languages(): string {
    const names = new Intl.DisplayNames('en', { type: 'language' });
    const list = this.source().locales.map((locale) => names.of(locale) ?? locale);
    return list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list.join('');
  }

  private handleLoad(result: LoadResult<FiveReasonsContent>): void {
    if (result.ok) {
      this.content = result.value;
    } else {
      this.failed = true;
    }
    this.host.requestUpdate();
  }
}
