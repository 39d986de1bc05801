import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import type { MhmCompleteDetail } from '../../src/events/complete.js';
import { part, textOf } from '../support/helpers.js';
import { answer, legends, liveText, press, quizHooks, settle } from '../harness/quiz.js';

/** Every event of this kind the quiz fires, in order. */
function record(el: HTMLElement, name: 'mhm-complete' | 'mhm-answer'): CustomEvent[] {
  const events: CustomEvent[] = [];
  el.addEventListener(name, (event) => events.push(event as CustomEvent));
  return events;
}

/** Lets the quiz see the author's change to its children, and render it. */
async function seeChange(el: MhmQuiz): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await elementUpdated(el);
}

const threeQuestions = ({ layout = 'paged', attempts = '' } = {}) =>
  fixture<MhmQuiz>(html`<mhm-quiz id="edited" pass-mark="50" layout=${layout} attempts=${attempts || nothing}>
    <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
    <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
    <mhm-question type="true-false" answer="true" prompt="Three"></mhm-question>
  </mhm-quiz>`);

/** Chooses True in the question of the list at this position, and checks it. */
async function checkTrueAt(el: MhmQuiz, position: number): Promise<void> {
  const item = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="question"]')[position];
  item.querySelector<HTMLInputElement>('input')!.click();
  await elementUpdated(el);
  item.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  await elementUpdated(el);
}

const question = (el: MhmQuiz, prompt: string) => el.querySelector<HTMLElement>(`mhm-question[prompt="${prompt}"]`)!;

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('questions changed by the author’s script during an attempt', () => {
    it('completes the attempt when the only unanswered question is removed: one mhm-complete with the score, and the learner sees and hears it', async () => {
      // Arrange: a paged quiz of three, the first two checked.
      const el = await threeQuestions({ attempts: '2' });
      const completions = record(el, 'mhm-complete');
      await answer(el, 'True');
      await press(el, 'next-button');
      await answer(el, 'True');
      expect(liveText(el)).to.equal('Correct. Answered: 2 of 3.');

      // Act
      question(el, 'Three').remove();
      await seeChange(el);

      // Assert: the course or LMS hears it once, with the score of the quiz as it now stands.
      const detail: MhmCompleteDetail[] = completions.map((event) => event.detail);
      expect(detail).to.deep.equal([{ activity: 'quiz', id: 'edited', completed: true, score: 2, maxScore: 2, percent: 100, passed: true }]);
      expect([el.completed, el.percent, el.passed, el.attemptsLeft]).to.deep.equal([true, 100, true, 1]);
      // What the learner hears and sees says the same.
      expect(liveText(el)).to.equal('You have answered every question.');
      expect(legends(el)).to.deep.equal(['Question 2 of 2 Two']);
      await press(el, 'result-button');
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 2 out of 2 (100%).');
      expect(textOf(part(el, '[part="attempts"]'))).to.equal('Attempts left: 1');

      // And never again for the same attempt, whatever else changes.
      question(el, 'Two').setAttribute('explanation', 'Edited later.');
      el.requestUpdate();
      await seeChange(el);
      expect(completions).to.have.length(1);
    });

    it('completes a list-layout attempt when an unanswered question is removed between two checked ones, and shows the result', async () => {
      const el = await threeQuestions({ layout: 'list' });
      const completions = record(el, 'mhm-complete');
      await checkTrueAt(el, 0);
      await checkTrueAt(el, 2);
      expect(completions).to.have.length(0);

      question(el, 'Two').remove();
      await seeChange(el);

      expect(completions.map((event) => event.detail.score)).to.deep.equal([2]);
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 2 out of 2 (100%).');
      expect(liveText(el)).to.equal('You have answered every question.');
    });

    it('keeps the attempt finished on the device: a reload shows the result and fires nothing more', async () => {
      const quiz = html`<mhm-quiz id="kept" persist quiz-id="question-changes" attempts="2">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
      </mhm-quiz>`;
      const el = await fixture<MhmQuiz>(quiz);
      const completions = record(el, 'mhm-complete');
      await answer(el, 'True');
      question(el, 'Two').remove();
      await seeChange(el);
      expect(completions).to.have.length(1);
      el.remove();

      const again = await fixture<MhmQuiz>(html`<mhm-quiz id="kept" persist quiz-id="question-changes" attempts="2">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
      </mhm-quiz>`);
      const more = record(again, 'mhm-complete');
      await seeChange(again);

      expect([again.completed, again.attemptsLeft, more.length]).to.deep.equal([true, 1, 0]);
      expect(part(again, '[part~="result-button"]')).to.exist;
    });

    it('does not fire again when the same questions are read again, as when src is set anew', async () => {
      const body = JSON.stringify({ questions: [{ type: 'true-false', prompt: 'One', answer: true }] });
      sinon.stub(window, 'fetch').callsFake(async () => new Response(body));
      const el = await fixture<MhmQuiz>(html`<mhm-quiz src="/one.json"></mhm-quiz>`);
      await settle(el);
      await settle(el);
      const completions = record(el, 'mhm-complete');
      await answer(el, 'True');
      expect(completions).to.have.length(1);

      el.src = '/one-again.json';
      await settle(el);
      await settle(el);

      expect(legends(el)).to.deep.equal(['Question 1 of 1 One']);
      expect(completions).to.have.length(1);
    });

    it('fires nothing when a change leaves questions to answer, or when the learner has answered nothing', async () => {
      const el = await threeQuestions();
      const completions = record(el, 'mhm-complete');
      const answers = record(el, 'mhm-answer');

      question(el, 'Three').remove();
      await seeChange(el);
      question(el, 'Two').remove();
      await seeChange(el);
      expect([completions.length, answers.length, el.completed, liveText(el)]).to.deep.equal([0, 0, false, '']);

      await answer(el, 'True');
      expect(completions).to.have.length(1);
    });
  });
});
