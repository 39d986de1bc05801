import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import sinon from 'sinon';
import { QuizProgressController } from '../../src/components/quiz/quiz-progress-controller.js';
import { newAttempt } from '../../src/components/quiz/quiz-model.js';
import { storagePrefix } from '../../src/internal/storage.js';

/** A bare host with the quiz's key: `quiz:<quiz-id>` when `persist` is set. */
class ProgressHost extends LitElement {
  static override properties = { quizId: { attribute: 'quiz-id' }, persist: { type: Boolean } };
  declare quizId?: string;
  declare persist: boolean;
  hasQuestions = true;
  readonly progress = new QuizProgressController(this, () => (this.persist && this.quizId ? `quiz:${this.quizId}` : undefined));

  protected override willUpdate(): void {
    this.progress.restore(this.hasQuestions);
  }

  protected override render(): unknown {
    return html`${this.progress.notSaved ? 'not saved' : ''}`;
  }
}
customElements.define('quiz-progress-host', ProgressHost);

const stored = (id: string) => localStorage.getItem(`${storagePrefix}quiz:${id}`);

describe('QuizProgressController', () => {
  afterEach(() => {
    sinon.restore();
    Object.keys(localStorage)
      .filter((key) => key.startsWith(`${storagePrefix}quiz:progress-`))
      .forEach((key) => localStorage.removeItem(key));
  });

  it('restores an attempt saved in today’s format', async () => {
    // Arrange
    const saved = { attempt: 2, finished: 1, seed: 7, position: 1, selected: { a: ['x'] }, checked: { b: ['true'] }, showResult: false };
    localStorage.setItem(`${storagePrefix}quiz:progress-restore`, JSON.stringify(saved));

    // Act
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-restore"></quiz-progress-host>`);

    // Assert
    expect(el.progress.value).to.deep.equal(saved);
  });

  it('stores every change as the JSON of the progress', async () => {
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-write"></quiz-progress-host>`);
    el.progress.set({ position: 1 });
    expect(JSON.parse(stored('progress-write')!)).to.deep.equal({ ...el.progress.value, position: 1 });
  });

  it('starts a first attempt, quietly, over a record it cannot read', async () => {
    localStorage.setItem(`${storagePrefix}quiz:progress-broken`, '{"attempt": "one"');
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-broken"></quiz-progress-host>`);
    expect({ ...el.progress.value, seed: 0 }).to.deep.equal(newAttempt(1, 0, 0));
    expect(el.shadowRoot!.textContent).to.not.contain('not saved');
  });

  it('waits for questions before it restores or starts anything', async () => {
    const el = document.createElement('quiz-progress-host') as ProgressHost;
    el.hasQuestions = false;
    document.body.append(el);
    await el.updateComplete;
    expect(el.progress.value).to.be.undefined;
    el.remove();
  });

  it('restores the record of a new quiz-id', async () => {
    const other = { ...newAttempt(3, 2, 5), position: 2 };
    localStorage.setItem(`${storagePrefix}quiz:progress-second`, JSON.stringify(other));
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-first"></quiz-progress-host>`);

    el.quizId = 'progress-second';
    await el.updateComplete;

    expect(el.progress.value).to.deep.equal(other);
  });

  it('says so when the device refuses a write, and keeps the progress in the page', async () => {
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-full"></quiz-progress-host>`);
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    el.progress.set({ position: 1 });
    await el.updateComplete;

    expect(el.progress.notSaved).to.be.true;
    expect(el.progress.value!.position).to.equal(1);
    expect(el.shadowRoot!.textContent).to.contain('not saved');
  });

  it('start() begins attempt n with the finished count, and forgets the missing answers', async () => {
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host></quiz-progress-host>`);
    el.progress.missing.add('a');
    el.progress.start(2, 1);
    expect({ ...el.progress.value, seed: 0 }).to.deep.equal(newAttempt(2, 1, 0));
    expect(el.progress.missing.size).to.equal(0);
  });

  it('remove() takes the record off the device', async () => {
    const el = await fixture<ProgressHost>(fixtureHtml`<quiz-progress-host persist quiz-id="progress-remove"></quiz-progress-host>`);
    el.progress.set({ position: 1 });
    el.progress.remove();
    expect(stored('progress-remove')).to.be.null;
  });
});
