/** One slide as rendered: the built-in text, or an author's `<mhm-slide>` to slot. */
export interface Slide {
  title: string;
  body?: string;
  element?: Element;
}

/** A child of the carousel that is not shown: how the author's message names it, and the fix. */
export interface StrayChild {
  name: string;
  fix: string;
}

/**
 * The author's slides: the `<mhm-slide>` children of the carousel, and the first other child (an
 * element, or text that is not blank) that would not be shown.
 * @param host The carousel.
 */
export function readAuthorSlides(host: Element): { slides: Slide[]; stray?: StrayChild } {
  const elements = [...host.children].filter((child) => child.localName === 'mhm-slide');
  const slides = elements.map((element) => ({ title: element.getAttribute('heading')?.trim() ?? '', element }));
  const stray = [...host.childNodes].find((node) =>
    node instanceof Element ? node.localName !== 'mhm-slide' : node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
  );
  if (!stray) {
    return { slides };
  }
  return {
    slides,
    stray: {
      name: stray instanceof Element ? `<${stray.localName}>` : describeText(stray.textContent!),
      fix: slides.length
        ? 'Only <mhm-slide> children are shown: put this inside one.'
        : 'Put each slide in <mhm-slide heading="…">…</mhm-slide>, or leave the element empty for the built-in five reasons. No slide is shown meanwhile.',
    },
  };
}

/**
 * The slide `start` shows, and what to tell the author when it is not one of the slides.
 * @param start The `start` property.
 * @param count The number of slides, 1 at least.
 */
export function readStart(start: number, count: number): { index: number; fix?: string } {
  const last = count - 1;
  const finite = Number.isFinite(start);
  const index = finite ? Math.min(Math.max(Math.round(start), 0), last) : 0;
  if (index === start) {
    return { index };
  }
  return {
    index,
    fix: `Use a whole number from 0 to ${last} (0 is the first slide). ${finite ? `Using start="${index}"` : 'Showing the first slide'} meanwhile.`,
  };
}

/** How an author's stray text is named in a message: its start. */
function describeText(text: string): string {
  text = text.trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
