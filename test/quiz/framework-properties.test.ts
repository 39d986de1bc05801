import { elementUpdated, expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/components/quiz/quiz.js';
import { answer, legends, press } from '../harness/quiz.js';
import { attach, create, detachAll } from '../support/framework.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';

/**
 * React 19, Vue 3 and Preact set a custom element's data as properties when the element has them,
 * before the element is in the page: `<mhm-question prompt="…">` in JSX runs
 * `question.prompt = '…'`. These tests build the tree as a framework does, then attach it.
 */

describe('data that frameworks set as properties', () => {
  afterEach(() => {
    detachAll();
    fixtureCleanup();
  });

  describe('<mhm-question> and <mhm-choice>', () => {
    const buildQuiz = () =>
      create(
        'mhm-quiz',
        { id: 'framework' },
        create('mhm-question', { type: 'true-false', prompt: 'Mental health is only the absence of illness.', answer: 'false', explanation: 'It is also well-being.' }),
        create(
          'mhm-question',
          { type: 'multiple', prompt: 'Which are part of mental health?' },
          create('mhm-choice', { correct: true }, 'Coping with stress'),
          create('mhm-choice', { correct: true, feedback: 'Yes: it is part of it.' }, 'Contributing'),
          create('mhm-choice', { value: 'income', correct: false }, 'A high income'),
        ),
      );

    it('shows every question set as properties, with no warning about missing content', async () => {
      let quiz!: HTMLElementTagNameMap['mhm-quiz'];
      const warnings = await captureWarnings(async () => {
        quiz = await attach(buildQuiz());
      });
      expect(warnings).to.deep.equal([]);
      expect(quiz.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
      expect(legends(quiz)[0]).to.contain('Mental health is only the absence of illness.');
    });

    it('scores choices whose correct, feedback and value were set as properties', async () => {
      const quiz = await attach(buildQuiz());
      const answers: CustomEvent[] = [];
      quiz.addEventListener('mhm-answer', (event) => answers.push(event));
      await answer(quiz, 'False');
      expect(textOf(part(quiz, '[part~="explanation"]'))).to.contain('It is also well-being.');
      await press(quiz, 'next-button');
      await answer(quiz, 'Contributing', 'A high income');
      expect(answers[1].detail).to.include({ correct: false });
      expect(answers[1].detail.selected).to.deep.equal(['Contributing', 'income']);
      expect(textOf(quiz.shadowRoot!.querySelector('[part~="choice-feedback"]'))).to.contain('Yes: it is part of it.');
    });

    it('follows a prompt the framework changes later, and tells the page through the attribute', async () => {
      const quiz = await attach(buildQuiz());
      const question = quiz.querySelector('mhm-question')!;
      question.prompt = 'Is mental health only the absence of illness?';
      expect(question.getAttribute('prompt')).to.equal('Is mental health only the absence of illness?');
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(quiz);
      expect(legends(quiz)[0]).to.contain('Is mental health only the absence of illness?');
    });

    it('keeps what the author wrote: correct="false" stays in the markup and reads false', async () => {
      const choice = create('mhm-choice');
      choice.setAttribute('correct', 'false');
      expect(choice.correct).to.equal(false);
      choice.correct = false;
      expect(choice.getAttribute('correct')).to.equal('false');
      choice.correct = true;
      expect(choice.getAttribute('correct')).to.equal('');
      choice.correct = undefined;
      expect(choice.hasAttribute('correct')).to.equal(false);
    });
  });
});
