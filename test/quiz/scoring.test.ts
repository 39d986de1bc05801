import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import type { MhmAnswerDetail } from '../../src/events/answer.js';
import { part, textOf } from '../support/helpers.js';
import { inputs, input, choose, press, answer, liveText, legends, focused, quizHooks } from '../harness/quiz.js';
import { who, migration, twoQuestions, uprooting } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('checking an answer', () => {
    it('never checks on selection alone', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      const answers: unknown[] = [];
      el.addEventListener('mhm-answer', (event) => answers.push(event.detail));
      await choose(el, 'The absence of any mental disorder', 'A state of well-being');
      expect(answers).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.be.null;
      expect(input(el, 'A state of well-being').checked).to.be.true;
    });

    it('asks for a choice first, in text tied to the group, when Check is pressed with nothing chosen', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      let answered = false;
      el.addEventListener('mhm-answer', () => (answered = true));
      await press(el, 'check-button');
      const error = part(el, '[part="error"]');
      expect(textOf(error)).to.equal('⚠ Choose an answer, then press Check.');
      expect(part(el, 'fieldset').getAttribute('aria-describedby')).to.contain(error.id);
      expect(liveText(el)).to.equal('Choose an answer, then press Check.');
      expect(answered).to.be.false;

      await choose(el, 'A state of well-being');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    });

    it('says "Correct" in words and an icon, shows the choice feedback and the explanation, locks the answers and announces it', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await choose(el, 'A state of well-being');
      const event = oneEvent(el, 'mhm-answer');
      await press(el, 'check-button');
      expect((await event).detail).to.deep.equal({ id: 'check-1', questionIndex: 0, questionType: 'single', selected: ['A state of well-being'], selectedIndexes: [0], correct: true, score: 1 });

      const feedback = part(el, '[part~="feedback"]');
      expect(feedback.getAttribute('part')).to.equal('feedback feedback-correct');
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
      expect(part(el, '[part="verdict"] [aria-hidden="true"]')).to.exist;
      expect(textOf(part(el, '[part="choice-feedback"]'))).to.equal('Yes: it is about well-being.');
      expect(textOf(part(el, '[part="explanation"]'))).to.equal('The WHO describes well-being: coping, working and contributing.');
      expect(inputs(el).every((control) => control.disabled)).to.be.true;
      expect(textOf(input(el, 'A state of well-being').labels![0])).to.equal('A state of well-being ✓ Correct answer Your answer');
      expect(el.shadowRoot!.querySelector('[part="check-button"]')).to.be.null;
      expect(liveText(el)).to.equal('Correct. Answered: 1 of 2.');
      expect(focused(el)).to.equal(feedback);
    });

    it('says "Not quite", kindly, for a wrong answer, and shows which choice was right', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      const event = oneEvent(el, 'mhm-answer');
      await answer(el, 'The absence of any mental disorder');
      expect((await event).detail).to.include({ correct: false, score: 0 });
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✗Not quite');
      expect(textOf(part(el, '[part~="feedback"]'))).to.not.match(/wrong/i);
      expect(textOf(part(el, '[part="choice-feedback"]'))).to.equal('Absence of illness is only part of it.');
      expect(part(el, '[part~="choice-correct"]').textContent).to.contain('A state of well-being');
      expect(part(el, '[part~="choice-incorrect"]').textContent).to.contain('The absence of any mental disorder');
      expect(liveText(el)).to.equal('Not quite. Answered: 1 of 2.');
    });
  });

  describe('what `mhm-answer` says about the choices', () => {
    it('gives the question type and the chosen choices’ authored positions, whatever order they are shown in', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle seed="positions">${uprooting}
        <mhm-question type="true-false" answer="false" prompt=${migration}></mhm-question>
      </mhm-quiz>`);
      const answers: MhmAnswerDetail[] = [];
      el.addEventListener('mhm-answer', (event) => answers.push(event.detail));
      const [first, second] = el.shadowRoot!.querySelectorAll('[part~="question"]');
      const shown = [...first.querySelectorAll('.choice-text')].map((text) => textOf(text));
      expect(shown).to.not.deep.equal(['Home and family', 'Support networks', 'A guaranteed job', 'Status and identity']);
      for (const [question, labels] of [[first, ['Status and identity', 'Home and family']], [second, ['False']]] as const) {
        for (const label of labels) {
          [...question.querySelectorAll('label')].find((l) => textOf(l.querySelector('.choice-text')) === label)!.querySelector('input')!.click();
        }
        await elementUpdated(el);
        question.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
        await elementUpdated(el);
      }
      expect(answers.map(({ questionType, selected, selectedIndexes }) => ({ questionType, selected, selectedIndexes }))).to.deep.equal([
        { questionType: 'multiple', selected: ['Home and family', 'Status and identity'], selectedIndexes: [0, 3] },
        { questionType: 'true-false', selected: ['false'], selectedIndexes: [1] },
      ]);
    });
  });

  describe('multiple-answer questions', () => {
    it('uses checkboxes with a hint tied to the group, and scores all or nothing by default', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz>${uprooting}</mhm-quiz>`);
      expect(inputs(el).map((control) => control.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox', 'checkbox']);
      const hint = part(el, '[part="hint"]');
      expect(textOf(hint)).to.equal('Choose every answer that fits.');
      expect(part(el, 'fieldset').getAttribute('aria-describedby')).to.equal(hint.id);
      await choose(el, 'Home and family', 'A guaranteed job');
      await choose(el, 'A guaranteed job');
      const event = oneEvent(el, 'mhm-answer');
      await answer(el, 'Support networks');
      expect((await event).detail).to.deep.equal({ id: '', questionIndex: 0, questionType: 'multiple', selected: ['Home and family', 'Support networks'], selectedIndexes: [0, 1], correct: false, score: 0 });
      // Only right choices, but not all of them: no point, and told kindly that it is partly right.
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('◐Partly right');
    });

    it('says "Not quite" when a wrong choice is ticked among right ones, with all-or-nothing scoring', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz>${uprooting}</mhm-quiz>`);
      await choose(el, 'Home and family');
      await answer(el, 'A guaranteed job');
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✗Not quite');
    });

    it('gives proportional credit with scoring="partial", a wrong tick cancelling a right one', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz scoring="partial" layout="list">${uprooting}${uprooting}</mhm-quiz>`);
      const [first, second] = [...el.shadowRoot!.querySelectorAll('[part="question"]')];
      const tick = async (question: Element, ...labels: string[]) => {
        for (const label of labels) {
          [...question.querySelectorAll('label')].find((l) => textOf(l) === label)!.querySelector('input')!.click();
        }
        question.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
        await elementUpdated(el);
      };
      const answers: MhmAnswerDetail[] = [];
      el.addEventListener('mhm-answer', (event) => answers.push(event.detail));
      await tick(first, 'Home and family', 'Support networks');
      await tick(second, 'Home and family', 'Support networks', 'A guaranteed job');
      expect(answers.map((detail) => detail.score)).to.deep.equal([2 / 3, 1 / 3]);
      expect(answers.map((detail) => detail.correct)).to.deep.equal([false, false]);
      expect(textOf(first.querySelector('[part="verdict"]'))).to.equal('◐Partly right');
      expect(el.score).to.equal(1);
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 1 out of 2 (50%).');
    });
  });

  describe('paged layout, result and attempts', () => {
    it('moves focus to the next question\'s legend after Next, and back after Previous', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await answer(el, 'A state of well-being');
      await press(el, 'next-button');
      expect(legends(el)).to.deep.equal([`Question 2 of 2 ${migration}`]);
      expect(focused(el)).to.equal(part(el, 'legend'));
      await press(el, 'previous-button');
      expect(focused(el)).to.equal(part(el, 'legend'));
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
    });

    it('fires mhm-complete when the last question is checked, then shows score, pass mark and a review', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await answer(el, 'A state of well-being');
      await press(el, 'next-button');
      const complete = oneEvent(el, 'mhm-complete');
      await answer(el, 'True');
      expect((await complete).detail).to.deep.equal({ activity: 'quiz', id: 'check-1', completed: true, score: 1, maxScore: 2, percent: 50, passed: true });
      expect(liveText(el)).to.equal('Not quite. You have answered every question.');
      expect([el.score, el.maxScore, el.percent, el.passed, el.completed]).to.deep.equal([1, 2, 50, true, true]);

      await press(el, 'result-button');
      const heading = part(el, '[part="result-heading"]');
      expect(focused(el)).to.equal(heading);
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 1 out of 2 (50%).');
      expect(textOf(part(el, '[part~="pass-status"]'))).to.equal('✓You reached the pass mark of 50%.');
      const review = [...el.shadowRoot!.querySelectorAll('[part="review-item"]')].map((item) => textOf(item));
      expect(review).to.deep.equal([
        `${who} ✓Correct Your answer A state of well-being Correct answer A state of well-being The WHO describes well-being: coping, working and contributing.`,
        `${migration} ✗Not quite Your answer True Correct answer False Migration can create a specific vulnerability, but does not in itself threaten mental health.`,
      ]);
      // Right and wrong answers are told apart by the review's border colour too, not only by words.
      const [right, wrong] = [...el.shadowRoot!.querySelectorAll('[part="review-item"]')].map((item) => getComputedStyle(item).borderInlineStartColor);
      expect(right).to.not.equal(wrong);
    });

    it('says kindly when the pass mark is not reached, and shows no pass mark when there is none', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      el.passMark = 75;
      await answer(el, 'A state of well-being');
      await press(el, 'next-button');
      await answer(el, 'True');
      await press(el, 'result-button');
      expect(textOf(part(el, '[part~="pass-status"]'))).to.equal('ⓘYou did not reach the pass mark of 75% this time.');
      expect(el.passed).to.be.false;
      el.removeAttribute('pass-mark');
      el.passMark = undefined;
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part~="pass-status"]')).to.be.null;
      expect(el.passed).to.be.null;
    });

    it('sends the learner to an unanswered question when they ask for the result too early', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await press(el, 'next-button');
      await answer(el, 'False');
      await press(el, 'result-button');
      expect(legends(el)).to.deep.equal([`Question 1 of 2 ${who}`]);
      expect(liveText(el)).to.equal('Question 1 still needs an answer.');
      expect(focused(el)).to.equal(part(el, 'legend'));
    });

    it('clears the answers on Try again while attempts allow, then says none are left', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz attempts="2">
        <mhm-question type="true-false" answer="true" prompt="Only question"></mhm-question>
      </mhm-quiz>`);
      await answer(el, 'False');
      await press(el, 'result-button');
      expect(textOf(part(el, '[part="attempts"]'))).to.equal('Attempts left: 1');
      expect(el.attemptsLeft).to.equal(1);
      await press(el, 'try-again-button');
      expect(inputs(el).some((control) => control.checked || control.disabled)).to.be.false;
      expect(focused(el)).to.equal(part(el, 'legend'));
      expect([el.score, el.completed]).to.deep.equal([0, false]);

      await answer(el, 'True');
      await press(el, 'result-button');
      expect(textOf(part(el, '[part="attempts"]'))).to.equal('You have used all your attempts.');
      expect(el.attemptsLeft).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="try-again-button"]')).to.be.null;
    });

    it('reset() starts over without firing any event', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await answer(el, 'A state of well-being');
      let fired = 0;
      el.addEventListener('mhm-answer', () => (fired += 1));
      el.addEventListener('mhm-complete', () => (fired += 1));
      el.reset();
      await elementUpdated(el);
      expect(el.score).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part~="feedback"]')).to.be.null;
      expect(legends(el)).to.deep.equal([`Question 1 of 2 ${who}`]);
      expect(fired).to.equal(0);
    });
  });
});
