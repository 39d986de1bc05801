import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FiveReasonsContent } from '../../content/five-reasons/types.js';
import type { ContentSource } from '../../internal/built-in-content.js';
import { LocaleLoader, type LoadResult } from '../../internal/locale-loader.js';

/**
 * The built-in five reasons the carousel shows when the author wrote no slides: downloaded from the
 * host's content source in the host's language (only that one), a newer language winning over a
 * download still in flight. The host asks with `request(lang)` on each update while the built-in
 * text is what it shows; nothing is downloaded before that.
 */
export class BuiltInReasonsController implements ReactiveController {
  /** The text, once loaded, in the language last asked for. */
  content?: FiveReasonsContent;
  /** Whether the download of the language last asked for failed. */
  failed = false;
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

  /**
   * What to tell the author when English stands in for a language the built-in text is not written in.
   * @param lang The host's language tag.
   */
  fallbackFix(lang: string): string | undefined {
    return this.source().locale(lang).fallback
      ? 'The built-in five reasons are written in English, French, Arabic, Portuguese and Spanish: showing English. For another language, write the slides as <mhm-slide> children.'
      : undefined;
  }

  /**
   * Downloads the text in the language for `lang`, unless it is the one asked for last.
   * @param lang The host's language tag.
   */
  request(lang: string): void {
    if (this.loader.request(this.source().locale(lang).locale)) {
      this.failed = false;
    }
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

  private handleLoad(result: LoadResult<FiveReasonsContent>): void {
    if (result.ok) {
      this.content = result.value;
    } else {
      this.failed = true;
    }
    this.host.requestUpdate();
  }
}
