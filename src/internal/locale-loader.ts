/** What a download ended with. */
export type LoadResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Downloads an element's built-in content for one language at a time: a newer language wins over a
 * download still in flight (its result is dropped), and `settled()` lets `getUpdateComplete` wait
 * for the text, so `await el.updateComplete` means "rendered with its text".
 */
export class LocaleLoader<T> {
  /** The language asked for last. */
  private locale?: string;
  private pending?: Promise<void>;

  /**
   * @param load Downloads the content of one language.
   * @param done Receives the result of the language asked for last.
   */
  constructor(
    private readonly load: (locale: string) => Promise<T>,
    private readonly done: (result: LoadResult<T>) => void,
  ) {}

  /**
   * Downloads a language unless it is the one asked for last.
   * @returns Whether a download started.
   */
  request(locale: string): boolean {
    if (locale === this.locale) {
      return false;
    }
    this.locale = locale;
    const pending: Promise<void> = this.load(locale)
      .then(
        (value): LoadResult<T> => ({ ok: true, value }),
        (error: unknown): LoadResult<T> => ({ ok: false, error }),
      )
      .then((result) => {
        if (this.locale === locale) {
          this.done(result);
        }
        if (this.pending === pending) {
          this.pending = undefined;
        }
      });
    this.pending = pending;
    return true;
  }

  /** Forgets the language asked for last, so asking again downloads again (a retry). */
  reset(): void {
    this.locale = undefined;
  }

  /**
   * Waits for the element's update, then for any download in flight and the update it causes.
   * @param update The element's own `getUpdateComplete`.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.pending) {
      await this.pending;
      complete = await update();
    }
    return complete;
  }
}
