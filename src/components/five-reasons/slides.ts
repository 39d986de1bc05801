import { childElements, childNodes } from '../../controllers/children.js';

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
  const elements = childElements(host).filter((child) => child.localName === 'mhm-slide');
  const slides = elements.map((element) => ({ title: element.getAttribute('heading')?.trim() ?? '', element }));
  const stray = childNodes(host).find((node) =>
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

/**
 * Assigns each author slide to the slot of its own panel (the shadow root's slots are assigned
 * manually, `slot data-index="n"` for slide n).
 * @param root The carousel's shadow root.
 * @param slides The slides rendered.
 */
export function assignSlides(root: ParentNode, slides: readonly Slide[]): void {
  for (const slot of root.querySelectorAll<HTMLSlotElement>('slot[data-index]')) {
    const slide = slides[Number(slot.dataset.index)]?.element;
    if (slide && slot.assignedNodes()[0] !== slide) {
      slot.assign(slide);
    }
  }
}

/**
 * The slide a key moves the picker to, as in tabs: the arrow keys (mirrored right to left) move one
 * tab, wrapping; Home and End go to the first and the last.
 * @param event The key pressed on the picker.
 * @param current The slide shown.
 * @param count The number of slides.
 * @param rtl Whether the picker reads right to left.
 * @returns The slide, or undefined for a key the picker leaves alone (with a modifier too).
 */
export function pickerTarget(event: KeyboardEvent, current: number, count: number, rtl: boolean): number | undefined {
  const forward = rtl ? -1 : 1;
  const target = ({ ArrowRight: current + forward, ArrowLeft: current - forward, Home: 0, End: count - 1 } as Record<string, number>)[event.key];
  return target === undefined || event.altKey || event.ctrlKey || event.metaKey ? undefined : (target + count) % count;
}

/** How an author's stray text is named in a message: its start. */
function describeText(text: string): string {
  text = text.trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
