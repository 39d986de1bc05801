import { safeUrl } from './safe-url.js';

/** How long a file an author names in `src` may take before the learner is told it could not be loaded. */
export const authorFileTimeout = 10_000;

/**
 * Where an author's `src` may be fetched from: an https:, http: or relative URL, on a page that is
 * itself served over http(s) (a relative URL takes the page's scheme, which is not always http: a
 * file: page). Returns the URL, or why it is refused, to finish the author's message (`fromPage`
 * when the address is fine but the page's own scheme cannot fetch it).
 */
export function authorFileUrl(src: string): { url: URL } | { reason: string; fromPage?: true } {
  const checked = safeUrl(src, { schemes: ['https', 'http'] });
  if (!checked.ok) {
    return { reason: checked.reason };
  }
  const url = new URL(checked.url, document.baseURI);
  return /^https?:$/.test(url.protocol) ? { url } : { reason: `the page's "${url.protocol}" scheme cannot serve a file`, fromPage: true };
}

/**
 * Fetches an author's file as text, giving up after `authorFileTimeout`. `request` is the caller's
 * own, so a newer load or leaving the page can abort it; the reason then still says what happened.
 * Never throws: the outcome is the text, or why there is none, to finish the author's message.
 */
export async function fetchAuthorFile(url: URL, request: AbortController): Promise<{ text: string } | { reason: string }> {
  const timer = setTimeout(() => request.abort(), authorFileTimeout);
  try {
    const response = await fetch(url.href, { signal: request.signal, headers: { Accept: 'application/json' } });
    return response.ok ? { text: await response.text() } : { reason: `the server answered ${response.status} ${response.statusText}`.trim() };
  } catch (error) {
    return { reason: request.signal.aborted ? `no answer came within ${authorFileTimeout / 1000} seconds` : `the request failed (${String(error)})` };
  } finally {
    clearTimeout(timer);
  }
}
