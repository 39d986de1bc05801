import { elementUpdated, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/course/course.js';
import type { MhmCourse } from '../src/components/course/course.js';
import type { MhmLessonCard } from '../src/components/lesson-card/lesson-card.js';
import type { MhmReflectionPrompt } from '../src/components/reflection-prompt/reflection-prompt.js';
import { serializeRecord } from '../src/components/reflection-prompt/reflection-model.js';
import en from '../src/content/course/en.js';
import { courseLoaders } from '../src/content/course/index.js';
import type { CourseQuiz } from '../src/content/course/types.js';
import { storagePrefix } from '../src/internal/storage.js';
import { connectScorm12, type Scorm12Api } from '../src/scorm/scorm12.js';
import { withBrokenStorage } from './broken-storage.js';
import { captureWarnings, emulateMediaFeatures, isShown, part, quietFixture, recordLayoutShift, textOf } from './helpers.js';
import { cmi, lmsRuntime } from './lms/scorm-runtime.js';
import { allUpdated, axeWcag22, deepElements, transitionsDone } from './story-checks.js';

// ---- What a learner sees and does ----------------------------------------------------------------

const builtInIds = en.activities.map((activity) => activity.id);
const enQuiz = en.activities.find((activity): activity is CourseQuiz => activity.kind === 'quiz')!;

/** Waits until the course and every activity in it have rendered (built-in text included). */
async function settle(el: MhmCourse): Promise<void> {
  await el.updateComplete;
  await allUpdated(el);
  // Built-in activities load their own text (the carousel's five reasons) once they render.
  await allUpdated(el.shadowRoot!);
  await el.updateComplete;
}

async function course(template = html`<mhm-course></mhm-course>`): Promise<MhmCourse> {
  const el = await fixture<MhmCourse>(template);
  await settle(el);
  return el;
}

/** A built-in activity, by its id. */
function activity<T extends HTMLElement = HTMLElement>(el: MhmCourse, id: string): T {
  return part<T>(el, `[data-activity="${CSS.escape(id)}"]`);
}

function button(host: Element, name: string): HTMLButtonElement {
  return part<HTMLButtonElement>(host, `[part~="${name}"]`);
}

const progressText = (el: MhmCourse) => textOf(part(el, '[part~="progress-text"]'));
const listItems = (el: MhmCourse) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="activity-link"]')];

async function completeLesson(el: MhmCourse, lesson: HTMLElement): Promise<void> {
  button(lesson, 'complete-button').click();
  await settle(el);
}

async function completeReflection(el: MhmCourse, reflection: HTMLElement, text = 'Listening helps.'): Promise<void> {
  part<HTMLTextAreaElement>(reflection, 'textarea').focus();
  await sendKeys({ type: text });
  button(reflection, 'done-button').click();
  await settle(el);
}

async function viewAllSlides(el: MhmCourse, carousel: HTMLElement): Promise<void> {
  button(carousel, 'view-toggle').click();
  await settle(el);
}

/** Answers every question of a paged quiz: rightly from the course data, or always with the first choice. */
async function answerQuiz(el: MhmCourse, quiz: HTMLElement, questions: CourseQuiz['questions'], right = true): Promise<void> {
  for (const [index, question] of questions.entries()) {
    const inputs = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    const picks =
      question.type === 'true-false'
        ? [inputs[right === (question.answer === 'true') ? 0 : 1]]
        : right
          ? question.choices.flatMap((choice, i) => (choice.correct ? [inputs[i]] : []))
          : [inputs[question.choices.findIndex((choice) => !choice.correct)]];
    picks.forEach((input) => input.click());
    await elementUpdated(quiz);
    button(quiz, 'check-button').click();
    await elementUpdated(quiz);
    if (index < questions.length - 1) {
      button(quiz, 'next-button').click();
      await elementUpdated(quiz);
    }
  }
  await settle(el);
}

/** Moves on from a reflection without writing, from the keyboard, as a learner who prefers not to write does. */
async function skipReflection(el: MhmCourse, reflection: HTMLElement): Promise<void> {
  const done = button(reflection, 'done-button');
  expect(textOf(done)).to.equal('Continue without writing');
  done.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** Completes every built-in activity as a learner does; `reflect` is how they meet each reflection. */
async function completeBuiltIn(el: MhmCourse, reflect = completeReflection): Promise<void> {
  for (const item of en.activities) {
    const element = activity(el, item.id);
    if (item.kind === 'lesson') await completeLesson(el, element);
    else if (item.kind === 'reflection') await reflect(el, element);
    else if (item.kind === 'five-reasons') await viewAllSlides(el, element);
    else await answerQuiz(el, element, item.questions);
  }
}

/** Every element of the course, in its shadow root and below, light DOM included. */
function everything(el: MhmCourse): Element[] {
  return [...deepElements(el), ...deepElements(el.shadowRoot!)];
}

/** Ends the carousel's cross-fade at once: half-faded text is neither shown nor hidden. */
function finishAnimations(el: MhmCourse): void {
  for (const element of everything(el)) {
    element.shadowRoot?.getAnimations().forEach((animation) => animation.finish());
  }
}

function recordEvents(el: MhmCourse, name: keyof GlobalEventHandlersEventMap): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener(name, (event) => events.push(event as CustomEvent));
  return events;
}

function clearStorage(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(storagePrefix))
    .forEach((key) => localStorage.removeItem(key));
}

/** An author's course: one of each component, plus a paragraph that is not an activity. */
const authorCourse = (attributes: { persist?: boolean; id?: string; showAll?: boolean } = {}) => html`<mhm-course
  heading="Welcome to our workshop" course-id=${attributes.id ?? 'workshop'} ?persist=${attributes.persist ?? false}>
  <p>Read each part, then mark it done.</p>
  <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
  <mhm-reflection-prompt id="think" reflection-id="workshop-think" prompt="What does home mean to you?">
    <p slot="support">Talk to someone you trust.</p>
  </mhm-reflection-prompt>
  <mhm-five-reasons id="reasons" heading="Two ideas" heading-level="3" ?show-all=${attributes.showAll ?? false}>
    <mhm-slide heading="Listen"><p>Listening helps.</p></mhm-slide>
    <mhm-slide heading="Refer"><p>Refer when needed.</p></mhm-slide>
  </mhm-five-reasons>
  <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="100">
    <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
  </mhm-quiz>
</mhm-course>`;

function child<T extends HTMLElement>(el: MhmCourse, id: string): T {
  return el.querySelector<T>(`#${id}`)!;
}

async function answerTrueFalse(el: MhmCourse, quiz: HTMLElement, label: 'True' | 'False'): Promise<void> {
  const inputs = [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
  inputs[label === 'True' ? 0 : 1].click();
  await elementUpdated(quiz);
  button(quiz, 'check-button').click();
  await settle(el);
}

/** An author's course whose quiz needs every answer right, in two attempts at most. */
const twoAttempts = ({ persist = false } = {}) => html`<mhm-course heading="Our workshop" course-id="attempts" ?persist=${persist}>
  <mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>
  <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="100" attempts="2" ?persist=${persist} quiz-id="attempts/check">
    <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
  </mhm-quiz>
</mhm-course>`;

/** Answers the quiz wrongly and sees the result; with `again`, presses "Try again" first. */
async function missAttempt(el: MhmCourse, { again = false } = {}): Promise<void> {
  const quiz = child(el, 'check');
  if (again) {
    button(quiz, 'try-again-button').click();
    await settle(el);
  }
  await answerTrueFalse(el, quiz, 'True');
  button(quiz, 'result-button').click();
  await settle(el);
}

/** Misses both attempts of the `twoAttempts` quiz: no attempt left. */
async function missEveryAttempt(el: MhmCourse): Promise<void> {
  await missAttempt(el);
  await missAttempt(el, { again: true });
}

const notPassedText = 'You did not reach the quiz’s pass mark this time.';

const returnIdentity = 'mhm-course/return-identity';
const reflectionKey = (reflectionId: string) => `${storagePrefix}reflection:${reflectionId}`;
const storedText = (reflectionId: string) => JSON.parse(localStorage.getItem(reflectionKey(reflectionId)) ?? '{}').text;
const fieldOf = (el: MhmCourse) => part<HTMLTextAreaElement>(activity(el, returnIdentity), 'textarea');

/** Writes in the built-in reflection, ticks "Keep on this device", and presses Done. */
async function keepReflection(el: MhmCourse, text: string): Promise<void> {
  const reflection = activity(el, returnIdentity);
  part<HTMLTextAreaElement>(reflection, 'textarea').focus();
  await sendKeys({ type: text });
  part<HTMLInputElement>(reflection, '#keep').click();
  button(reflection, 'done-button').click();
  await settle(el);
}

/** Two built-in courses on one page, as two partners' sections of one site would have them. */
async function twoCourses(): Promise<[MhmCourse, MhmCourse]> {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <mhm-course persist course-id="accra" heading-level="2"></mhm-course>
    <mhm-course persist course-id="dakar" heading-level="2"></mhm-course>
  </div>`);
  const courses = [...wrapper.querySelectorAll<MhmCourse>('mhm-course')] as [MhmCourse, MhmCourse];
  await Promise.all(courses.map(settle));
  return courses;
}

// ---- Colour contrast, measured from computed styles -------------------------------------------------

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const numbers = value.match(/[\d.]+/g)?.map(Number) ?? [];
  if (value.startsWith('color(srgb')) {
    return [numbers[0] * 255, numbers[1] * 255, numbers[2] * 255, numbers[3] ?? 1];
  }
  return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the rendered (flat) tree: a slotted element's slot, a shadow root's host. */
function flatParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function backgroundOf(element: Element): Rgba {
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) return color;
  }
  return [255, 255, 255, 1];
}

/** Every element that shows text of its own, with its text colour, background and contrast. */
function textPairs(el: MhmCourse): Array<{ where: string; ratio: number }> {
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

// ---- Tests -------------------------------------------------------------------------------------------

describe('<mhm-course>', () => {
  beforeEach(() => clearStorage());
  afterEach(async () => {
    clearStorage();
    document.documentElement.lang = 'en';
    await emulateMedia({ media: 'screen' });
    await emulateMediaFeatures({});
    await setViewport({ width: 800, height: 600 });
  });

  describe('the built-in course', () => {
    it('shows every activity of the course source in order, under the course title', async () => {
      // Arrange
      const el = await course();

      // Assert
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Mental Health & Migration: Awareness Raising');
      expect(part(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('2');
      expect(el.activities.map((item) => item.kind)).to.deep.equal([
        'lesson', 'lesson', 'lesson', 'reflection', 'lesson', 'reflection', 'carousel', 'lesson', 'quiz',
      ]);
      expect(el.activities.map((item) => item.id)).to.deep.equal(builtInIds);
      expect(el.activities[0]).to.deep.equal({ id: 'what-is-mental-health', kind: 'lesson', title: 'What is mental health?', completed: false });
      expect(activity(el, 'what-is-mental-health').getAttribute('heading-level')).to.equal('3');
      expect(progressText(el)).to.equal('0 of 9 activities');
      const bar = part<HTMLProgressElement>(el, 'progress');
      expect([bar.max, bar.value]).to.deep.equal([9, 0]);
      expect(el.progress).to.deep.equal({ completed: [], total: 9, percent: 0, current: 'what-is-mental-health' });
    });

    it('names the K-par-Cas 2 toolkit once the course is complete', async () => {
      const el = await course();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);
      expect(textOf(part(el, '[part~="further-learning"]'))).to.contain('K-par-Cas 2');
    });

    for (const [lang, title] of [
      ['fr', 'Santé mentale et migration'],
      ['ar', 'الصحة النفسية والهجرة'],
    ] as const) {
      it(`shows the course in ${lang}, with the same activities`, async () => {
        const el = await course(html`<mhm-course lang=${lang}></mhm-course>`);
        expect(textOf(part(el, '[part~="heading"]'))).to.contain(title);
        expect(el.activities.map((item) => item.id)).to.deep.equal(builtInIds);
        expect(part(el, '[part~="activities-body"]').getAttribute('lang')).to.equal(lang);
      });
    }

    it('reads right to left in Arabic, with Arabic interface text', async () => {
      const el = await course(html`<mhm-course lang="ar"></mhm-course>`);
      expect(part(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
      expect(part(el, '[part~="activities-body"]').getAttribute('dir')).to.equal('rtl');
      expect(progressText(el)).to.contain('من');
      expect(textOf(part(el, '[part~="activities-summary"]'))).to.equal('أنشطة هذه الدورة');
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('shows English, and tells the author, in a language the course is not written in', async () => {
      let el!: MhmCourse;
      const warnings = await captureWarnings(async () => {
        el = await course(html`<mhm-course lang="de"></mhm-course>`);
      });
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Mental Health & Migration: Awareness Raising');
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('English, French and Arabic');
      expect(warnings.filter((warning) => warning.includes('lang'))).to.have.length(1);
    });

    it('uses the page language, and a regional variant of it', async () => {
      const wrapper = await fixture(html`<div lang="fr-CA"><mhm-course></mhm-course></div>`);
      const el = wrapper.querySelector('mhm-course')!;
      await settle(el);
      expect(textOf(part(el, '[part~="heading"]'))).to.contain('Santé mentale');
    });
  });

  describe('while the built-in course loads', () => {
    const original = courseLoaders.en;
    afterEach(() => {
      courseLoaders.en = original;
    });

    /** The course followed by the page's own text; the course text arrives when the test says. */
    async function loadingCourse(): Promise<{ el: MhmCourse; arrive: () => Promise<void> }> {
      let resolve!: (module: { default: typeof en }) => void;
      courseLoaders.en = () => new Promise((done) => (resolve = done));
      // The wrapper is the fixture (`fixture()` on the course would wait for its text), in a font
      // of Arial's width, like most phones' and desktops'.
      const wrapper = await fixture(html`<div style="font-family: Arial, sans-serif">
        <mhm-course></mhm-course>
        <p>The page goes on.</p>
      </div>`);
      await nextFrame();
      return { el: wrapper.querySelector('mhm-course')!, arrive: async () => resolve(await original()) };
    }

    for (const [width, height] of [
      [360, 640],
      [1280, 800],
    ] as const) {
      it(`keeps the room the course will take at ${width} px, so nothing moves when it comes`, async () => {
        await setViewport({ width, height });
        const { el, arrive } = await loadingCourse();
        const header = part(el, '[part~="header"]');
        const loadingHeight = header.getBoundingClientRect().height;
        // The page after the course is out of sight while it loads, as it will be once loaded.
        expect(el.getBoundingClientRect().bottom).to.be.at.least(innerHeight);
        const shift = recordLayoutShift();

        await arrive();
        await settle(el);

        expect(el.activities).to.have.length(builtInIds.length);
        // Less than two lines of the title (60 px): before, the header grew by over 300 px at 360 px.
        expect(Math.abs(header.getBoundingClientRect().height - loadingHeight)).to.be.below(60);
        expect(await shift()).to.be.below(0.02);
      });
    }

    it('says it is loading, as a status, is accessible, and pulses only when the learner allows motion', async () => {
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'no-preference' });
      const { el, arrive } = await loadingCourse();
      const message = part(el, '[part~="message"]');
      expect(textOf(message)).to.equal('Loading the course…');
      expect(message.getAttribute('role')).to.equal('status');
      expect(isShown(message)).to.be.true;
      await expect(el).to.be.accessible();
      expect(el.shadowRoot!.getAnimations()).to.not.be.empty;

      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(el.shadowRoot!.getAnimations()).to.be.empty;
      await arrive();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
    });

    it('tells the learner when the course cannot be downloaded, and tries again on request', async () => {
      courseLoaders.en = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const el = await quietFixture<MhmCourse>(html`<mhm-course></mhm-course>`);
      expect(textOf(part(el, '[part~="message"]'))).to.equal('The course could not be loaded. Check your connection and try again.');
      await expect(el).to.be.accessible();
      courseLoaders.en = original;
      button(el, 'retry-button').click();
      await settle(el);
      expect(el.activities).to.have.length(builtInIds.length);
    });
  });

  describe('progress from each kind of activity', () => {
    it('keeps a passed quiz counted when the learner tries again and does worse', async () => {
      // Arrange: an author's course with one quiz that needs every answer right.
      const el = await course(html`<mhm-course heading="Check"><mhm-quiz id="check" layout="list" pass-mark="100">
        <mhm-question type="true-false" answer="true" prompt="Return can challenge identity."></mhm-question>
      </mhm-quiz></mhm-course>`);
      const quiz = el.querySelector<HTMLElement>('mhm-quiz')!;
      const answer = async (index: number) => {
        quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[index].click();
        await elementUpdated(quiz);
        button(quiz, 'check-button').click();
        await settle(el);
      };

      // Act: pass, then try again and miss.
      await answer(0);
      expect(el.progress.completed).to.deep.equal(['check']);
      button(quiz, 'try-again-button').click();
      await settle(el);
      await answer(1);

      // Assert
      expect(el.progress.completed).to.deep.equal(['check']);
      expect(progressText(el)).to.equal('1 of 1 activity');
    });

    it('counts a lesson marked complete, and takes it back when unmarked', async () => {
      // Arrange
      const el = await course();
      const events = recordEvents(el, 'mhm-progress');
      const lesson = activity(el, 'what-is-mental-health');

      // Act
      await completeLesson(el, lesson);

      // Assert
      expect(events.map((event) => event.detail)).to.deep.equal([
        { id: '', completed: 1, total: 9, percent: 11, completedIds: ['what-is-mental-health'] },
      ]);
      expect(progressText(el)).to.equal('1 of 9 activities');
      expect(part<HTMLProgressElement>(el, 'progress').value).to.equal(1);
      expect(textOf(listItems(el)[0])).to.contain('Completed');
      expect(listItems(el)[0].getAttribute('part')).to.contain('activity-link-completed');

      await completeLesson(el, lesson);
      expect(events[1].detail).to.include({ completed: 0, percent: 0 });
      expect(el.activities[0].completed).to.equal(false);
    });

    it('counts a reflection once the learner presses Done', async () => {
      const el = await course();
      const progress = oneEvent(el, 'mhm-progress');
      await completeReflection(el, activity(el, 'mhm-course/return-identity'));
      expect((await progress).detail.completedIds).to.deep.equal(['mhm-course/return-identity']);
    });

    it('counts the carousel once every slide has been seen', async () => {
      const el = await course();
      const carousel = activity(el, 'five-reasons');
      for (let i = 0; i < 3; i += 1) {
        button(carousel, 'next-button').click();
        await settle(el);
      }
      expect(el.progress.completed).to.deep.equal([]);
      button(carousel, 'next-button').click();
      await settle(el);
      expect(el.progress.completed).to.deep.equal(['five-reasons']);
    });

    it('counts the quiz once it is finished', async () => {
      const el = await course();
      await answerQuiz(el, activity(el, 'course-quiz'), enQuiz.questions, false);
      expect(el.progress.completed).to.deep.equal(['course-quiz']);
    });

    it('counts a quiz with a pass mark only once it is passed', async () => {
      const el = await course(html`<mhm-course pass-mark="75"></mhm-course>`);
      const quiz = activity(el, 'course-quiz');
      await answerQuiz(el, quiz, enQuiz.questions, false);
      expect(el.progress.completed).to.deep.equal([]);

      button(quiz, 'result-button').click();
      await settle(el);
      button(quiz, 'try-again-button').click();
      await settle(el);
      await answerQuiz(el, quiz, enQuiz.questions, true);
      expect(el.progress.completed).to.deep.equal(['course-quiz']);
    });

    it('lets the child events bubble out unchanged', async () => {
      const el = await course();
      const complete = oneEvent(el, 'mhm-complete');
      button(activity(el, 'what-is-mental-health'), 'complete-button').click();
      expect((await complete).detail).to.deep.equal({ activity: 'lesson', id: 'what-is-mental-health', completed: true });
    });
  });

  describe('an author’s course', () => {
    it('counts the four components and shows, without counting, everything else', async () => {
      const el = await course(authorCourse());
      expect(el.activities).to.deep.equal([
        { id: 'intro', kind: 'lesson', title: 'Why we meet', completed: false },
        { id: 'think', kind: 'reflection', title: 'What does home mean to you?', completed: false },
        { id: 'reasons', kind: 'carousel', title: 'Two ideas', completed: false },
        { id: 'check', kind: 'quiz', title: 'Check', completed: false },
      ]);
      expect(isShown(el.querySelector('p')!)).to.equal(true);
      expect(textOf(part(el, '[part~="heading"]'))).to.equal('Welcome to our workshop');
      expect(el.shadowRoot!.querySelector('[part~="activities-body"]')).to.equal(null);
      expect(progressText(el)).to.equal('0 of 4 activities');
    });

    it('tracks each kind of child and completes once', async () => {
      // Arrange
      const el = await course(authorCourse());
      const progress = recordEvents(el, 'mhm-progress');
      const completions = recordEvents(el, 'mhm-course-complete');

      // Act
      await completeLesson(el, child(el, 'intro'));
      await completeReflection(el, child(el, 'think'));
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      await answerTrueFalse(el, child(el, 'check'), 'True');
      const beforePass = el.progress.completed.length;
      button(child(el, 'check'), 'result-button').click();
      await settle(el);
      button(child(el, 'check'), 'try-again-button').click();
      await settle(el);
      await answerTrueFalse(el, child(el, 'check'), 'False');

      // Assert
      expect(beforePass).to.equal(3);
      expect(progress.map((event) => event.detail.completed)).to.deep.equal([1, 2, 3, 4]);
      expect(completions.map((event) => event.detail)).to.deep.equal([
        { id: '', total: 4, quiz: { score: 1, maxScore: 1, percent: 100, passed: true } },
      ]);
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal('You have completed the course');
    });

    it('finishes with a carousel the author lists (`show-all`) once the learner has scrolled through its slides', async () => {
      // Arrange: on a phone, the course a screen down the page, every other activity done.
      await setViewport({ width: 360, height: 640 });
      const wrapper = await fixture(html`<div><p style="block-size: 100vh">Welcome.</p>${authorCourse({ showAll: true })}</div>`);
      const el = wrapper.querySelector<MhmCourse>('mhm-course')!;
      await settle(el);
      const completions = recordEvents(el, 'mhm-course-complete');
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      await settle(el);
      await nextFrame();
      expect(progressText(el), 'the slides not on screen yet').to.equal('3 of 4 activities');

      // Act
      try {
        for (const slide of child(el, 'reasons').shadowRoot!.querySelectorAll('[part~="slide"]')) {
          slide.scrollIntoView({ block: 'center' });
          await nextFrame();
          await nextFrame();
        }
        await settle(el);

        // Assert
        expect(progressText(el)).to.equal('4 of 4 activities');
        expect(completions).to.have.length(1);
        expect(isShown(part(el, '[part~="completion"]'))).to.equal(true);
      } finally {
        window.scrollTo(0, 0);
      }
    });

    it('gives an activity without an id a positional one, and tells the author once', async () => {
      let el!: MhmCourse;
      const warnings = await captureWarnings(async () => {
        el = await course(html`<mhm-course>
          <mhm-lesson-card id="a" heading="One"></mhm-lesson-card>
          <mhm-lesson-card heading="Two"></mhm-lesson-card>
          <mhm-lesson-card id="a" heading="Three"></mhm-lesson-card>
        </mhm-course>`);
      });
      expect(el.activities.map((item) => item.id)).to.deep.equal(['a', 'activity-2', 'activity-3']);
      expect(el.children[1].id).to.equal('activity-2');
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('activity-2');
      expect(warnings.filter((warning) => warning.includes('> id: '))).to.have.length(1);
      expect(warnings.filter((warning) => warning.includes('duplicate id'))).to.have.length(1);
    });

    it('follows children added later', async () => {
      const el = await course(authorCourse());
      const lesson = document.createElement('mhm-lesson-card');
      lesson.id = 'extra';
      lesson.setAttribute('heading', 'One more');
      el.append(lesson);
      await settle(el);
      expect(el.activities.map((item) => item.id)).to.include('extra');
      expect(progressText(el)).to.equal('0 of 5 activities');
    });

    it('counts an author’s own element marked data-mhm-activity', async () => {
      const el = await course(html`<mhm-course><div id="video" data-mhm-activity aria-label="Watch the video">…</div></mhm-course>`);
      expect(el.activities).to.deep.equal([{ id: 'video', kind: 'other', title: 'Watch the video', completed: false }]);
      el.querySelector('#video')!.dispatchEvent(
        new CustomEvent('mhm-complete', { detail: { completed: true }, bubbles: true, composed: true }),
      );
      await settle(el);
      expect(el.progress.percent).to.equal(100);
    });
  });

  describe('a quiz with limited attempts, never passed', () => {
    it('completes the course once the last attempt is finished, and says kindly that the pass mark was not reached', async () => {
      // Arrange
      const el = await course(twoAttempts());
      const completions = recordEvents(el, 'mhm-course-complete');
      await completeLesson(el, child(el, 'intro'));
      const quiz = child(el, 'check');

      // Act: the first attempt is missed; the course waits, since "Try again" is on offer.
      await missAttempt(el);
      const afterFirst = { completed: el.progress.completed, panel: el.shadowRoot!.querySelector('[part~="completion"]') };
      await missAttempt(el, { again: true });

      // Assert
      expect(afterFirst).to.deep.equal({ completed: ['intro'], panel: null });
      expect(textOf(part(quiz, '[part~="attempts"]'))).to.equal('You have used all your attempts.');
      expect(completions.map((event) => event.detail)).to.deep.equal([
        { id: '', total: 2, quiz: { score: 0, maxScore: 1, percent: 0, passed: false } },
      ]);
      expect(progressText(el)).to.equal('2 of 2 activities');
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal('You have completed the course');
      expect(textOf(part(el, '[part~="completion"]'))).to.contain('You completed both activities.');
      expect(textOf(part(el, '[part~="quiz-result"]'))).to.contain('You scored 0 out of 1').and.contain(notPassedText).and.contain('start over');
      // No "Well done" beside a missed pass mark.
      expect(textOf(part(el, '[role="status"]'))).to.match(/^You have completed the course\. You did not reach the quiz’s pass mark/);
      await expect(el).to.be.accessible();
    });

    it('stays complete, not passed, after a reload, with no second event', async () => {
      // Arrange
      const first = await course(twoAttempts({ persist: true }));
      await completeLesson(first, child(first, 'intro'));
      await missEveryAttempt(first);
      first.remove();

      // Act
      const el = await fixture<MhmCourse>(twoAttempts({ persist: true }));
      const completions = recordEvents(el, 'mhm-course-complete');
      await settle(el);

      // Assert
      expect(el.progress).to.deep.include({ completed: ['intro', 'check'], percent: 100 });
      expect(completions).to.have.length(0);
      expect(textOf(part(el, '[part~="quiz-result"]'))).to.contain(notPassedText);
      expect(textOf(part(child(el, 'check'), '[part~="attempts"]'))).to.equal('You have used all your attempts.');
    });

    it('counts a pass after "Start over" as the result', async () => {
      // Arrange
      const el = await course(twoAttempts());
      await completeLesson(el, child(el, 'intro'));
      await missEveryAttempt(el);
      const completions = recordEvents(el, 'mhm-course-complete');

      // Act
      button(el, 'start-over-button').click();
      await settle(el);
      button(el, 'confirm-button').click();
      await settle(el);
      await completeLesson(el, child(el, 'intro'));
      await answerTrueFalse(el, child(el, 'check'), 'False');

      // Assert
      expect(completions.map((event) => event.detail.quiz)).to.deep.equal([{ score: 1, maxScore: 1, percent: 100, passed: true }]);
      expect(textOf(part(el, '[part~="quiz-result"]'))).not.to.contain(notPassedText);
    });

    it('tells a SCORM 1.2 LMS the learner failed, and still shows the course complete on the next launch', async () => {
      // Arrange
      const runtime = lmsRuntime();
      const el = await course(twoAttempts());
      const connection = connectScorm12(el, { api: runtime as unknown as Scorm12Api });
      let status: string;
      try {
        // Act
        await completeLesson(el, child(el, 'intro'));
        await missEveryAttempt(el);
        status = cmi(runtime, 'cmi.core.lesson_status');
      } finally {
        connection.disconnect();
        el.remove();
      }
      const next = lmsRuntime(runtime.renderCMIToJSONObject());
      const relaunched = await course(twoAttempts());
      const completions = recordEvents(relaunched, 'mhm-course-complete');
      const reconnection = connectScorm12(relaunched, { api: next as unknown as Scorm12Api });
      try {
        await new Promise((resolve) => setTimeout(resolve, 0));
        await settle(relaunched);

        // Assert
        expect(status).to.equal('failed');
        expect(cmi(runtime, 'cmi.core.score.raw')).to.equal('0');
        expect(relaunched.progress.percent).to.equal(100);
        expect(isShown(part(relaunched, '[part~="completion"]'))).to.equal(true);
        expect(completions).to.have.length(0);
        expect(cmi(next, 'cmi.core.lesson_status')).to.equal('failed');
      } finally {
        reconnection.disconnect();
      }
    });
  });

  describe('a quiz that restores a finished attempt from its own storage', () => {
    /** An author's course that stores nothing itself; only its quiz keeps the learner's answers. */
    const quizStores = ({ lesson = true, attempts = '' } = {}) => html`<mhm-course heading="Our workshop">
      ${lesson ? html`<mhm-lesson-card id="intro" heading="Why we meet" heading-level="3"><p>We talk about well-being.</p></mhm-lesson-card>` : nothing}
      <mhm-quiz id="check" heading="Check" heading-level="3" pass-mark="100" attempts=${attempts || nothing} persist quiz-id="workshop/check">
        <mhm-question type="true-false" answer="false" prompt="Migration always harms mental health."></mhm-question>
      </mhm-quiz>
    </mhm-course>`;

    /** Creates the course again from the same markup and storage, recording every event it fires. */
    async function reload(first: MhmCourse, template: ReturnType<typeof quizStores>) {
      first.remove();
      const el = await fixture<MhmCourse>(template);
      const events = (['mhm-progress', 'mhm-complete', 'mhm-course-complete'] as const).flatMap((name) => recordEvents(el, name));
      await settle(el);
      return { el, events };
    }

    it('counts the quiz after a reload, without an event or an announcement', async () => {
      // Arrange
      const first = await course(quizStores());
      await answerTrueFalse(first, child(first, 'check'), 'False');
      button(child(first, 'check'), 'result-button').click();
      await settle(first);
      expect(progressText(first)).to.equal('1 of 2 activities');

      // Act
      const { el, events } = await reload(first, quizStores());

      // Assert
      expect(textOf(part(child(el, 'check'), '[part~="score"]'))).to.equal('You scored 1 out of 1 (100%).');
      expect(progressText(el)).to.equal('1 of 2 activities');
      expect(listItems(el)[1].getAttribute('part')).to.contain('activity-link-completed');
      expect(textOf(listItems(el)[1])).to.contain('Completed');
      expect(el.progress).to.deep.include({ completed: ['check'], current: 'intro' });
      expect(events).to.have.length(0);
      expect(textOf(part(el, '[role="status"]'))).to.equal('');
    });

    it('shows the closing panel with the quiz’s score when it was the last activity, and never fires mhm-course-complete for it', async () => {
      // Arrange
      const first = await course(quizStores({ lesson: false }));
      const completions = recordEvents(first, 'mhm-course-complete');
      await answerTrueFalse(first, child(first, 'check'), 'False');
      expect(completions).to.have.length(1);

      // Act
      const { el, events } = await reload(first, quizStores({ lesson: false }));

      // Assert
      expect(progressText(el)).to.equal('1 of 1 activity');
      expect(isShown(part(el, '[part~="completion"]'))).to.equal(true);
      expect(textOf(part(el, '[part~="quiz-result"]'))).to.equal('You scored 1 out of 1 (100%).');
      expect(events).to.have.length(0);
      expect(textOf(part(el, '[role="status"]'))).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('leaves a missed pass mark uncounted while attempts are left, and counts the last attempt spent', async () => {
      // Arrange
      const first = await course(quizStores({ attempts: '2' }));
      await missAttempt(first);

      // Act
      const { el } = await reload(first, quizStores({ attempts: '2' }));
      const afterOne = progressText(el);
      await missAttempt(el, { again: true });
      const { el: last, events } = await reload(el, quizStores({ attempts: '2' }));

      // Assert
      expect(afterOne).to.equal('0 of 2 activities');
      expect(progressText(last)).to.equal('1 of 2 activities');
      expect(events).to.have.length(0);
    });

    it('counts the built-in quiz when the course’s own stored progress could not be read', async () => {
      // Arrange
      const first = await course(html`<mhm-course persist course-id="quiz-only"></mhm-course>`);
      await answerQuiz(first, activity(first, 'course-quiz'), enQuiz.questions, false);
      localStorage.setItem(`${storagePrefix}course:quiz-only`, '{"v":0}');
      const info = sinon.stub(console, 'info');
      let el: MhmCourse;
      let events: CustomEvent[];
      try {
        // Act
        ({ el, events } = await reload(first, html`<mhm-course persist course-id="quiz-only"></mhm-course>`));
      } finally {
        info.restore();
      }

      // Assert
      expect(textOf(part(el, '[part~="notice"]'))).to.contain('could not be read');
      expect(el.progress.completed).to.deep.equal(['course-quiz']);
      expect(progressText(el)).to.equal('1 of 9 activities');
      expect(events).to.have.length(0);
      expect(JSON.parse(localStorage.getItem(`${storagePrefix}course:quiz-only`)!)).to.deep.include({ v: 1, completed: ['course-quiz'] });
    });

    it('forgets the quiz on "Start over", and stays at zero after a reload', async () => {
      // Arrange
      const first = await course(quizStores());
      await answerTrueFalse(first, child(first, 'check'), 'False');
      const { el } = await reload(first, quizStores());

      // Act
      button(el, 'start-over-button').click();
      await settle(el);
      button(el, 'confirm-button').click();
      await settle(el);
      const { el: again } = await reload(el, quizStores());

      // Assert
      expect(progressText(again)).to.equal('0 of 2 activities');
    });
  });

  describe('built-in reflections in two courses', () => {
    it('keeps each course’s reflections under its own course-id', async () => {
      // Arrange
      const [accra, dakar] = await twoCourses();

      // Act
      await keepReflection(accra, 'Accra words');

      // Assert
      expect(fieldOf(dakar).value).to.equal('');
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Accra words');
      expect(localStorage.getItem(reflectionKey(`dakar/${returnIdentity}`))).to.equal(null);
      expect(localStorage.getItem(reflectionKey(returnIdentity))).to.equal(null);
    });

    it('leaves the other course’s reflections alone when one starts over and deletes its own', async () => {
      // Arrange
      const [accra, dakar] = await twoCourses();
      await keepReflection(accra, 'Accra words');
      await keepReflection(dakar, 'Dakar words');

      // Act
      button(dakar, 'start-over-button').click();
      await settle(dakar);
      part<HTMLInputElement>(dakar, '#clear-reflections').click();
      button(dakar, 'confirm-button').click();
      await settle(dakar);
      await settle(accra);

      // Assert
      expect(fieldOf(dakar).value).to.equal('');
      expect(localStorage.getItem(reflectionKey(`dakar/${returnIdentity}`))).to.equal(null);
      expect(fieldOf(accra).value).to.equal('Accra words');
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Accra words');
      expect(accra.progress.completed).to.deep.equal([returnIdentity]);
    });

    it('moves a reflection kept before course-id scoped it to the first course that runs', async () => {
      // Arrange: what an earlier version stored, unscoped.
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Written last year', 1764000000000));

      // Act
      const [accra, dakar] = await twoCourses();

      // Assert
      expect(fieldOf(accra).value).to.equal('Written last year');
      expect(part<HTMLInputElement>(activity(accra, returnIdentity), '#keep').checked).to.equal(true);
      expect(storedText(`accra/${returnIdentity}`)).to.equal('Written last year');
      expect(localStorage.getItem(reflectionKey(returnIdentity))).to.equal(null);
      expect(fieldOf(dakar).value).to.equal('');
    });

    it('moves copies once set aside as unreadable too, so the learner’s Delete in that course erases them', async () => {
      // Arrange: an earlier version kept a damaged record aside, unscoped.
      const setAside = `${reflectionKey(returnIdentity)}:unreadable:1764000000000`;
      localStorage.setItem(setAside, 'Damaged words from last year');
      const el = await course(html`<mhm-course persist course-id="accra"></mhm-course>`);
      const reflection = activity(el, returnIdentity);
      const keysHolding = () => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('Damaged words'));
      expect(keysHolding()).to.deep.equal([`${reflectionKey(`accra/${returnIdentity}`)}:unreadable:1764000000000`]);

      // Act
      await keepReflection(el, 'New words');
      button(reflection, 'delete-button').click();
      await settle(el);
      button(reflection, 'confirm-button').click();
      await settle(el);

      // Assert
      expect(keysHolding()).to.deep.equal([]);
      expect(localStorage.getItem(setAside)).to.equal(null);
    });

    it('never replaces a course’s own reflection with the old unscoped copy, and sets that copy aside where Delete reaches it', async () => {
      // Arrange: the course's own text, and an old unscoped copy (an older copy of the library on the site may still write it).
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Old copy', 1764000000000));
      localStorage.setItem(reflectionKey(`accra/${returnIdentity}`), serializeRecord('Own copy', 1764000000001));
      const keysHolding = (text: string) => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes(text));

      // Act
      const el = await course(html`<mhm-course persist course-id="accra"></mhm-course>`);
      const reflection = activity(el, returnIdentity);

      // Assert
      expect(fieldOf(el).value).to.equal('Own copy');
      expect(keysHolding('Old copy')).to.have.length(1);
      expect(keysHolding('Old copy')[0]).to.match(new RegExp(`^${reflectionKey(`accra/${returnIdentity}`)}:unreadable:\\d+$`));

      // Act: the learner deletes the reflection.
      button(reflection, 'delete-button').click();
      await settle(el);
      button(reflection, 'confirm-button').click();
      await settle(el);

      // Assert: nothing of either copy is left.
      expect([...keysHolding('Old copy'), ...keysHolding('Own copy')]).to.deep.equal([]);
    });

    it('shows the next learner only their own progress and reflections when course-id changes on the page', async () => {
      // Arrange: a first learner completes the first lesson and keeps a reflection.
      const el = await course(html`<mhm-course persist course-id="learner-a"></mhm-course>`);
      await completeLesson(el, activity(el, builtInIds[0]));
      await keepReflection(el, 'First learner words');

      // Act: the host signs the next learner in, on the same page.
      el.courseId = 'learner-b';
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal([]);
      expect(fieldOf(el).value).to.equal('');
      expect(part<HTMLInputElement>(activity(el, returnIdentity), '#keep').checked).to.equal(false);
      expect(storedText(`learner-a/${returnIdentity}`)).to.equal('First learner words');
      expect(localStorage.getItem(reflectionKey(`learner-b/${returnIdentity}`))).to.equal(null);

      // Act: the first learner comes back.
      el.courseId = 'learner-a';
      await settle(el);

      // Assert
      expect(el.progress.completed).to.include.members([builtInIds[0], returnIdentity]);
      expect(fieldOf(el).value).to.equal('First learner words');
    });

    it('moves nothing without persist', async () => {
      localStorage.setItem(reflectionKey(returnIdentity), serializeRecord('Old copy', 1764000000000));
      const el = await course(html`<mhm-course course-id="accra"></mhm-course>`);
      expect(fieldOf(el).value).to.equal('');
      expect(storedText(returnIdentity)).to.equal('Old copy');
    });
  });

  describe('the list of activities', () => {
    it('jumps to an activity and moves focus to its heading', async () => {
      // Arrange
      const el = await course();
      const changes = recordEvents(el, 'mhm-activity-change');
      part(el, '[part~="activities-summary"]').click();
      await settle(el);

      // Act
      listItems(el)[4].click();
      await settle(el);

      // Assert
      const lesson = activity(el, 'what-you-can-do');
      expect(lesson.shadowRoot!.activeElement).to.equal(part(lesson, '[part~="heading"]'));
      expect(changes.map((event) => event.detail)).to.deep.equal([{ id: '', activityId: 'what-you-can-do', index: 4 }]);
      expect(listItems(el)[4].getAttribute('aria-current')).to.equal('step');
      expect(el.progress.current).to.equal('what-you-can-do');
    });

    it('jumps to a reflection’s prompt and to the quiz’s heading', async () => {
      const el = await course();
      part(el, '[part~="activities-summary"]').click();
      listItems(el)[3].click();
      await settle(el);
      const reflection = activity(el, 'mhm-course/return-identity');
      expect(reflection.shadowRoot!.activeElement).to.equal(part(reflection, '[part~="prompt"]'));
      listItems(el)[8].click();
      await settle(el);
      const quiz = activity(el, 'course-quiz');
      expect(quiz.shadowRoot!.activeElement).to.equal(part(quiz, '[part~="heading"]'));
    });

    it('works from the keyboard', async () => {
      const el = await course();
      part(el, '[part~="activities-summary"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.progress.current).to.equal('migration-and-well-being');
    });

    it('follows the learner moving focus into another activity', async () => {
      const el = await course();
      const change = oneEvent(el, 'mhm-activity-change');
      button(activity(el, 'guiding-principles'), 'complete-button').focus();
      expect((await change).detail).to.deep.equal({ id: '', activityId: 'guiding-principles', index: 7 });
    });

    it('offers to continue at the first activity not complete', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      button(el, 'continue-button').click();
      await settle(el);
      const next = activity(el, 'migration-and-well-being');
      expect(next.shadowRoot!.activeElement).to.equal(part(next, '[part~="heading"]'));
    });
  });

  describe('completion', () => {
    it('fires mhm-course-complete once, with the quiz result, and shows the closing panel', async () => {
      // Arrange
      const el = await course();
      const completions = recordEvents(el, 'mhm-course-complete');

      // Act
      await completeBuiltIn(el);
      const lesson = activity(el, 'what-is-mental-health');
      await completeLesson(el, lesson);
      await completeLesson(el, lesson);

      // Assert
      expect(completions.map((event) => event.detail)).to.deep.equal([
        { id: '', total: 9, quiz: { score: 8, maxScore: 8, percent: 100, passed: null } },
      ]);
      expect(el.progress.percent).to.equal(100);
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal(en.closing.heading);
      expect(textOf(part(el, '[part~="quiz-result"]'))).to.contain('8');
      expect(textOf(part(el, '[role="status"]'))).to.equal('Course complete. Well done.');
    });

    it('lets a learner who writes no reflection at all finish and reach the closing panel', async () => {
      const el = await course(html`<mhm-course course-id="no-writing" persist></mhm-course>`);
      const completions = recordEvents(el, 'mhm-course-complete');

      await completeBuiltIn(el, skipReflection);

      expect(progressText(el)).to.equal('9 of 9 activities');
      expect(completions).to.have.length(1);
      expect(isShown(part(el, '[part~="completion"]'))).to.be.true;
      expect(textOf(part(el, '[part~="completion-heading"]'))).to.equal(en.closing.heading);
      const reflections = en.activities.filter((item) => item.kind === 'reflection').map((item) => activity<MhmReflectionPrompt>(el, item.id));
      expect(reflections.map((reflection) => reflection.hasAttribute('completed'))).to.deep.equal([true, true]);
      expect(Object.keys(localStorage).filter((key) => key.includes('reflection:')), 'nothing written, nothing kept').to.deep.equal([]);
    });

    it('moves a learner who finishes a reflection on to the next activity, and to the closing panel once the course is complete', async () => {
      // Arrange
      const el = await course();
      const [first, second] = en.activities.filter((item) => item.kind === 'reflection').map((item) => item.id);
      const next = builtInIds[builtInIds.indexOf(first) + 1];
      const focusedPart = () => {
        const host = el.shadowRoot!.activeElement as HTMLElement | null;
        return [host?.dataset.activity, host?.shadowRoot?.activeElement?.getAttribute('part')];
      };

      // Act
      await skipReflection(el, activity(el, first));

      // Assert: on the next activity's heading, where reading goes on.
      expect(focusedPart()).to.deep.equal([next, 'heading']);
      expect(el.progress.current).to.equal(next);

      // Act: every other activity done, the last reflection finishes the course.
      el.restoreProgress({ completed: builtInIds.filter((id) => id !== second) });
      await settle(el);
      await skipReflection(el, activity(el, second));

      // Assert: on the closing panel's heading, however far below it is.
      expect(el.shadowRoot!.activeElement?.id).to.equal('completion-heading');
      expect(textOf(part(el, '#completion-heading'))).to.equal(en.closing.heading);
    });

    it('prints with the print button', async () => {
      const el = await course();
      const print = sinon.stub(window, 'print');
      try {
        el.restoreProgress({ completed: builtInIds });
        await settle(el);
        button(el, 'print-button').click();
        expect(print.calledOnce).to.equal(true);
      } finally {
        print.restore();
      }
    });

    it('prints a clean record: no controls, every slide, no reflections unless the learner asks', async () => {
      // Arrange
      const el = await course();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);

      // Act
      await emulateMedia({ media: 'print' });

      // Assert
      finishAnimations(el);
      // The quiz's radio buttons stay: they show the learner's answers.
      const controls = everything(el).filter((element) => element.matches('button, details, nav, [type="checkbox"]') && isShown(element));
      expect(controls.map((element) => element.outerHTML.slice(0, 60))).to.deep.equal([]);
      expect(isShown(activity(el, 'mhm-course/return-identity'))).to.equal(false);
      const carousel = activity(el, 'five-reasons');
      const slides = [...carousel.shadowRoot!.querySelectorAll('[part~="slide"]')];
      expect(slides.filter((slide) => slide.checkVisibility({ visibilityProperty: true }))).to.have.length(5);

      await emulateMedia({ media: 'screen' });
      part<HTMLInputElement>(el, '[part~="print-reflections"] input').click();
      await settle(el);
      await emulateMedia({ media: 'print' });
      const reflection = activity(el, 'mhm-course/return-identity');
      expect(isShown(reflection)).to.equal(true);
      // On paper, the prompt and the text: no character count, no save status.
      expect(isShown(part(reflection, '[part~="prompt"]'))).to.equal(true);
      expect(isShown(part(reflection, '[part~="counter"]'))).to.equal(false);
      expect(isShown(part(reflection, '[part~="status"]'))).to.equal(false);
    });

    it('hides an author’s reflections from the printed record too', async () => {
      const el = await course(authorCourse());
      await emulateMedia({ media: 'print' });
      expect(isShown(child(el, 'think'))).to.equal(false);
      expect(isShown(child(el, 'intro'))).to.equal(true);
    });
  });

  describe('resume', () => {
    it('restores progress after a reload with persist and course-id, without an event', async () => {
      // Arrange
      const first = await course(html`<mhm-course persist course-id="resume"></mhm-course>`);
      await completeLesson(first, activity(first, 'what-is-mental-health'));
      await completeReflection(first, activity(first, 'mhm-course/return-identity'), 'my secret words');
      first.remove();

      // Act
      const el = await fixture<MhmCourse>(html`<mhm-course persist course-id="resume"></mhm-course>`);
      const events = recordEvents(el, 'mhm-progress');
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health', 'mhm-course/return-identity']);
      expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(true);
      expect(activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity').completed).to.equal(true);
      expect(events).to.have.length(0);
      const stored = JSON.parse(localStorage.getItem(`${storagePrefix}course:resume`)!);
      expect(stored).to.deep.include({ v: 1, completed: ['what-is-mental-health', 'mhm-course/return-identity'], finished: false });
      expect(JSON.stringify(stored)).not.to.contain('secret');
    });

    it('ignores stored progress in an older or damaged format, with a note', async () => {
      for (const stored of ['{"v":0,"done":["x"]}', 'not json', '{"v":1,"completed":"all"}']) {
        localStorage.setItem(`${storagePrefix}course:old`, stored);
        const info = sinon.stub(console, 'info');
        try {
          const el = await course(html`<mhm-course persist course-id="old"></mhm-course>`);
          expect(el.progress.completed).to.deep.equal([]);
          expect(textOf(part(el, '[part~="notice"]'))).to.contain('could not be read');
          expect(info.calledWithMatch(/stored progress was ignored/)).to.equal(true);
          el.remove();
        } finally {
          info.restore();
        }
      }
    });

    it('stores nothing, and tells the author, with persist but no course-id', async () => {
      const el = await quietFixture<MhmCourse>(html`<mhm-course persist></mhm-course>`);
      await settle(el);
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('course-id');
      expect(Object.keys(localStorage).filter((key) => key.startsWith(storagePrefix))).to.deep.equal([]);
    });

    it('stores nothing without persist', async () => {
      const el = await course(html`<mhm-course course-id="nothing"></mhm-course>`);
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      expect(Object.keys(localStorage).filter((key) => key.startsWith(storagePrefix))).to.deep.equal([]);
    });

    for (const kind of ['quota', 'security', 'missing', 'read'] as const) {
      it(`keeps progress in the page when storage fails (${kind})`, async () => {
        await withBrokenStorage(kind, async () => {
          // Its own course-id: what a failing device kept in page memory stays there for the next test.
          const el = await course(html`<mhm-course persist course-id=${`broken-${kind}`}></mhm-course>`);
          await completeLesson(el, activity(el, 'what-is-mental-health'));
          expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
          if (kind !== 'read') {
            expect(textOf(part(el, '[part~="notice"]'))).to.contain('cannot be saved');
          }
        });
      });
    }
  });

  describe('restoreProgress()', () => {
    it('marks known activities complete, ignores unknown ids, and fires only mhm-progress', async () => {
      // Arrange
      const el = await course(authorCourse());
      const progress = recordEvents(el, 'mhm-progress');
      const completions = recordEvents(el, 'mhm-course-complete');
      const childEvents = recordEvents(el, 'mhm-complete');

      // Act
      el.restoreProgress({ completed: ['check', 'nope', 'intro', 'think', 'reasons'], current: 'think' });
      await settle(el);

      // Assert
      expect(el.progress).to.deep.equal({ completed: ['intro', 'think', 'reasons', 'check'], total: 4, percent: 100, current: 'think' });
      expect(progress.map((event) => event.detail.completedIds)).to.deep.equal([['intro', 'think', 'reasons', 'check']]);
      expect(completions).to.have.length(0);
      expect(childEvents).to.have.length(0);
      expect(child<MhmLessonCard>(el, 'intro').completed).to.equal(true);
      expect(child<MhmReflectionPrompt>(el, 'think').completed).to.equal(true);

      // A lesson taken back and marked again after a restored completion is no new completion.
      await completeLesson(el, child(el, 'intro'));
      await completeLesson(el, child(el, 'intro'));
      expect(completions).to.have.length(0);
    });

    it('waits for the built-in course when called right after creation', async () => {
      const el = document.createElement('mhm-course');
      el.restoreProgress({ completed: ['five-reasons', 'what-is-mental-health'] });
      const progress = oneEvent(el, 'mhm-progress');
      document.body.append(el);
      try {
        expect((await progress).detail.completedIds).to.deep.equal(['what-is-mental-health', 'five-reasons']);
        await settle(el);
        expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('refuses what is not progress, without throwing', async () => {
      const el = await course(authorCourse());
      const warn = sinon.stub(console, 'warn');
      try {
        el.restoreProgress(null as never);
        el.restoreProgress({ completed: 'intro' } as never);
        el.restoreProgress({ completed: [3, 'intro'] } as never);
      } finally {
        warn.restore();
      }
      expect(el.progress.completed).to.deep.equal(['intro']);
      expect(warn.callCount).to.equal(2);
    });
  });

  describe('Start over', () => {
    it('asks in place, and Cancel or Escape keeps everything', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      button(el, 'start-over-button').click();
      await settle(el);
      const group = part(el, '[part~="confirm"]');
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'cancel-button'));
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'start-over-button'));
      expect(el.progress.completed).to.have.length(1);
    });

    it('clears progress and storage but keeps reflections unless the learner ticks the box', async () => {
      // Arrange
      const el = await course(html`<mhm-course persist course-id="again"></mhm-course>`);
      const reflection = activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity');
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      await completeReflection(el, reflection, 'kept');
      const progress = recordEvents(el, 'mhm-progress');

      // Act
      button(el, 'start-over-button').click();
      await settle(el);
      button(el, 'confirm-button').click();
      await settle(el);

      // Assert
      expect(el.progress.completed).to.deep.equal([]);
      expect(progress.map((event) => event.detail.completed)).to.deep.equal([0]);
      expect(localStorage.getItem(`${storagePrefix}course:again`)).to.equal(null);
      expect(activity<MhmLessonCard>(el, 'what-is-mental-health').completed).to.equal(false);
      expect(reflection.completed).to.equal(false);
      expect(part<HTMLTextAreaElement>(reflection, 'textarea').value).to.equal('kept');
      expect(el.shadowRoot!.activeElement).to.equal(part(el, '#heading'));
      expect(textOf(part(el, '[role="status"]'))).to.contain('cleared');
    });

    it('deletes the reflections when the learner ticks "Also delete my reflections"', async () => {
      const el = await course();
      const reflection = activity<MhmReflectionPrompt>(el, 'mhm-course/return-identity');
      await completeReflection(el, reflection, 'private');
      button(el, 'start-over-button').click();
      await settle(el);
      part<HTMLInputElement>(el, '#clear-reflections').click();
      button(el, 'confirm-button').click();
      await settle(el);
      expect(part<HTMLTextAreaElement>(reflection, 'textarea').value).to.equal('');
    });

    it('lets the course be completed, and the event fire, again', async () => {
      const el = await course(authorCourse());
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      await settle(el);
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      expect(el.progress.percent).to.equal(100);
      el.startOver();
      await settle(el);
      const completions = recordEvents(el, 'mhm-course-complete');
      el.restoreProgress({ completed: ['intro', 'think', 'check'] });
      button(child(el, 'reasons'), 'next-button').click();
      await settle(el);
      expect(completions).to.have.length(1);
    });
  });

  describe('language at runtime', () => {
    it('re-renders in the new language and keeps progress', async () => {
      // Arrange
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));

      // Act
      el.lang = 'fr';
      await settle(el);

      // Assert
      expect(textOf(part(el, '[part~="heading"]'))).to.contain('Santé mentale');
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
      const lesson = activity<MhmLessonCard>(el, 'what-is-mental-health');
      expect(lesson.completed).to.equal(true);
      expect(textOf(button(lesson, 'complete-button'))).to.equal('Marquer comme terminé');
      expect(progressText(el)).to.equal('Activités terminées : 1 sur 9');
    });

    it('follows the document’s language', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      document.documentElement.lang = 'ar';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(el);
      expect(part(el, '[part~="activities-body"]').getAttribute('lang')).to.equal('ar');
      expect(el.progress.completed).to.deep.equal(['what-is-mental-health']);
    });
  });

  describe('themes', () => {
    it('sets the colour scheme of every component inside from `theme`', async () => {
      const el = await course(html`<mhm-course theme="dark"></mhm-course>`);
      expect(getComputedStyle(activity(el, 'what-is-mental-health')).colorScheme).to.equal('dark');
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(activity(el, 'what-is-mental-health')).colorScheme).to.equal('light');
    });

    it('follows the device without `theme`', async () => {
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      const el = await course();
      const surface = getComputedStyle(part(el, '[part~="header"]')).backgroundColor;
      el.theme = 'light';
      await settle(el);
      expect(getComputedStyle(part(el, '[part~="header"]')).backgroundColor).not.to.equal(surface);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`shows the page, not a band of its own, between activities and under the header (${theme})`, async () => {
        // Arrange: a page colour no component uses.
        document.body.style.background = 'rgb(1, 2, 3)';
        try {
          const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
          const header = part(el, '[part~="header"]');
          const [first, second] = builtInIds.slice(0, 2).map((id) => activity(el, id));

          // Act: what is painted halfway across each gap.
          const paintedBetween = (above: Element, below: Element) => {
            window.scrollBy(0, above.getBoundingClientRect().bottom - innerHeight / 2);
            const top = above.getBoundingClientRect().bottom;
            const { left, width, top: bottom } = below.getBoundingClientRect();
            return { space: bottom - top, colour: backgroundOf(el.shadowRoot!.elementFromPoint(left + width / 2, (top + bottom) / 2)!) };
          };
          const underHeader = paintedBetween(header, first);
          const betweenCards = paintedBetween(first, second);

          // Assert
          expect(betweenCards.colour).to.deep.equal([1, 2, 3, 1]);
          expect(underHeader.colour).to.deep.equal([1, 2, 3, 1]);
          expect(underHeader.space).to.equal(betweenCards.space);
        } finally {
          document.body.style.background = '';
        }
      });
    }

    it('leaves the author’s own text between activities in the page’s colour, whatever the theme', async () => {
      document.body.style.color = 'rgb(10, 20, 30)';
      try {
        const el = await course(html`<mhm-course theme="dark" heading="Workshop"><p>Read each part.</p>
          <mhm-lesson-card id="intro" heading="Why we meet"><p>We talk.</p></mhm-lesson-card></mhm-course>`);
        expect(getComputedStyle(el.querySelector('p')!).color).to.equal('rgb(10, 20, 30)');
        expect(getComputedStyle(part(el, '[part~="heading"]')).color).to.equal('rgb(237, 241, 242)');
      } finally {
        document.body.style.color = '';
      }
    });

    it('tells the author about an unknown theme', async () => {
      const el = await quietFixture<MhmCourse>(html`<mhm-course theme="blue"></mhm-course>`);
      await settle(el);
      expect(textOf(part(el, '[part~="author-error"]'))).to.contain('theme="light"');
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`gives every text at least 4.5:1 contrast on its background (${theme})`, async () => {
        // Arrange: every state that shows text: list open, an activity done, a reflection written.
        const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
        part(el, '[part~="activities-summary"]').click();
        await completeLesson(el, activity(el, 'what-is-mental-health'));
        el.restoreProgress({ completed: builtInIds });
        await settle(el);

        // Act
        const pairs = textPairs(el);

        // Assert
        expect(pairs.length).to.be.greaterThan(50);
        expect(pairs.filter((pair) => pair.ratio < 4.5).map((pair) => `${pair.ratio.toFixed(2)} ${pair.where}`)).to.deep.equal([]);
      });

      it(`gives every text field's edge at least 3:1 contrast on its background (${theme}, WCAG 1.4.11)`, async () => {
        const el = await course(html`<mhm-course theme=${theme}></mhm-course>`);
        finishAnimations(el);
        const fields = everything(el).filter((element) => element.localName === 'textarea');
        expect(fields.length).to.be.greaterThan(0);
        for (const field of fields) {
          const edge = parseColor(getComputedStyle(field).borderInlineStartColor);
          const around = backgroundOf(flatParent(field)!);
          expect(contrast(edge, around), field.id).to.be.at.least(3);
        }
      });
    }

    it('keeps every control visible in forced-colours mode', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      part(el, '[part~="activities-summary"]').click();
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      expect(buttons.length).to.be.greaterThan(5);
      for (const control of buttons) {
        const style = getComputedStyle(control);
        expect(style.borderStyle, control.outerHTML).to.equal('solid');
        expect(parseFloat(style.borderTopWidth), control.outerHTML).to.be.greaterThan(0);
        expect(style.color).not.to.equal(style.backgroundColor);
      }
    });
  });

  describe('privacy', () => {
    it('never puts a reflection’s text in a course event, a property or course storage', async () => {
      const el = await course(html`<mhm-course persist course-id="private"></mhm-course>`);
      const details: unknown[] = [];
      for (const name of ['mhm-progress', 'mhm-course-complete', 'mhm-activity-change'] as const) {
        el.addEventListener(name, (event) => details.push(event.detail));
      }
      await completeBuiltIn(el);
      const seen = JSON.stringify([details, el.progress, el.activities, localStorage.getItem(`${storagePrefix}course:private`)]);
      expect(seen).not.to.contain('Listening helps');
    });
  });

  describe('accessibility', () => {
    it('has no axe violation, before and after completion', async () => {
      const el = await course();
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
      part(el, '[part~="activities-summary"]').click();
      el.restoreProgress({ completed: builtInIds });
      await settle(el);
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('has no axe violation in an author’s course, in the dark', async () => {
      const el = await course(authorCourse());
      // Colours are read at rest: no transition between the two schemes.
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      el.theme = 'dark';
      await completeLesson(el, child(el, 'intro'));
      // Colours change with a short transition: read them once it has ended.
      await transitionsDone();
      await expect(el).to.be.accessible();
      expect(await axeWcag22(el)).to.deep.equal([]);
    });

    it('fits a 320 px phone', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await course();
      part(el, '[part~="activities-summary"]').click();
      await settle(el);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });

  describe('lifecycle', () => {
    it('works when created but never attached', () => {
      const el = document.createElement('mhm-course');
      expect(el.progress).to.deep.equal({ completed: [], total: 0, percent: 0, current: null });
      expect(el.activities).to.deep.equal([]);
      el.restoreProgress({ completed: ['x'] });
      el.startOver();
    });

    it('lists an author’s children before it is attached', () => {
      const el = document.createElement('mhm-course');
      el.innerHTML = '<mhm-lesson-card id="a" heading="A"></mhm-lesson-card>';
      el.restoreProgress({ completed: ['a'] });
      expect(el.progress.completed).to.deep.equal(['a']);
    });

    it('survives being removed at once', async () => {
      const el = document.createElement('mhm-course');
      document.body.append(el);
      el.remove();
      await el.updateComplete;
      expect(el.progress.total).to.equal(0);
    });

    it('keeps progress and keeps counting when moved', async () => {
      const el = await course();
      await completeLesson(el, activity(el, 'what-is-mental-health'));
      const other = document.createElement('div');
      document.body.append(other);
      try {
        other.append(el);
        await settle(el);
        await completeLesson(el, activity(el, 'migration-and-well-being'));
        expect(el.progress.completed).to.deep.equal(['what-is-mental-health', 'migration-and-well-being']);
      } finally {
        other.remove();
      }
    });
  });
});
