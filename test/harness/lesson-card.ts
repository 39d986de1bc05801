import { elementUpdated } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import { part } from '../support/helpers.js';

/** Drives an <mhm-lesson-card> as a learner does (mark complete, open and close), and reads what the learner sees. */

/** The "Mark as complete" toggle. */
export const completeButton = (el: Element) => part<HTMLButtonElement>(el, '[part="complete-button"]');

/** Presses "Mark as complete" (or presses it again to take it back), and waits for the card to render. */
export async function markComplete(el: HTMLElement): Promise<void> {
  completeButton(el).click();
  await elementUpdated(el);
}
