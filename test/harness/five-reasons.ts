import { elementUpdated, fixture, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import type { MhmSlideChangeDetail } from '../../src/events/slide-change.js';
import { part, textOf } from '../support/helpers.js';


/** Drives an <mhm-five-reasons> carousel as a learner does (buttons, picker, swipes, scrolling), and reads what the learner sees. */

/** A fixture that waits for the built-in slides to load too. */
export async function carousel(template: TemplateResult): Promise<MhmFiveReasons> {
  const el = await fixture<MhmFiveReasons>(template);
  await el.updateComplete;
  return el;
}

/** The first `mhm-five-reasons` inside a wrapper fixture, once its slides are there. */
export async function inside(template: TemplateResult): Promise<MhmFiveReasons> {
  const wrapper = await fixture(template);
  const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
  await el.updateComplete;
  return el;
}

export function slides(el: Element): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="slide"]')];
}

export function tabs(el: Element): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

/** Really seen: displayed and not `visibility: hidden` (the inactive slides' way of hiding). */
export function seen(element: Element): boolean {
  return element.checkVisibility({ visibilityProperty: true });
}

/** Ends the cross-fade at once, as if its 0.3 s had passed: half-faded text has low contrast. */
export function settle(el: Element): void {
  for (const animation of el.shadowRoot!.getAnimations()) {
    animation.finish();
  }
}

/** Indexes of the slides a sighted user sees once the cross-fade is over. */
export function seenSlides(el: Element): number[] {
  settle(el);
  return slides(el).flatMap((slide, index) => (seen(slide) ? [index] : []));
}

/** What has focus inside the element: a tab's id, a part name, or a light-DOM element's tag. */
export function focused(el: Element): string {
  const active = el.shadowRoot!.activeElement;
  if (active) {
    return active.id || active.getAttribute('part') || active.localName;
  }
  return el.contains(document.activeElement) ? document.activeElement!.localName : 'nothing inside';
}

/** The text of the slide shown: its heading and body (slotted author content included). */
export function shownText(el: Element): string {
  const slide = el.shadowRoot!.querySelector('[part~="slide-active"]')!;
  const slot = slide.querySelector('slot');
  const body = slot ? slot.assignedElements().map((node) => textOf(node)).join(' ') : textOf(slide.querySelector('[part="slide-body"]'));
  return `${textOf(slide.querySelector('[part="slide-heading"]'))} | ${body}`;
}

export function button(el: Element, name: 'previous-button' | 'next-button' | 'rotation-button' | 'view-toggle'): HTMLButtonElement {
  return part<HTMLButtonElement>(el, `[part~="${name}"]`);
}

/** Records every `mhm-slide-change` detail of an element. */
export function recordChanges(el: HTMLElement): MhmSlideChangeDetail[] {
  const changes: MhmSlideChangeDetail[] = [];
  el.addEventListener('mhm-slide-change', (event) => changes.push(event.detail));
  return changes;
}

/** A touch swipe from one point to another, as pointer events on `target` (what a finger sends). */
export function swipe(target: Element, from: [number, number], to: [number, number], pointerType = 'touch'): void {
  const init = { bubbles: true, composed: true, cancelable: true, pointerId: 7, isPrimary: true, button: 0, pointerType };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: from[0], clientY: from[1] }));
  target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: to[0], clientY: to[1] }));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to[0], clientY: to[1] }));
}

/** The centre of an element in viewport pixels, for the real mouse. */
export function centre(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Waits two frames: the browser has then worked out what is on screen and told observers. */
export async function painted(): Promise<void> {
  await nextFrame();
  await nextFrame();
}

/** Scrolls the page as a learner does, until `element` is in the middle of the window. */
export async function scrollToCentre(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  await painted();
}

/** Scrolls the page until only the top `pixels` of `element` show at the bottom of the window. */
export async function scrollToPeek(element: Element, pixels: number): Promise<void> {
  window.scrollBy(0, element.getBoundingClientRect().top - innerHeight + pixels);
  await painted();
}

/** Records every `mhm-complete` an element fires. */
export function recordCompletions(el: HTMLElement): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener('mhm-complete', (event) => events.push(event));
  return events;
}

/** Presses "View as list" (or "View as carousel"), and waits for the carousel to render. */
export async function viewAsList(el: HTMLElement): Promise<void> {
  button(el, 'view-toggle').click();
  await elementUpdated(el);
}
