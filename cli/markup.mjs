// The one escape for text the CLI writes into HTML pages and XML files (SCORM manifest, XLIFF).

const entities = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for element content and attribute values, in HTML and in XML alike.
 * @param {unknown} text
 */
export function escapeMarkup(text) {
  return String(text).replace(/[<>&"']/g, (char) => entities[char]);
}
