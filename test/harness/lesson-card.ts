import { elementUpdated } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import { part } from '../support/helpers.js';

/** Drives an <mhm-lesson-card> as a learner does (mark complete, take it back, open and close), and reads what the learner sees. */

/** The "Mark as complete" toggle. */
export const completeButton = (el: Element) => part<HTMLButtonElement>(el, '[part="complete-button"]');

/** The in-place question "Mark this lesson as not complete?" shown after pressing a completed lesson's button. */
export const undoQuestion = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="confirm"]');

/** Presses the "Mark as complete" button once, and waits for the card to render: on a completed lesson this only asks. */
export async function pressComplete(el: HTMLElement): Promise<void> {
  completeButton(el).click();
  await elementUpdated(el);
}

/** Answers the in-place question: "Yes, mark as not complete" or "No, keep it complete". */
export async function answerUndo(el: HTMLElement, yes: boolean): Promise<void> {
  part<HTMLButtonElement>(el, yes ? '[part~="confirm-button"]' : '[part~="cancel-button"]').click();
  await elementUpdated(el);
}

/** Takes a completed lesson back deliberately, as a learner must: press the button, then say yes to the question. */
export async function undoComplete(el: HTMLElement): Promise<void> {
  await pressComplete(el);
  await answerUndo(el, true);
}

/**
 * Marks the lesson complete as a learner who means it; on a completed lesson, takes it back the
 * deliberate way (press, then "Yes, mark as not complete"), so a second call still undoes.
 */
export async function markComplete(el: HTMLElement): Promise<void> {
  const wasCompleted = completeButton(el).getAttribute('aria-pressed') === 'true';
  await (wasCompleted ? undoComplete(el) : pressComplete(el));
}
