import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';
import { activity, button, completeBuiltIn, course, courseHooks, enQuiz, settle } from '../harness/course.js';
import { answerQuestions, chooseAt, press } from '../harness/quiz.js';
import en from '../../src/content/course/en.js';

/** Whether the element is on screen, whole, in the window the learner sees. */
function onScreen(element: Element): boolean {
  const { top, bottom, height } = element.getBoundingClientRect();
  return height > 0 && top >= 0 && bottom <= innerHeight;
}

/** The part focused in the course, or in the built-in activity that holds focus. */
function focusedPart(el: MhmCourse): string | null | undefined {
  const inCourse = el.shadowRoot!.activeElement as HTMLElement | null;
  return (inCourse?.shadowRoot?.activeElement ?? inCourse)?.getAttribute('part');
}

/** Completes the built-in course at 360 × 640 and presses the quiz's "See your result". */
async function finishOnPhone(template = html`<mhm-course></mhm-course>`): Promise<MhmCourse> {
  await setViewport({ width: 360, height: 640 });
  const el = await course(template);
  await completeBuiltIn(el);
  await press(activity(el, enQuiz.id), 'result-button');
  await settle(el);
  return el;
}

describe('<mhm-course>', () => {
  courseHooks();

  describe('the end of the course on a phone', () => {
    it('shows that the course is complete beside the quiz result, and its button brings the closing panel into view with focus', async () => {
      // Arrange
      const el = await finishOnPhone();
      const result = part(activity(el, enQuiz.id), '[part~="result-heading"]');
      expect(focusedPart(el), 'focus on the quiz result').to.equal('result-heading');

      // Assert: the note is on the same screen as the result
      const note = part(el, '[part~="completion-note"]');
      expect(onScreen(result), 'the result on screen').to.be.true;
      expect(onScreen(note), 'the completion note on screen with it').to.be.true;
      expect(textOf(note)).to.contain('You have completed the course');

      // Act
      button(el, 'completion-note-button').click();
      await settle(el);

      // Assert
      const heading = part(el, '[part~="completion-heading"]');
      expect(focusedPart(el)).to.equal('completion-heading');
      expect(onScreen(heading), 'the closing panel brought into view').to.be.true;
    });

    it('never hides the control that takes focus behind the note: "See your result" at the bottom of the screen moves above it', async () => {
      // Arrange: the last answer checked, its "See your result" at the very bottom of the screen, where the note sits
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      await completeBuiltIn(el);
      const quiz = activity(el, enQuiz.id);
      const next = part(quiz, '[part~="result-button"]');
      next.scrollIntoView({ block: 'end' });
      const note = part(el, '[part~="completion-note"]');
      expect(next.getBoundingClientRect().bottom, 'under the note before').to.be.above(note.getBoundingClientRect().top);

      // Act: Tab reaches it from "Previous" (on screen, so the browser does not scroll)
      part(quiz, '[part~="previous-button"]').focus({ preventScroll: true });
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(focusedPart(el)).to.equal('result-button');

      // Assert
      expect(next.getBoundingClientRect().bottom).to.be.at.most(note.getBoundingClientRect().top);
      expect(onScreen(next)).to.be.true;
    });

    it('makes room for the note when it appears: what was at the bottom of the screen after the last answer stays above it', async () => {
      // Arrange: every question answered but the last, whose Check button sits at the bottom of the screen
      await setViewport({ width: 360, height: 640 });
      const el = await course();
      for (const item of en.activities.filter((activity) => activity.kind !== 'quiz')) {
        el.restoreProgress({ completed: [...el.progress.completed, item.id] });
      }
      await settle(el);
      const quiz = activity(el, enQuiz.id);
      await answerQuestions(quiz, enQuiz.questions.slice(0, -1));
      await press(quiz, 'next-button');
      const last = enQuiz.questions.at(-1)!;
      await chooseAt(quiz, ...(last.type === 'true-false' ? [last.answer === 'true' ? 0 : 1] : last.choices.flatMap((choice, i) => (choice.correct ? [i] : []))));

      // Act
      await press(quiz, 'check-button');
      await settle(el);

      // Assert
      const note = part(el, '[part~="completion-note"]');
      const result = part(quiz, '[part~="result-button"]');
      expect(onScreen(note)).to.be.true;
      expect(onScreen(result), '"See your result" on screen').to.be.true;
      expect(result.getBoundingClientRect().bottom, '"See your result" above the note').to.be.at.most(note.getBoundingClientRect().top);
    });

    it('says the course is complete once to a screen reader: the note is not a live region', async () => {
      const el = await finishOnPhone();

      const note = part(el, '[part~="completion-note"]');
      expect(note.closest('[aria-live], [role="status"], [role="alert"]')).to.be.null;
      expect(note.querySelector('[aria-live], [role="status"], [role="alert"]')).to.be.null;
      expect(textOf(part(el, '[role="status"]'))).to.equal('Course complete. Well done.');
    });

    it('shows no completion note before the course is complete', async () => {
      const el = await course();

      expect(el.shadowRoot!.querySelector('[part~="completion-note"]')).to.be.null;
    });

    it('says it in the course’s language', async () => {
      const el = await finishOnPhone(html`<mhm-course lang="fr"></mhm-course>`);

      expect(textOf(part(el, '[part~="completion-note"]'))).to.contain('Vous avez terminé le cours');
      expect(textOf(button(el, 'completion-note-button'))).to.equal('Voir votre bilan');
    });
  });

  describe('the toolkit link in the closing panel', () => {
    it('names K-par-Cas 2 as IOM’s toolkit and links it when the partner sets toolkit-href', async () => {
      const el = await finishOnPhone(html`<mhm-course toolkit-href="https://example.org/k-par-cas"></mhm-course>`);

      const further = part(el, '[part~="further-learning"]');
      expect(textOf(further)).to.match(/K-par-Cas 2.*IOM’s toolkit/);
      const link = part<HTMLAnchorElement>(el, '[part~="toolkit-link"]');
      expect(link.href).to.equal('https://example.org/k-par-cas');
      expect(textOf(link)).to.contain('K-par-Cas 2');
    });

    it('shows no link without toolkit-href', async () => {
      const el = await finishOnPhone();

      expect(el.shadowRoot!.querySelector('[part~="toolkit-link"]')).to.be.null;
      expect(textOf(part(el, '[part~="further-learning"]'))).to.contain('K-par-Cas 2');
    });

    for (const href of ['http://example.org/k-par-cas', 'javascript:alert(1)', 'k-par-cas.html']) {
      it(`refuses toolkit-href="${href}" with a message in place and one warning: full https only`, async () => {
        let el!: MhmCourse;
        const warnings = await captureWarnings(async () => {
          el = await finishOnPhone(html`<mhm-course toolkit-href=${href}></mhm-course>`);
        });

        expect(el.shadowRoot!.querySelector('[part~="toolkit-link"]')).to.be.null;
        expect(textOf(part(el, '[part~="author-error"]'))).to.contain('toolkit-href');
        expect(warnings.filter((message) => message.includes('toolkit-href'))).to.have.length(1);
      });
    }
  });
});
