import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../src/components/quiz/quiz.component.js';
import type { MhmAnswerDetail } from '../src/events/answer.js';
import type { MhmCompleteDetail } from '../src/events/complete.js';
import { storagePrefix } from '../src/internal/storage.js';
import { withBrokenStorage } from './broken-storage.js';
import { captureWarnings, emulateMediaFeatures, isShown, part, quietFixture, textOf } from './helpers.js';

// ---- What a learner sees and does ----------------------------------------------------------------

function inputs(el: MhmQuiz): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
}

/** The radio button or checkbox whose label reads `label`. */
function input(el: MhmQuiz, label: string): HTMLInputElement {
  const found = inputs(el).find((control) => textOf(control.labels?.[0]?.querySelector('.choice-text')) === label);
  if (!found) {
    throw new Error(`no choice "${label}" in ${inputs(el).map((control) => textOf(control.labels?.[0])).join(' | ')}`);
  }
  return found;
}

async function choose(el: MhmQuiz, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    input(el, label).click();
  }
  await elementUpdated(el);
}

/** Clicks the button with this part, e.g. `check-button`, and waits for the quiz to render. */
async function press(el: MhmQuiz, name: string): Promise<void> {
  part<HTMLButtonElement>(el, `[part~="${name}"]`).click();
  await elementUpdated(el);
}

/** Chooses and checks; then moves on with Next when there is one. */
async function answer(el: MhmQuiz, ...labels: string[]): Promise<void> {
  await choose(el, ...labels);
  await press(el, 'check-button');
}

/** Lets a stubbed fetch and the quiz's reaction to it run (animation frames are never faked). */
async function settle(el: MhmQuiz): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await elementUpdated(el);
}

const liveText = (el: MhmQuiz) => textOf(part(el, '[role="status"]'));
const legends = (el: MhmQuiz) => [...el.shadowRoot!.querySelectorAll('legend')].map((legend) => textOf(legend));
const focused = (el: MhmQuiz) => el.shadowRoot!.activeElement;

function clearStoredQuizzes(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(`${storagePrefix}quiz:`))
    .forEach((key) => localStorage.removeItem(key));
}

// ---- Quizzes as an author writes them ------------------------------------------------------------

const who = 'Which statement fits the WHO description of mental health?';
const migration = 'Migration always harms mental health.';

const twoQuestions = html`<mhm-quiz id="check-1" heading="Check your understanding" pass-mark="50">
  <mhm-question explanation="The WHO describes well-being: coping, working and contributing.">
    <span slot="prompt">${who}</span>
    <mhm-choice correct feedback="Yes: it is about well-being.">A state of well-being</mhm-choice>
    <mhm-choice feedback="Absence of illness is only part of it.">The absence of any mental disorder</mhm-choice>
  </mhm-question>
  <mhm-question type="true-false" answer="false" prompt=${migration}
    explanation="Migration can create a specific vulnerability, but does not in itself threaten mental health."></mhm-question>
</mhm-quiz>`;

const quizJson = {
  questions: [
    {
      prompt: who,
      explanation: 'The WHO describes well-being: coping, working and contributing.',
      choices: [
        { text: 'A state of well-being', correct: true, feedback: 'Yes: it is about well-being.' },
        { text: 'The absence of any mental disorder', feedback: 'Absence of illness is only part of it.' },
      ],
    },
    { type: 'true-false', prompt: migration, answer: false },
  ],
};

const uprooting = html`<mhm-question type="multiple" prompt="Which losses can come with uprooting?">
  <mhm-choice correct>Home and family</mhm-choice>
  <mhm-choice correct>Support networks</mhm-choice>
  <mhm-choice>A guaranteed job</mhm-choice>
  <mhm-choice correct>Status and identity</mhm-choice>
</mhm-question>`;

/** A quiz built from a JSON script child, as a CMS text field would hold it. */
async function jsonQuiz(json: string, attributes = ''): Promise<MhmQuiz> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  const el = document.createElement('mhm-quiz');
  for (const [name, value] of attributes.split(' ').filter(Boolean).map((pair) => pair.split('='))) {
    el.setAttribute(name, value ?? '');
  }
  el.append(script);
  wrapper.append(el);
  await elementUpdated(el);
  return el;
}

/** What the learner sees of the current question(s), to compare two authoring forms. */
function visibleQuestion(el: MhmQuiz): string[] {
  return [...legends(el), ...inputs(el).map((control) => `${control.type}: ${textOf(control.labels?.[0])}`)];
}

describe('<mhm-quiz>', () => {
  afterEach(() => {
    sinon.restore();
    clearStoredQuizzes();
  });

  describe('authoring with child elements', () => {
    it('shows one question at a time: heading, number, prompt as the group legend, radio buttons and Check', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      const heading = part(el, '[part="heading"]');
      expect(textOf(heading)).to.equal('Check your understanding');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(legends(el)).to.deep.equal([`Question 1 of 2 ${who}`]);
      expect(visibleQuestion(el).slice(1)).to.deep.equal(['radio: A state of well-being', 'radio: The absence of any mental disorder']);
      expect(inputs(el).every((control) => control.closest('fieldset') !== null)).to.be.true;
      expect(textOf(part(el, '[part="check-button"]'))).to.equal('Check');
      expect(el.shadowRoot!.querySelector('[part~="previous-button"]')).to.be.null;
      expect(textOf(part(el, '[part~="next-button"]'))).to.equal('Next ›');
    });

    it('generates localised True and False choices for a true-false question', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await press(el, 'next-button');
      expect(visibleQuestion(el)).to.deep.equal([`Question 2 of 2 ${migration}`, 'radio: True', 'radio: False']);
    });

    it('takes the prompt from the prompt slot over the attribute, and the explanation from its slot', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz>
        <mhm-question prompt="Attribute prompt">
          <span slot="prompt">Slot prompt</span>
          <span slot="explanation">Slot explanation</span>
          <mhm-choice correct>Yes</mhm-choice><mhm-choice>No</mhm-choice>
        </mhm-question>
      </mhm-quiz>`);
      expect(legends(el)).to.deep.equal(['Question 1 of 1 Slot prompt']);
      await answer(el, 'Yes');
      expect(textOf(part(el, '[part="explanation"]'))).to.equal('Slot explanation');
    });

    it('picks up questions a CMS adds, and edits it makes, after the first render', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list">
        <mhm-question type="true-false" answer="true" prompt="First"></mhm-question>
      </mhm-quiz>`);
      expect(legends(el)).to.deep.equal(['Question 1 of 1 First']);

      const added = document.createElement('mhm-question');
      added.setAttribute('type', 'true-false');
      added.setAttribute('answer', 'false');
      added.setAttribute('prompt', 'Second');
      el.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(legends(el)).to.deep.equal(['Question 1 of 2 First', 'Question 2 of 2 Second']);

      added.prompt = 'Second, edited';
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(legends(el)[1]).to.equal('Question 2 of 2 Second, edited');
    });

    it('renders author text as text, never as markup', async () => {
      const payload = '<img src=x onerror="window.__quizPwned=1">';
      const el = await fixture<MhmQuiz>(html`<mhm-quiz heading=${payload}>
        <mhm-question prompt=${payload} explanation=${payload}>
          <mhm-choice correct feedback=${payload}>&lt;b&gt;bold&lt;/b&gt;</mhm-choice>
          <mhm-choice>Other</mhm-choice>
        </mhm-question>
      </mhm-quiz>`);
      expect(textOf(part(el, '[part="heading"]'))).to.equal(payload);
      expect(textOf(part(el, '[part="prompt"]'))).to.equal(payload);
      await answer(el, '<b>bold</b>');
      expect(textOf(part(el, '[part="choice-feedback"]'))).to.equal(payload);
      expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
      expect((window as { __quizPwned?: number }).__quizPwned).to.be.undefined;
    });
  });

  describe('authoring with JSON', () => {
    it('shows the same quiz from a <script type="application/json"> child', async () => {
      const fromElements = await fixture<MhmQuiz>(twoQuestions);
      const fromJson = await jsonQuiz(JSON.stringify(quizJson));
      expect(visibleQuestion(fromJson)).to.deep.equal(visibleQuestion(fromElements));
      await press(fromJson, 'next-button');
      await press(fromElements, 'next-button');
      expect(visibleQuestion(fromJson)).to.deep.equal(visibleQuestion(fromElements));
    });

    it('loads the same quiz from src, with the only request it makes', async () => {
      const fetch = sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(quizJson), { status: 200 }));
      const el = await fixture<MhmQuiz>(html`<mhm-quiz src="/quizzes/lesson-1.json"></mhm-quiz>`);
      expect(textOf(part(el, '[part="message"]'))).to.equal('Loading the quiz…');
      await fetch.firstCall.returnValue;
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(fetch.callCount).to.equal(1);
      expect(fetch.firstCall.args[0]).to.equal(new URL('/quizzes/lesson-1.json', document.baseURI).href);
      expect(legends(el)).to.deep.equal([`Question 1 of 2 ${who}`]);
    });

    it('makes no request at all without src', async () => {
      const fetch = sinon.spy(window, 'fetch');
      const el = await fixture<MhmQuiz>(twoQuestions);
      await answer(el, 'A state of well-being');
      expect(fetch.called).to.be.false;
    });
  });

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

  describe('list layout', () => {
    it('shows every question at once and the result below once all are checked', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="false" prompt="Two"></mhm-question>
      </mhm-quiz>`);
      expect(legends(el)).to.deep.equal(['Question 1 of 2 One', 'Question 2 of 2 Two']);
      expect(el.shadowRoot!.querySelector('[part="navigation"]')).to.be.null;
      const [, second] = [...el.shadowRoot!.querySelectorAll('[part="question"]')];
      second.querySelectorAll('input')[1].click();
      second.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="result"]')).to.be.null;
      expect(focused(el)).to.equal(second.querySelector('[part~="feedback"]'));

      await answer(el, 'True');
      expect(textOf(part(el, '[part="score"]'))).to.equal('You scored 2 out of 2 (100%).');
    });
  });

  describe('shuffle and seed', () => {
    const manyChoices = html`${['a', 'b', 'c', 'd', 'e', 'f'].map(
      (name) => html`<mhm-question prompt="Question ${name}">
        ${['1', '2', '3', '4', '5'].map((n) => html`<mhm-choice ?correct=${n === '1'}>${name}${n}</mhm-choice>`)}
      </mhm-question>`,
    )}`;

    const prompts = (el: MhmQuiz) => [...el.shadowRoot!.querySelectorAll('[part="prompt"]')].map((prompt) => textOf(prompt));
    const order = (el: MhmQuiz) => [...prompts(el), ...inputs(el).map((control) => control.value)];

    it('gives the same order for the same seed, and another for another seed', async () => {
      const a = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="print">${manyChoices}</mhm-quiz>`);
      const b = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="print">${manyChoices}</mhm-quiz>`);
      const c = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle="questions choices" seed="other">${manyChoices}</mhm-quiz>`);
      const plain = await fixture<MhmQuiz>(html`<mhm-quiz layout="list">${manyChoices}</mhm-quiz>`);
      expect(order(a)).to.deep.equal(order(b));
      expect(order(a)).to.not.deep.equal(order(c));
      expect(order(a)).to.not.deep.equal(order(plain));
      expect([...order(a)].sort()).to.deep.equal([...order(plain)].sort());
    });

    it('shuffles only the choices with a bare shuffle attribute, and reshuffles on Try again', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" shuffle seed="7">${manyChoices}</mhm-quiz>`);
      expect(prompts(el)).to.deep.equal(['Question a', 'Question b', 'Question c', 'Question d', 'Question e', 'Question f']);
      const first = order(el);
      for (const question of el.shadowRoot!.querySelectorAll('[part="question"]')) {
        question.querySelector('input')!.click();
        question.querySelector<HTMLButtonElement>('[part="check-button"]')!.click();
      }
      await elementUpdated(el);
      await press(el, 'try-again-button');
      expect(order(el)).to.not.deep.equal(first);
    });
  });

  describe('persist', () => {
    it('resumes an unfinished attempt after the element is created again', async () => {
      const quiz = html`<mhm-quiz persist quiz-id="resume" shuffle="questions choices" seed="s">
        ${uprooting}
        <mhm-question type="true-false" answer="false" prompt=${migration}></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Third"></mhm-question>
      </mhm-quiz>`;
      const first = await fixture<MhmQuiz>(quiz);
      const firstLegend = legends(first)[0];
      await answer(first, ...inputs(first).slice(0, 1).map((control) => control.value));
      await press(first, 'next-button');
      const secondLegend = legends(first)[0];
      first.remove();

      const again = await fixture<MhmQuiz>(quiz);
      expect(legends(again)).to.deep.equal([secondLegend]);
      await press(again, 'previous-button');
      expect(legends(again)).to.deep.equal([firstLegend]);
      expect(part(again, '[part~="feedback"]')).to.exist;
      expect(again.score + again.maxScore).to.be.greaterThan(2);
    });

    it('shows a finished attempt’s result again after the element is created again, complete but without an event', async () => {
      // Arrange
      const quiz = html`<mhm-quiz persist quiz-id="finished" pass-mark="50">
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
      </mhm-quiz>`;
      const first = await fixture<MhmQuiz>(quiz);
      await answer(first, 'True');
      await press(first, 'next-button');
      await answer(first, 'False');
      await press(first, 'result-button');
      first.remove();
      const completions = sinon.spy();
      document.addEventListener('mhm-complete', completions);

      // Act
      let again: MhmQuiz;
      try {
        again = await fixture<MhmQuiz>(quiz);
      } finally {
        document.removeEventListener('mhm-complete', completions);
      }

      // Assert
      expect(textOf(part(again, '[part="score"]'))).to.equal('You scored 1 out of 2 (50%).');
      expect([again.completed, again.score, again.maxScore, again.percent, again.passed]).to.deep.equal([true, 1, 2, 50, true]);
      expect(completions.called).to.be.false;
      expect(liveText(again)).to.equal('');
    });

    it('stores nothing without persist', async () => {
      const before = Object.keys(localStorage).length;
      const el = await fixture<MhmQuiz>(html`<mhm-quiz quiz-id="not-persisted">
        <mhm-question type="true-false" answer="true" prompt="P"></mhm-question>
      </mhm-quiz>`);
      await answer(el, 'True');
      expect(Object.keys(localStorage).length).to.equal(before);
    });

    for (const kind of ['quota', 'security', 'missing', 'read'] as const) {
      it(`keeps the learner's progress in the page when storage fails (${kind}), and says so when nothing is saved`, async () => {
        await withBrokenStorage(kind, async () => {
          const el = await fixture<MhmQuiz>(html`<mhm-quiz persist quiz-id="broken-${kind}">
            <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
            <mhm-question type="true-false" answer="true" prompt="Two"></mhm-question>
          </mhm-quiz>`);
          await answer(el, 'True');
          expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
          await press(el, 'next-button');
          await answer(el, 'True');
          expect([el.completed, el.score]).to.deep.equal([true, 2]);
          await press(el, 'previous-button');
          expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
          const notice = el.shadowRoot!.querySelector('[part="notice"]');
          if (kind === 'read') {
            // Writing still works: the answers are on the device, nothing to warn about.
            expect(notice).to.be.null;
          } else {
            expect(textOf(notice)).to.equal('ⓘ Your answers cannot be saved on this device. They stay on this page until you leave it.');
          }
        });
      });
    }
  });

  describe('keyboard', () => {
    it('is answered with Tab, arrows, Space and Enter, focus never lost to the page', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(input(el, 'A state of well-being'));
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(input(el, 'The absence of any mental disorder').checked).to.be.true;
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓Correct');
      expect(focused(el)).to.equal(part(el, '[part~="feedback"]'));

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, '[part~="next-button"]'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(part(el, 'legend'));

      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(input(el, 'True'));
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(part(el, '[part="check-button"]'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(textOf(part(el, '[part="error"]'))).to.contain('Choose an answer');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(part(el, '[part~="feedback"]'));
      expect(document.activeElement).to.equal(el);
    });

    it('checks a multiple-answer question with Space to tick and Enter to check', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz>${uprooting}</mhm-quiz>`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      const event = oneEvent(el, 'mhm-answer');
      await sendKeys({ press: 'Enter' });
      expect((await event).detail).to.include({ correct: true, score: 1 });
    });

    it('shows where focus is on a choice', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await sendKeys({ press: 'Tab' });
      const choice = input(el, 'A state of well-being').labels![0];
      expect(getComputedStyle(choice).outlineStyle).to.equal('solid');
    });
  });

  describe('events', () => {
    it('fires nothing on first render, when an author changes attributes, or when a script sets properties', async () => {
      const fired: string[] = [];
      const listener = (event: Event) => fired.push(event.type);
      document.addEventListener('mhm-answer', listener);
      document.addEventListener('mhm-complete', listener);
      try {
        const el = await fixture<MhmQuiz>(twoQuestions);
        el.passMark = 80;
        el.setAttribute('layout', 'list');
        await elementUpdated(el);
      } finally {
        document.removeEventListener('mhm-answer', listener);
        document.removeEventListener('mhm-complete', listener);
      }
      expect(fired).to.deep.equal([]);
    });

    it('bubbles out of the shadow root to the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><mhm-quiz id="q">
        <mhm-question type="true-false" answer="true" prompt="Only"></mhm-question>
      </mhm-quiz></div>`);
      const el = wrapper.querySelector('mhm-quiz')!;
      const answered = oneEvent(wrapper, 'mhm-answer');
      const completed = oneEvent(wrapper, 'mhm-complete');
      await answer(el, 'True');
      const [answerEvent, completeEvent] = await Promise.all([answered, completed]);
      expect(answerEvent.composed && completeEvent.composed).to.be.true;
      const detail: MhmCompleteDetail = completeEvent.detail;
      expect(detail).to.deep.equal({ activity: 'quiz', id: 'q', completed: true, score: 1, maxScore: 1, percent: 100, passed: null });
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, RegExp]> = [
      ['no questions', html`<mhm-quiz></mhm-quiz>`, /questions: got nothing\. Add <mhm-question> children/],
      [
        'a single question with no correct choice',
        html`<mhm-quiz><mhm-question prompt="P"><mhm-choice>A</mhm-choice><mhm-choice>B</mhm-choice></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /question 1: got "0 choices marked correct"\. Mark the right choice/,
      ],
      [
        'a single question with several correct choices',
        html`<mhm-quiz><mhm-question prompt="P"><mhm-choice correct>A</mhm-choice><mhm-choice correct>B</mhm-choice></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /question 1: got "2 choices marked correct"\. A single-answer question has exactly one/,
      ],
      [
        'a multiple question with no correct choice',
        html`<mhm-quiz><mhm-question type="multiple" prompt="P"><mhm-choice>A</mhm-choice><mhm-choice correct="false">B</mhm-choice></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /question 1: got "0 choices marked correct"\. Mark at least one right choice/,
      ],
      [
        'a true-false question without a valid answer',
        html`<mhm-quiz><mhm-question type="true-false" answer="yes" prompt="P"></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /question 1: got "yes"\. Write answer="true" or answer="false"/,
      ],
      [
        'pass-mark="abc"',
        html`<mhm-quiz pass-mark="abc"><mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /pass-mark: got "abc"\. Use a percentage from 0 to 100/,
      ],
      [
        'pass-mark="150"',
        html`<mhm-quiz pass-mark="150"><mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`,
        /pass-mark: got "150"\. Use a percentage from 0 to 100/,
      ],
      [
        'an empty choice text',
        html`<mhm-quiz><mhm-question prompt="Fine"><mhm-choice correct>A</mhm-choice><mhm-choice> </mhm-choice><mhm-choice>B</mhm-choice></mhm-question></mhm-quiz>`,
        /question 1, choice 2: got " "\. Write the text of the choice/,
      ],
      [
        'duplicate choices',
        html`<mhm-quiz><mhm-question prompt="Fine"><mhm-choice correct>A</mhm-choice><mhm-choice>B</mhm-choice><mhm-choice>A</mhm-choice></mhm-question></mhm-quiz>`,
        /question 1, choice 3: got "A"\. Another choice of this question reads the same/,
      ],
      ['layout="grid"', html`<mhm-quiz layout="grid"><mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`, /layout: got "grid"/],
      ['attempts="0"', html`<mhm-quiz attempts="0"><mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`, /attempts: got "0"/],
      ['persist without quiz-id', html`<mhm-quiz persist><mhm-question type="true-false" answer="true" prompt="Fine"></mhm-question></mhm-quiz>`, /persist: got ""\. Give the quiz a quiz-id/],
      ['src="javascript:…"', html`<mhm-quiz src="javascript:alert(1)"></mhm-quiz>`, /src: got "javascript:alert\(1\)"\. It is not loaded because the "javascript:" scheme is not allowed/],
    ];

    for (const [name, template, message] of cases) {
      it(`shows ${name} in place, logs it once, and keeps working`, async () => {
        let el!: MhmQuiz;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmQuiz>(template);
          el.requestUpdate();
          await elementUpdated(el);
        });
        const box = part(el, '[part="author-error"]');
        expect(isShown(box)).to.be.true;
        expect(textOf(box)).to.contain('This content is not set up correctly').and.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
        expect(warnings.every((warning) => warning.startsWith('<mhm-quiz> '))).to.be.true;
        const fine = inputs(el);
        if (fine.length > 0) {
          await answer(el, textOf(fine[0].labels![0]));
          expect(part(el, '[part~="feedback"]')).to.exist;
        } else {
          expect(isShown(part(el, '[part="message"]'))).to.be.true;
        }
      });
    }

    it('falls back to no pass mark, paged layout and no attempt limit', async () => {
      const el = await quietFixture<MhmQuiz>(html`<mhm-quiz pass-mark="150" layout="grid" attempts="-1" heading-level="9" heading="H">
        <mhm-question type="true-false" answer="true" prompt="Only"></mhm-question>
      </mhm-quiz>`);
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('3');
      await answer(el, 'True');
      await press(el, 'result-button');
      expect(el.shadowRoot!.querySelector('[part~="pass-status"]')).to.be.null;
      expect(el.passed).to.be.null;
      expect(el.shadowRoot!.querySelector('[part="attempts"]')).to.be.null;
      expect(el.attemptsLeft).to.be.null;
      expect(part(el, '[part="try-again-button"]')).to.exist;
    });

    it('says where malformed JSON breaks', async () => {
      let el!: MhmQuiz;
      const warnings = await captureWarnings(async () => {
        el = await jsonQuiz('{\n  "questions": [\n    { "prompt": "P", }\n  ]\n}');
      });
      expect(textOf(part(el, '[part="author-error"]'))).to.match(/script: got "line 3, column \d+"\. Fix the JSON: the JSON is not valid at line 3/);
      expect(warnings).to.have.length(1);
      expect(textOf(part(el, '[part="message"]'))).to.equal('This quiz has no questions yet.');
    });

    it('clears the message once the author fixes the markup', async () => {
      const el = await quietFixture<MhmQuiz>(html`<mhm-quiz pass-mark="abc">
        <mhm-question type="true-false" answer="maybe" prompt="P"></mhm-question>
      </mhm-quiz>`);
      el.setAttribute('pass-mark', '60');
      el.querySelector('mhm-question')!.setAttribute('answer', 'true');
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      expect(legends(el)).to.deep.equal(['Question 1 of 1 P']);
    });

    it('tells an author who puts a question or a choice outside its parent', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<div><mhm-question prompt="Alone"></mhm-question><mhm-choice>Alone</mhm-choice></div>`);
      });
      expect(warnings).to.have.length(2);
      expect(warnings[0]).to.match(/^<mhm-question> placement: got "div"\. Put <mhm-question> directly inside an <mhm-quiz>/);
      expect(warnings[1]).to.match(/^<mhm-choice> placement: got "div"\. Put <mhm-choice> directly inside an <mhm-question>/);
    });

    describe('a src file that cannot be loaded', () => {
      async function failedLoad(stub: (fetch: sinon.SinonStub) => void, run: (el: MhmQuiz) => Promise<void> = async () => {}) {
        const fetch = sinon.stub(window, 'fetch');
        stub(fetch);
        let el!: MhmQuiz;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmQuiz>(html`<mhm-quiz src="/missing/quiz.json"></mhm-quiz>`);
          await run(el);
          await settle(el);
        });
        return { el, warnings, fetch };
      }

      function expectFriendly(el: MhmQuiz): void {
        expect(textOf(part(el, '[part="message"]'))).to.equal('The quiz could not be loaded. Check your connection and try again.');
        expect(textOf(part(el, '[part="retry-button"]'))).to.equal('Try again');
      }

      it('tells the learner kindly and the author the server\'s answer on a 404', async () => {
        const { el, warnings } = await failedLoad((fetch) => fetch.resolves(new Response('Not found', { status: 404, statusText: 'Not Found' })));
        expectFriendly(el);
        const message = /src: got "\/missing\/quiz\.json"\. The quiz file could not be loaded: the server answered 404 Not Found\./;
        expect(textOf(part(el, '[part="author-error"]'))).to.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
      });

      it('reports a network failure', async () => {
        const { el } = await failedLoad((fetch) => fetch.rejects(new TypeError('Failed to fetch')));
        expectFriendly(el);
        expect(textOf(part(el, '[part="author-error"]'))).to.contain('the request failed (TypeError: Failed to fetch)');
      });

      it('gives up after 10 seconds without an answer, on a fake clock', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const { el } = await failedLoad(
          (fetch) =>
            fetch.callsFake(
              (_url: RequestInfo | URL, init?: RequestInit) =>
                new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
            ),
          async (quiz) => {
            await clock.tickAsync(9_999);
            await elementUpdated(quiz);
            expect(textOf(part(quiz, '[part="message"]'))).to.equal('Loading the quiz…');
            await clock.tickAsync(1);
          },
        );
        clock.restore();
        expectFriendly(el);
        expect(textOf(part(el, '[part="author-error"]'))).to.contain('no answer came within 10 seconds');
      });

      it('tries again when the learner asks, and shows the quiz once it loads', async () => {
        const { el, fetch } = await failedLoad((stub) => stub.onFirstCall().rejects(new TypeError('Failed to fetch')));
        fetch.onSecondCall().resolves(new Response(JSON.stringify(quizJson)));
        await press(el, 'retry-button');
        await fetch.secondCall.returnValue;
        await new Promise((resolve) => setTimeout(resolve));
        await elementUpdated(el);
        expect(legends(el)).to.deep.equal([`Question 1 of 2 ${who}`]);
        expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      });

      it('reports malformed JSON in the file with its line and column', async () => {
        const { el } = await failedLoad((fetch) => fetch.resolves(new Response('{"questions": [{"prompt": "P",}]}')));
        // Reading the body takes its own tasks, which a busy machine can stretch past one frame.
        await settle(el);
        expect(textOf(part(el, '[part="author-error"]'))).to.match(/src: got "line 1, column 31"\. Fix the JSON: the JSON is not valid at line 1, column 31/);
        expect(textOf(part(el, '[part="message"]'))).to.equal('This quiz has no questions yet.');
      });
    });
  });

  describe('language and direction', () => {
    it('reads lang="ar": Arabic interface text, generated choices and numbers, right to left', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-quiz heading="تحقّق من فهمك">
          <mhm-question type="true-false" answer="false" prompt="الهجرة تضر دائمًا بالصحة النفسية."></mhm-question>
          <mhm-question type="true-false" answer="true" prompt="الهوية مهمة للعافية النفسية."></mhm-question>
        </mhm-quiz>
      </div>`);
      const el = wrapper.querySelector('mhm-quiz')!;
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(part(el, 'fieldset')).direction).to.equal('rtl');
      expect(textOf(part(el, '[part="question-number"]'))).to.equal('السؤال 1 من 2');
      expect(inputs(el).map((control) => textOf(control.labels![0]))).to.deep.equal(['صح', 'خطأ']);
      await answer(el, 'خطأ');
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓إجابة صحيحة');
      expect(textOf(part(el, '[part~="next-button"]'))).to.equal('التالي ›');
    });

    it('follows French and formats partial scores the French way', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz lang="fr" scoring="partial">${uprooting}</mhm-quiz>`);
      expect(textOf(part(el, '[part="hint"]'))).to.equal('Choisissez toutes les réponses qui conviennent.');
      await answer(el, 'Home and family');
      await press(el, 'result-button');
      expect(textOf(part(el, '[part="score"]'))).to.equal('Vous avez obtenu 0,33 sur 1 (33 %).');
    });
  });

  describe('lifecycle', () => {
    it('can be created and configured without being attached, and makes no request', () => {
      const fetch = sinon.spy(window, 'fetch');
      const el = document.createElement('mhm-quiz');
      el.src = '/never.json';
      el.passMark = 50;
      expect([el.score, el.maxScore, el.percent, el.passed, el.completed]).to.deep.equal([0, 0, 0, null, false]);
      expect(fetch.called).to.be.false;
    });

    it('survives being removed at once, cancels its request, and loads when attached again', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(
        (_url: RequestInfo | URL, init?: RequestInit) =>
          new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))),
      );
      const el = document.createElement('mhm-quiz');
      el.src = '/quiz.json';
      document.body.append(el);
      await elementUpdated(el);
      el.remove();
      expect((fetch.firstCall.args[1] as RequestInit).signal!.aborted).to.be.true;
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;

      fetch.resolves(new Response(JSON.stringify(quizJson)));
      const target = await fixture(html`<div lang="fr"></div>`);
      target.append(el);
      await elementUpdated(el);
      await fetch.secondCall.returnValue;
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(textOf(part(el, '[part="question-number"]'))).to.equal('Question 1 sur 2');
      el.remove();
    });

    it('keeps the learner\'s answers when moved to another place in the page', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await answer(el, 'A state of well-being');
      const target = await fixture(html`<div lang="ar"></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(el.score).to.equal(1);
      expect(textOf(part(el, '[part="verdict"]'))).to.equal('✓إجابة صحيحة');
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await emulateMediaFeatures({});
      await setViewport({ width: 800, height: 600 });
    });

    it('has choice targets at least 24 px high and wide', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      for (const target of [...el.shadowRoot!.querySelectorAll('label, button')]) {
        const box = target.getBoundingClientRect();
        expect(box.height, textOf(target)).to.be.at.least(24);
        expect(box.width, textOf(target)).to.be.at.least(24);
      }
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      const choice = part(el, '[part~="choice"]');
      expect(getComputedStyle(choice).transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(choice).transitionDuration).to.equal('0s');
    });

    it('marks the chosen choice with system colours in forced-colours mode', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      const [chosen, other] = inputs(el).map((control) => control.labels![0]);
      await choose(el, 'A state of well-being');
      expect(getComputedStyle(chosen).borderInlineStartWidth).to.equal('3px');
      expect(getComputedStyle(other).borderInlineStartWidth).to.equal('1px');
    });

    for (const width of [320, 1280]) {
      it(`fits a ${width} px viewport without horizontal scrolling, in the result too`, async () => {
        await setViewport({ width, height: 800 });
        const el = await fixture<MhmQuiz>(html`<mhm-quiz heading="Checkyourunderstandingofmentalhealthandmigrationwithoutspaces">
          <mhm-question prompt="Averyveryverylongquestionwithoutanyspacesthatacmsmightpasteintoaquestionprompt">
            <mhm-choice correct>Averyveryverylongchoicewithoutanyspacesthatacmsmightpaste</mhm-choice>
            <mhm-choice>Short</mhm-choice>
          </mhm-question>
        </mhm-quiz>`);
        const fits = () => {
          expect(el.getBoundingClientRect().width).to.be.at.most(width);
          expect(part(el, '[part="base"]').scrollWidth).to.be.at.most(Math.ceil(el.getBoundingClientRect().width));
          expect(document.documentElement.scrollWidth).to.be.at.most(width);
        };
        fits();
        await answer(el, 'Short');
        await press(el, 'result-button');
        fits();
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations unanswered', async () => {
      const el = await fixture<MhmQuiz>(twoQuestions);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations after Check, with the error shown and in a multiple-answer question', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz layout="list" heading="H">${uprooting}
        <mhm-question type="true-false" answer="true" prompt="P"></mhm-question></mhm-quiz>`);
      await press(el, 'check-button');
      await answer(el, 'Home and family');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in the result, light and dark', async () => {
      const el = await fixture<MhmQuiz>(html`<mhm-quiz pass-mark="80" attempts="3">${uprooting}</mhm-quiz>`);
      await answer(el, 'Home and family');
      await press(el, 'result-button');
      await expect(el).to.be.accessible();
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      try {
        await expect(el).to.be.accessible();
      } finally {
        await emulateMediaFeatures({});
      }
    });

    it('has no axe violations showing author errors, in Arabic', async () => {
      const el = await quietFixture<MhmQuiz>(html`<mhm-quiz lang="ar" pass-mark="abc">
        <mhm-question prompt="P"><mhm-choice>A</mhm-choice><mhm-choice>B</mhm-choice></mhm-question>
        <mhm-question type="true-false" answer="true" prompt="سؤال"></mhm-question>
      </mhm-quiz>`);
      await expect(el).to.be.accessible();
    });
  });
});
