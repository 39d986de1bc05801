import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from '../support/helpers.js';
import { inputs, press, answer, settle, legends, quizHooks } from '../harness/quiz.js';
import { who, quizJson, jsonQuiz } from './fixtures.js';

describe('<mhm-quiz>', () => {
  quizHooks();

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
});
