import { expect, fixture, html as testHtml, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type TemplateResult } from 'lit';
import { AnnouncerController } from '../../src/controllers/announcer.js';
import { ChildrenController } from '../../src/controllers/children.js';
import { ConfirmController } from '../../src/controllers/confirm.js';
import { FocusController } from '../../src/controllers/focus.js';
import { StoredRecordController, type ParseResult } from '../../src/controllers/stored-record.js';
import { readItem, writeItem } from '../../src/internal/storage.js';
import { withBrokenStorage } from '../support/broken-storage.js';

/** A bare element that uses each shared controller the way a component does. */
class ControllerHost extends LitElement {
  readonly announcer = new AnnouncerController(this);
  readonly focusAfter = new FocusController(this);
  confirmed = 0;
  readonly confirm = new ConfirmController(this, 'ask-button', () => this.confirmed++);
  changes: MutationRecord[][] = [];
  readonly childWatch = new ChildrenController(this, (records) => this.changes.push(records));
  readonly record = new StoredRecordController<{ n: number }>(this, parseCount);

  override render(): TemplateResult {
    return html`${this.confirm.open
        ? this.confirm.render({ question: 'Sure?', yes: 'Yes', no: 'No' })
        : html`<button part="ask-button" @click=${() => this.confirm.ask()}>Ask</button>`}
      <button id="target">Target</button>
      ${this.announcer.render()}`;
  }
}
customElements.define('test-controller-host', ControllerHost);

function parseCount(text: string): ParseResult<{ n: number }> {
  const value = JSON.parse(text) as { n?: unknown };
  return typeof value.n === 'number' ? { ok: true, value: { n: value.n } } : { ok: false, reason: 'no count' };
}

const region = (el: ControllerHost) => el.shadowRoot!.querySelector('[role="status"]')!;
const button = (el: ControllerHost, part: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

describe('shared controllers', () => {
  afterEach(() => localStorage.clear());

  describe('AnnouncerController', () => {
    it('says a message in a polite, atomic live region', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.announcer.announce('Saved');
      await el.updateComplete;
      await el.updateComplete;
      expect(region(el).getAttribute('aria-live')).to.equal('polite');
      expect(region(el).getAttribute('aria-atomic')).to.equal('true');
      expect(region(el).textContent).to.equal('Saved');
    });

    it('empties the region before saying the same message again, so it is read again', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.announcer.announce('Saved');
      await nextFrame();
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(region(el).textContent ?? ''));
      observer.observe(region(el), { childList: true, characterData: true, subtree: true });
      el.announcer.announce('Saved');
      await nextFrame();
      observer.disconnect();
      expect(seen).to.include('');
      expect(region(el).textContent).to.equal('Saved');
    });

    it('leaves only the newest of two quick messages, and nothing after clear()', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.announcer.announce('First');
      el.announcer.announce('Second');
      await nextFrame();
      expect(region(el).textContent).to.equal('Second');
      el.announcer.announce('Third');
      el.announcer.clear();
      await nextFrame();
      expect(region(el).textContent).to.equal('');
    });
  });

  describe('FocusController', () => {
    it('focuses the element the next update holds', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.focusAfter.focusAfterUpdate('#target');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('target');
    });

    it('does nothing once cancelled', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.focusAfter.focusAfterUpdate('#target');
      el.focusAfter.cancel();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('ConfirmController', () => {
    it('asks in place, focuses No, and Escape goes back to the asking button without acting', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      button(el, 'ask-button').click();
      await el.updateComplete;
      const group = el.shadowRoot!.querySelector('[part="confirm"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Sure?');
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'cancel-button'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'ask-button'));
      expect(el.confirmed).to.equal(0);
    });

    it('acts once on Yes and closes the question', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      button(el, 'ask-button').click();
      await el.updateComplete;
      button(el, 'confirm-button').click();
      await el.updateComplete;
      expect(el.confirmed).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);
    });

    it('keeps Escape from reaching a dialog around the element', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      let escaped = false;
      document.addEventListener('keydown', () => (escaped = true), { once: true });
      button(el, 'ask-button').click();
      await el.updateComplete;
      await sendKeys({ press: 'Escape' });
      expect(escaped).to.be.false;
    });
  });

  describe('ChildrenController', () => {
    it('tells the host on connect and when children change, and stops when the host leaves', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      expect(el.changes).to.deep.equal([[]]);
      el.append(document.createElement('p'));
      await nextFrame();
      expect(el.changes).to.have.length(2);
      const parent = el.parentElement!;
      el.remove();
      el.append(document.createElement('p'));
      await nextFrame();
      expect(el.changes).to.have.length(2);
      parent.append(el);
      expect(el.changes).to.have.length(3);
    });

    it('creates no observer for an element that was never connected', () => {
      const original = window.MutationObserver;
      let created = 0;
      window.MutationObserver = class extends original {
        constructor(callback: MutationCallback) {
          super(callback);
          created++;
        }
      };
      try {
        document.createElement('test-controller-host');
        expect(created).to.equal(0);
      } finally {
        window.MutationObserver = original;
      }
    });
  });

  describe('StoredRecordController', () => {
    it('makes a key only when persist and a non-blank id are given', () => {
      const format = (id: string) => `quiz:${id}`;
      expect(StoredRecordController.keyFor(true, ' a ', format)).to.equal('quiz:a');
      expect(StoredRecordController.keyFor(true, '  ', format)).to.equal(undefined);
      expect(StoredRecordController.keyFor(false, 'a', format)).to.equal(undefined);
    });

    it('writes and reads back a record under its key', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      expect(el.record.use('test:a')).to.be.true;
      expect(el.record.use('test:a')).to.be.false;
      expect(el.record.write({ n: 2 })).to.be.true;
      expect(readItem('test:a')).to.equal('{"n":2}');
      expect(el.record.read()).to.deep.equal({ n: 2 });
      expect(el.record.notice).to.equal(undefined);
    });

    it('says an unreadable record could not be read, and why', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.record.use('test:b');
      writeItem('test:b', '{"n":"two"}');
      let reason = '';
      expect(el.record.read((why) => (reason = why))).to.equal(undefined);
      expect(el.record.notice).to.equal('unreadable');
      expect(reason).to.equal('no count');
    });

    it('notes a write the device refused, and clears the note once a write works', async () => {
      const el = await fixture<ControllerHost>(testHtml`<test-controller-host></test-controller-host>`);
      el.record.use('test:c');
      await withBrokenStorage('quota', async () => {
        expect(el.record.write({ n: 1 })).to.be.false;
      });
      expect(el.record.notice).to.equal('notSaved');
      expect(el.record.read()).to.deep.equal({ n: 1 });
      expect(el.record.write({ n: 3 })).to.be.true;
      expect(el.record.notice).to.equal(undefined);
    });
  });
});
