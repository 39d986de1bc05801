/** What the URL guard decided: the author's text, unchanged, or why it was refused. */
export type SafeUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/** Which URLs a place accepts. */
export interface SafeUrlOptions {
  /** Schemes allowed in an absolute URL, without the colon. Default: https, http, mailto, tel. */
  schemes?: readonly string[];
  /** Whether a relative URL (resolved against the page) is allowed. Default: true. */
  relative?: boolean;
}

/** What a link may point to: the web, an e-mail address or a phone number. */
export const linkSchemes = ['https', 'http', 'mailto', 'tel'] as const;

/**
 * The one guard every author-given URL passes before it becomes a live link, an image source or a
 * file to fetch. The browser's own URL parser decides the scheme, so obfuscations such as
 * `java\tscript:` or ` JAVASCRIPT:` are read the way the browser would read them. The author's text
 * is returned unchanged.
 *
 * @param value The URL as the author wrote it.
 * @param options The schemes allowed here, and whether a relative URL is.
 */
export function safeUrl(value: string, { schemes = linkSchemes, relative = true }: SafeUrlOptions = {}): SafeUrlResult {
  const url = value.trim();
  if (!url) {
    return { ok: false, reason: 'it is empty' };
  }
  let protocol: string;
  try {
    // With a base, relative URLs come out as https and absolute ones keep their scheme; without
    // one, a relative URL does not parse.
    protocol = new URL(url, relative ? 'https://relative.invalid/' : undefined).protocol;
  } catch {
    return { ok: false, reason: relative ? 'it is not a valid URL' : 'it is not a full address' };
  }
  return schemes.includes(protocol.slice(0, -1))
    ? { ok: true, url }
    : { ok: false, reason: `the "${protocol}" scheme is not allowed here` };
}
