import { elementUpdated } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import { part } from '../support/helpers.js';

/** Drives an <mhm-lesson-card> as a learner does (mark complete, take it back, open and close), and reads what the learner sees. */

/** The "Mark as complete" button, shown while the lesson is not complete. */
export const completeButton = (el: Element) => part<HTMLButtonElement>(el, '[part~="complete-button"]');

/** The "Mark as not complete" button, shown beside the status once the lesson is complete. */
export const undoButton = (el: Element) => part<HTMLButtonElement>(el, '[part~="undo-button"]');

/** The footer's "✓ Completed" status, or null while the lesson is not complete. */
export const completeStatus = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="complete-status"]');

/** Whether the card shows its lesson as complete (the status in the footer). */
export const isMarkedComplete = (el: Element) => completeStatus(el) !== null;

/** Presses "Mark as not complete", the deliberate undo, and waits for the card to render. */
export async function undoComplete(el: HTMLElement): Promise<void> {
  undoButton(el).click();
  await elementUpdated(el);
}

/**
 * Presses "Mark as complete", and waits for the card to render; on a completed lesson, presses
 * "Mark as not complete" instead, as a learner taking it back does, so a second call still undoes.
 */
export async function markComplete(el: HTMLElement): Promise<void> {
  if (isMarkedComplete(el)) {
    await undoComplete(el);
    return;
  }
  completeButton(el).click();
  await elementUpdated(el);
}
