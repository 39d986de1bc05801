import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import sinon from 'sinon';
import { QuizSourceController } from '../../src/components/quiz/quiz-source-controller.js';
import { trueFalseQuestion } from '../harness/quiz.js';

/** A bare host: reads its questions as the quiz does, and records the author errors it is given. */
class SourceHost extends LitElement {
  reports = new Map<string, unknown>();
  reads = 0;
  readonly source = new QuizSourceController(this, (attribute, value, fix) => {
    if (fix) {
      this.reports.set(attribute, value);
    } else {
      this.reports.delete(attribute);
    }
  });

  protected override willUpdate(): void {
    if (this.source.changed) {
      this.reads++;
      this.source.update(this.getAttribute('src') ?? undefined);
    }
  }

  protected override render(): unknown {
    return html`${this.source.status ?? ''}`;
  }
}
customElements.define('quiz-source-host', SourceHost);

/** Lets the MutationObserver report, and the host update. */
async function settle(el: SourceHost): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const prompts = (el: SourceHost) => el.source.questions.map((question) => question.prompt);

describe('QuizSourceController', () => {
  afterEach(() => sinon.restore());

  describe('with <mhm-question> children', () => {
    it('reads them on connect, and again when an author adds one', async () => {
      // Arrange
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host>
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
      </quiz-source-host>`);
      expect(prompts(el)).to.deep.equal(['One']);

      // Act
      el.append(trueFalseQuestion('Two', 'false'));
      await settle(el);

      // Assert
      expect(prompts(el)).to.deep.equal(['One', 'Two']);
    });

    it('re-reads when a question’s attribute or text changes, not when the host’s own attribute does', async () => {
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host>
        <mhm-question type="true-false" answer="true" prompt="One"></mhm-question>
      </quiz-source-host>`);
      const before = el.reads;

      el.setAttribute('heading', 'Not a question');
      await settle(el);
      expect(el.reads).to.equal(before);

      el.querySelector('mhm-question')!.setAttribute('prompt', 'One, edited');
      await settle(el);
      expect(el.reads).to.equal(before + 1);
      expect(prompts(el)).to.deep.equal(['One, edited']);
    });

    it('reports a question an author got wrong, and clears the report once it is fixed', async () => {
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host>
        <mhm-question type="true-false" prompt="No answer"></mhm-question>
      </quiz-source-host>`);
      expect([...el.reports.keys()]).to.deep.equal(['question 1']);

      el.querySelector('mhm-question')!.setAttribute('answer', 'true');
      await settle(el);
      expect([...el.reports.keys()]).to.deep.equal([]);
    });
  });

  describe('with a JSON script child', () => {
    it('says where the JSON breaks', async () => {
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host>
        <script type="application/json">{"questions": [</script>
      </quiz-source-host>`);
      expect(el.source.questions).to.deep.equal([]);
      expect(el.reports.get('script')).to.match(/^line 1, column/);
    });
  });

  describe('with `src`', () => {
    const file = { questions: [{ type: 'true-false', prompt: 'From the file', answer: true }] };

    it('says it is loading, then reads the file', async () => {
      sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(file), { status: 200 }));
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host src="questions.json"></quiz-source-host>`);
      expect(el.source.status).to.equal('loading');

      await settle(el);
      await settle(el);
      expect(el.source.status).to.be.undefined;
      expect(prompts(el)).to.deep.equal(['From the file']);
    });

    it('aborts the request when the host leaves the page', async () => {
      const fetch = sinon.stub(window, 'fetch').returns(new Promise(() => {}));
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host src="questions.json"></quiz-source-host>`);
      const { signal } = fetch.firstCall.args[1] as RequestInit;

      el.remove();

      expect(signal!.aborted).to.be.true;
      expect(el.source.status).to.be.undefined;
    });

    it('refuses a URL that is not http(s), without a request', async () => {
      const fetch = sinon.stub(window, 'fetch');
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host src="javascript:alert(1)"></quiz-source-host>`);
      expect(fetch.called).to.be.false;
      expect(el.source.status).to.equal('unavailable');
      expect(el.reports.get('src')).to.equal('javascript:alert(1)');
    });

    it('fetches again after retry()', async () => {
      const fetch = sinon.stub(window, 'fetch').resolves(new Response('Not found', { status: 404 }));
      const el = await fixture<SourceHost>(fixtureHtml`<quiz-source-host src="questions.json"></quiz-source-host>`);
      await settle(el);
      expect(el.source.status).to.equal('failed');

      fetch.resolves(new Response(JSON.stringify(file), { status: 200 }));
      el.source.retry();
      await settle(el);
      await settle(el);

      expect(fetch.callCount).to.equal(2);
      expect(prompts(el)).to.deep.equal(['From the file']);
      expect(el.reports.has('src')).to.be.false;
    });
  });

  describe('lifecycle', () => {
    it('watches nothing and reads nothing while never attached', () => {
      const el = document.createElement('quiz-source-host') as SourceHost;
      el.append(document.createElement('mhm-question'));
      expect(el.source.changed).to.be.false;
      expect(el.source.questions).to.deep.equal([]);
    });
  });
});
