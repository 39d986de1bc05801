import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { part, textOf } from '../support/helpers.js';
import { inputs, press, answer, legends, quizHooks, trueFalseQuestion } from '../harness/quiz.js';
import { who, migration, twoQuestions, quizJson, jsonQuiz, visibleQuestion } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

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

      const added = trueFalseQuestion('Second', 'false');
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
});
