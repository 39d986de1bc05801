import sinon from 'sinon';
import { elementUpdated } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import type { CourseQuiz } from '../../src/content/course/types.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { part, textOf } from '../support/helpers.js';

/** Drives an <mhm-quiz> as a learner does, and reads what the learner sees: written once, used by every test that meets a quiz. */

// ---- What a learner sees and does ----------------------------------------------------------------

export function inputs(el: HTMLElement): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
}

/** The radio button or checkbox whose label reads `label`. */
export function input(el: HTMLElement, label: string): HTMLInputElement {
  const found = inputs(el).find((control) => textOf(control.labels?.[0]?.querySelector('.choice-text')) === label);
  if (!found) {
    throw new Error(`no choice "${label}" in ${inputs(el).map((control) => textOf(control.labels?.[0])).join(' | ')}`);
  }
  return found;
}

export async function choose(el: HTMLElement, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    input(el, label).click();
  }
  await elementUpdated(el);
}

/** Clicks the button with this part, e.g. `check-button`, and waits for the quiz to render. */
export async function press(el: HTMLElement, name: string): Promise<void> {
  part<HTMLButtonElement>(el, `[part~="${name}"]`).click();
  await elementUpdated(el);
}

/** Chooses and checks; then moves on with Next when there is one. */
export async function answer(el: HTMLElement, ...labels: string[]): Promise<void> {
  await choose(el, ...labels);
  await press(el, 'check-button');
}

/** Lets a stubbed fetch and the quiz's reaction to it run (animation frames are never faked). */
/** A true/false question as a CMS's script adds it to a quiz after the first render. */
export function trueFalseQuestion(prompt: string, answer: 'true' | 'false'): HTMLElementTagNameMap['mhm-question'] {
  const question = document.createElement('mhm-question');
  question.setAttribute('type', 'true-false');
  question.setAttribute('answer', answer);
  question.setAttribute('prompt', prompt);
  return question;
}

export async function settle(el: HTMLElement): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await elementUpdated(el);
}

export const liveText = (el: HTMLElement) => textOf(part(el, '[role="status"]'));
export const legends = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('legend')].map((legend) => textOf(legend));
export const focused = (el: HTMLElement) => el.shadowRoot!.activeElement;

export function clearStoredQuizzes(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${storagePrefix}quiz:`))
    .forEach((key) => localStorage.removeItem(key));
}

/** Clicks the choices at these positions, as shown. */
export async function chooseAt(el: HTMLElement, ...indexes: number[]): Promise<void> {
  for (const index of indexes) {
    inputs(el)[index].click();
  }
  await elementUpdated(el);
}

/** Answers every question of a paged quiz from its source: rightly, or wrongly with one wrong choice (the course's quiz data). */
export async function answerQuestions(el: HTMLElement, questions: CourseQuiz['questions'], right = true): Promise<void> {
  for (const [index, question] of questions.entries()) {
    const picks =
      question.type === 'true-false'
        ? [right === (question.answer === 'true') ? 0 : 1]
        : right
          ? question.choices.flatMap((choice, i) => (choice.correct ? [i] : []))
          : [question.choices.findIndex((choice) => !choice.correct)];
    await chooseAt(el, ...picks);
    await press(el, 'check-button');
    if (index < questions.length - 1) {
      await press(el, 'next-button');
    }
  }
}

/** Registers what every quiz test runs under: stubs put back and stored quizzes cleared after each test. */
export function quizHooks(): void {
  afterEach(() => {
    sinon.restore();
    clearStoredQuizzes();
  });
}
