import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { part, textOf } from '../support/helpers.js';
import { answer, quizHooks } from '../harness/quiz.js';
import { twoQuestions, quizJson } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

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
});
