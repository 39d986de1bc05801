import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../../src/components/course/course.js';
import type { MhmCourse } from '../../src/components/course/course.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { connectScorm12, type Scorm12Api } from '../../src/scorm/scorm12.js';
import { isShown, part, textOf } from '../support/helpers.js';
import { cmi, lmsRuntime } from '../lms/scorm-runtime.js';
import { enQuiz, settle, course, activity, button, progressText, listItems, completeLesson, completeReflection, answerQuiz, recordEvents, child, answerTrueFalse, missAttempt, missEveryAttempt, notPassedText, courseHooks } from '../harness/course.js';
import { twoAttempts } from './fixtures.js';

describe('<mhm-course>', () => {
  courseHooks();

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
});
