export type SafeUrlResult = { ok: true; url: string } | { ok: false; reason: string };

/**
 * Checks an author-given URL before it becomes a live link or an image source.
 *
 * Relative URLs are allowed; absolute ones only with https, http, mailto or tel. The browser's own
 * URL parser decides the scheme, so obfuscations such as `java\tscript:` or ` JAVASCRIPT:` are
 * caught the same way the browser would read them. The author's text is returned unchanged.
 */
export function safeUrl(value: string): SafeUrlResult {
  const url = value.trim();
  if (!url) {
    return { ok: false, reason: 'it is empty' };
  }
  let protocol: string;
  try {
    // Resolving against an https base: relative URLs come out as https, absolute ones keep theirs.
    protocol = new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    return { ok: false, reason: 'it is not a valid URL' };
  }
  return /^(https?|mailto|tel):$/.test(protocol)
    ? { ok: true, url }
    : { ok: false, reason: `the "${protocol}" scheme is not allowed` };
}
