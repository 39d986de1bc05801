import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/quiz/quiz.js';
import type { MhmQuiz } from '../../src/components/quiz/quiz.component.js';
import { captureWarnings, isShown, quietFixture, part, textOf } from '../support/helpers.js';
import { quizHooks, settle } from '../harness/quiz.js';

describe('<mhm-quiz>', () => {
  quizHooks();

  describe('a src the quiz can never load', () => {
    const refused: Array<[name: string, src: string, reason: RegExp]> = [
      ['javascript:', 'javascript:alert(1)', /the "javascript:" scheme is not allowed here/],
      ['data:', 'data:application/json,{"questions":[]}', /the "data:" scheme is not allowed here/],
      ['blob:', 'blob:https://example.org/0b6e6f2c-4a1e-4c63-9f0e-5b4f4e1c2d3a', /the "blob:" scheme is not allowed here/],
      ['empty', '', /it is empty/],
    ];

    for (const [name, src, reason] of refused) {
      it(`tells the learner the quiz is not available, without a Try again that cannot help, and the author why (${name})`, async () => {
        const fetch = sinon.spy(window, 'fetch');
        let el!: MhmQuiz;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmQuiz>(html`<mhm-quiz src=${src}></mhm-quiz>`);
          await settle(el);
        });

        expect(textOf(part(el, '[part="message"]'))).to.equal('This quiz is not available.');
        expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.be.null;
        const message = new RegExp(`src: got "${src.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"\\. It is not loaded because ${reason.source}: use an https:, http: or relative URL`);
        expect(isShown(part(el, '[part="author-error"]'))).to.be.true;
        expect(textOf(part(el, '[part="author-error"]'))).to.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
        expect(fetch.called).to.be.false;
      });
    }

    it('says so in every language it speaks', async () => {
      const texts: string[] = [];
      for (const lang of ['fr', 'es', 'pt', 'ar']) {
        const el = await quietFixture<MhmQuiz>(html`<mhm-quiz lang=${lang} src="javascript:void(0)"></mhm-quiz>`);
        texts.push(textOf(part(el, '[part="message"]')));
      }
      expect(texts).to.deep.equal(['Ce quiz n’est pas disponible.', 'Este cuestionario no está disponible.', 'Este questionário não está disponível.', 'هذا الاختبار غير متاح.']);
    });
  });

  describe('a src file that is an HTML page', () => {
    it('tells the author the file is HTML, not JSON, when the server answers 200 with a web page', async () => {
      sinon
        .stub(window, 'fetch')
        .resolves(new Response('<!DOCTYPE html>\n<html><head><title>Page not found</title></head><body><h1>Sorry</h1></body></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
      let el!: MhmQuiz;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhmQuiz>(html`<mhm-quiz src="/quizzes/check.json"></mhm-quiz>`);
        await settle(el);
        // Reading the body takes its own tasks, which a busy machine can stretch past one frame.
        await settle(el);
      });

      const author = textOf(part(el, '[part="author-error"]'));
      expect(author).to.match(/src: got "\/quizzes\/check\.json"\. The file is HTML, not JSON/);
      expect(author).not.to.contain('Fix the JSON');
      expect(warnings.filter((warning) => /The file is HTML, not JSON/.test(warning))).to.have.length(1);
      expect(textOf(part(el, '[part="message"]'))).to.equal('This quiz has no questions yet.');
    });
  });
});
