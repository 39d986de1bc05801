/**
 * Registers a custom element unless the tag is already taken, so a partner page that loads the
 * bundle twice (two plugins, the CDN file beside an npm build) keeps working.
 */
export function define(tagName: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tagName)) {
    customElements.define(tagName, constructor);
  }
}
