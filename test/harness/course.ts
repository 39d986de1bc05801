import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import en from '../../src/content/course/en.js';
import type { CourseQuiz } from '../../src/content/course/types.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { emulateMediaFeatures, part, textOf } from '../support/helpers.js';
import { contrast, backgroundOf, parseColor } from '../support/contrast.js';
import { markComplete } from './lesson-card.js';
import { keepBox, pressDone, type } from './reflection-prompt.js';
import { viewAsList } from './five-reasons.js';
import { answerQuestions, chooseAt, press } from './quiz.js';
import { allUpdated, deepElements } from '../support/story-checks.js';


/** Drives an <mhm-course> as a learner does, through the harness of each activity, and reads what the learner sees. */

// ---- What a learner sees and does ----------------------------------------------------------------

export const builtInIds = en.activities.map((activity) => activity.id);
export const enQuiz = en.activities.find((activity): activity is CourseQuiz => activity.kind === 'quiz')!;

/** Waits until the course and every activity in it have rendered (built-in text included). */
export async function settle(el: MhmCourse): Promise<void> {
  await el.updateComplete;
  await allUpdated(el);
  // Built-in activities load their own text (the carousel's five reasons) once they render.
  await allUpdated(el.shadowRoot!);
  await el.updateComplete;
}

export async function course(template = html`<mhm-course></mhm-course>`): Promise<MhmCourse> {
  const el = await fixture<MhmCourse>(template);
  await settle(el);
  return el;
}

/** A built-in activity, by its id. */
export function activity<T extends HTMLElement = HTMLElement>(el: MhmCourse, id: string): T {
  return part<T>(el, `[data-activity="${CSS.escape(id)}"]`);
}

export function button(host: Element, name: string): HTMLButtonElement {
  return part<HTMLButtonElement>(host, `[part~="${name}"]`);
}

export const progressText = (el: MhmCourse) => textOf(part(el, '[part~="progress-text"]'));
export const listItems = (el: MhmCourse) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="activity-link"]')];

export async function completeLesson(el: MhmCourse, lesson: HTMLElement): Promise<void> {
  await markComplete(lesson);
  await settle(el);
}

export async function completeReflection(el: MhmCourse, reflection: HTMLElement, text = 'Listening helps.'): Promise<void> {
  await type(reflection, text);
  await pressDone(reflection);
  await settle(el);
}

export async function viewAllSlides(el: MhmCourse, carousel: HTMLElement): Promise<void> {
  await viewAsList(carousel);
  await settle(el);
}

/** Answers every question of a paged quiz: rightly from the course data, or always with the first choice. */
export async function answerQuiz(el: MhmCourse, quiz: HTMLElement, questions: CourseQuiz['questions'], right = true): Promise<void> {
  await answerQuestions(quiz, questions, right);
  await settle(el);
}

/** Moves on from a reflection without writing, from the keyboard, as a learner who prefers not to write does. */
export async function skipReflection(el: MhmCourse, reflection: HTMLElement): Promise<void> {
  const done = button(reflection, 'done-button');
  expect(textOf(done)).to.equal('Continue without writing');
  done.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Completes every built-in activity as a learner does; `reflect` is how they meet each reflection. */
export async function completeBuiltIn(el: MhmCourse, reflect = completeReflection): Promise<void> {
  for (const item of en.activities) {
    const element = activity(el, item.id);
    if (item.kind === 'lesson') await completeLesson(el, element);
    else if (item.kind === 'reflection') await reflect(el, element);
    else if (item.kind === 'five-reasons') await viewAllSlides(el, element);
    else await answerQuiz(el, element, item.questions);
  }
}

/** Every element of the course, in its shadow root and below, light DOM included. */
export function everything(el: MhmCourse): Element[] {
  return [...deepElements(el), ...deepElements(el.shadowRoot!)];
}

/** Ends the carousel's cross-fade at once: half-faded text is neither shown nor hidden. */
export function finishAnimations(el: MhmCourse): void {
  for (const element of everything(el)) {
    element.shadowRoot?.getAnimations().forEach((animation) => animation.finish());
  }
}

export function recordEvents(el: MhmCourse, name: keyof GlobalEventHandlersEventMap): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener(name, (event) => events.push(event as CustomEvent));
  return events;
}

export function clearStorage(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(storagePrefix))
    .forEach((key) => localStorage.removeItem(key));
}

export function child<T extends HTMLElement>(el: MhmCourse, id: string): T {
  return el.querySelector<T>(`#${id}`)!;
}

export async function answerTrueFalse(el: MhmCourse, quiz: HTMLElement, label: 'True' | 'False'): Promise<void> {
  await chooseAt(quiz, label === 'True' ? 0 : 1);
  await press(quiz, 'check-button');
  await settle(el);
}

/** Answers the quiz wrongly and sees the result; with `again`, presses "Try again" first. */
export async function missAttempt(el: MhmCourse, { again = false } = {}): Promise<void> {
  const quiz = child(el, 'check');
  if (again) {
    await press(quiz, 'try-again-button');
    await settle(el);
  }
  await answerTrueFalse(el, quiz, 'True');
  await press(quiz, 'result-button');
  await settle(el);
}

/** Misses both attempts of the `twoAttempts` quiz: no attempt left. */
export async function missEveryAttempt(el: MhmCourse): Promise<void> {
  await missAttempt(el);
  await missAttempt(el, { again: true });
}

export const notPassedText = 'You did not reach the quiz’s pass mark this time.';

export const returnIdentity = 'mhm-course/return-identity';
export const reflectionKey = (reflectionId: string) => `${storagePrefix}reflection:${reflectionId}`;
export const storedText = (reflectionId: string) => JSON.parse(localStorage.getItem(reflectionKey(reflectionId)) ?? '{}').text;
export const fieldOf = (el: MhmCourse) => part<HTMLTextAreaElement>(activity(el, returnIdentity), 'textarea');

/** Writes in the built-in reflection, ticks "Keep on this device", and presses Done. */
export async function keepReflection(el: MhmCourse, text: string): Promise<void> {
  const reflection = activity(el, returnIdentity);
  await type(reflection, text);
  keepBox(reflection).click();
  button(reflection, 'done-button').click();
  await settle(el);
}

/** Two built-in courses on one page, as two partners' sections of one site would have them. */
export async function twoCourses(): Promise<[MhmCourse, MhmCourse]> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <mhm-course persist course-id="accra" heading-level="2"></mhm-course>
    <mhm-course persist course-id="dakar" heading-level="2"></mhm-course>
  </div>`);
  const courses = [...wrapper.querySelectorAll<MhmCourse>('mhm-course')] as [MhmCourse, MhmCourse];
  await Promise.all(courses.map(settle));
  return courses;
}

/** Every element that shows text of its own, with its text colour, background and contrast. */
export function textPairs(el: MhmCourse): Array<{ where: string; ratio: number }> {
  finishAnimations(el);
  return everything(el)
    .filter((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
    .filter((element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getBoundingClientRect().width > 1)
    .filter((element) => !element.closest('[aria-disabled="true"]'))
    .map((element) => ({
      where: `<${element.localName} part="${element.getAttribute('part') ?? ''}" class="${element.getAttribute('class') ?? ''}"> "${textOf(element).slice(0, 30)}"`,
      ratio: contrast(parseColor(getComputedStyle(element).color), backgroundOf(element)),
    }));
}

/** Registers what every course test runs under: storage cleared before and after; the page's language, media, colour scheme and size put back. */
export function courseHooks(): void {
  beforeEach(() => clearStorage());
  afterEach(async () => {
    clearStorage();
    document.documentElement.lang = 'en';
    await emulateMedia({ media: 'screen' });
    await emulateMediaFeatures({});
    await setViewport({ width: 800, height: 600 });
  });
}
