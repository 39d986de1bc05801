import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../src/components/reflection-prompt/reflection-prompt.component.js';
import type { MhmReflectionChangeDetail } from '../src/events/reflection-change.js';
import { removeItem } from '../src/internal/storage.js';
import { withBrokenStorage } from './broken-storage.js';
import { captureWarnings, emulateMediaFeatures, isShown, part, quietFixture, textOf } from './helpers.js';
import { button, field, fullKey, keepBox, libraryKeys, pause, record, start, status, stored, tickKeep, type } from './reflection-helpers.js';

const persisted = html`<mhm-reflection-prompt id="r1" reflection-id="return-identity" persist
  prompt="Think of a returnee you know. What did coming home mean for them?"
  support-href="tel:+233800000000" support-label="Call the helpline, 0800 000 000">
  <li slot="hint">What did they hope for?</li>
  <li slot="hint">How did family and neighbours react?</li>
</mhm-reflection-prompt>`;

const counter = (el: Element) => textOf(part(el, '[part~="counter"]'));
const announced = (el: Element) => textOf(part(el, '[role="status"]'));
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** The completing button's name: its text (it has no aria-label, so this is what a screen reader says). */
const doneName = (el: Element) => {
  const done = button(el, 'done-button');
  expect(done.hasAttribute('aria-label') || done.hasAttribute('aria-labelledby')).to.be.false;
  return textOf(done);
};

describe('<mhm-reflection-prompt>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let info: sinon.SinonStub;

  /** Lets the typing pause run out. */
  async function waitForPause(el: MhmReflectionPrompt): Promise<void> {
    await clock!.tickAsync(pause);
    await elementUpdated(el);
  }

  /** axe schedules its work with timers: give it real ones. */
  async function expectAccessible(el: Element): Promise<void> {
    clock?.restore();
    clock = undefined;
    await expect(el).to.be.accessible();
  }

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // The note about a missing local contact; asserted where it matters.
    info = sinon.stub(console, 'info');
  });

  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    info.restore();
    sinon.restore();
    libraryKeys().forEach((key) => localStorage.removeItem(key));
    // What the storage-failure tests left in the page's memory fallback.
    removeItem('reflection:return-identity');
    await emulateMediaFeatures({});
  });

  describe('rendering', () => {
    it('labels the field with the prompt and describes it with the hints, the counter and the status', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const textarea = field(el);
      const label = part(el, '[part="prompt"]');
      expect(label.localName).to.equal('label');
      expect((label as HTMLLabelElement).control).to.equal(textarea);
      expect(textOf(label)).to.equal('Think of a returnee you know. What did coming home mean for them?');
      expect(textarea.getAttribute('aria-describedby')).to.equal('hints counter status');
      expect(textOf(part(el, '.hints-lead'))).to.equal('You could think about:');
      const hints = part(el, '[part="hints"] slot') as HTMLSlotElement;
      expect(hints.assignedElements().map((hint) => hint.textContent)).to.deep.equal([
        'What did they hope for?',
        'How did family and neighbours react?',
      ]);
      expect(counter(el)).to.equal('Characters left: 5,000');
      expect(textarea.maxLength).to.equal(5000);
      expect(textarea.rows).to.equal(6);
      expect(status(el)).to.equal('Private: not saved. The text is gone when you leave or reload this page.');
    });

    it('takes the prompt from the prompt slot when there is no prompt attribute', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt>
        <span slot="prompt">What does <em>home</em> mean to you?</span>
      </mhm-reflection-prompt>`);
      const label = part<HTMLLabelElement>(el, '[part="prompt"]');
      expect(label.control).to.equal(field(el));
      const slot = label.querySelector('slot')!;
      expect(textOf(slot.assignedElements()[0])).to.equal('What does home mean to you?');
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
    });

    it('hides the hints box when there are no hints, and leaves it out of the description', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      expect(isShown(part(el, '[part="hints"]'))).to.be.false;
      expect(field(el).getAttribute('aria-describedby')).to.equal('counter status');
    });

    it('always shows the default support note, with the local contact as its link', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const support = part(el, '[part="support"]');
      expect(isShown(support)).to.be.true;
      expect(support.getAttribute('role')).to.equal('note');
      expect(support.getAttribute('aria-label')).to.equal('Where to get help');
      expect(textOf(support)).to.equal(
        'If this brings up difficult feelings, talk to someone you trust or contact a local support service. Call the helpline, 0800 000 000',
      );
      const link = part<HTMLAnchorElement>(el, '[part="support-link"]');
      expect(link.getAttribute('href')).to.equal('tel:+233800000000');
      expect(link.hasAttribute('target')).to.be.false;
      expect(info.called).to.be.false;
    });

    it('opens an https support link in a new tab, says so, and sends no referrer', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"
        support-href="https://support.example.org/ghana"></mhm-reflection-prompt>`);
      const link = part<HTMLAnchorElement>(el, '[part="support-link"]');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Find support (opens in a new tab)');
    });

    it('shows the author’s support slot instead of the default note', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?">
        <span slot="support">Feeling low? In Ghana, call 0800 000 000.</span>
      </mhm-reflection-prompt>`);
      const slot = part<HTMLSlotElement>(el, '[part="support"] slot');
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Feeling low? In Ghana, call 0800 000 000.']);
      expect(isShown(slot.assignedElements()[0])).to.be.true;
      expect(info.called).to.be.false;
    });

    it('asks the author once, in the console, for a local contact when none is configured', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      el.prompt = 'Why now?';
      await elementUpdated(el);
      expect(info.callCount).to.equal(1);
      expect(info.firstCall.args[0]).to.match(/^<mhm-reflection-prompt> support: no local contact is configured.*support-href="tel:…"/);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
    });
  });

  describe('private by default', () => {
    it('without persist, keeps the text in memory only: nothing in localStorage after a whole session', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="memory-only" prompt="Why?"></mhm-reflection-prompt>`);
      await type(el, 'Only for me');
      await waitForPause(el);
      button(el, 'done-button').click();
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('#keep')).to.be.null;
      expect(field(el).value).to.equal('Only for me');
      expect(status(el)).to.equal('Private: not saved. The text is gone when you leave or reload this page.');
      expect(libraryKeys()).to.deep.equal([]);

      el.remove();
      const again = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="memory-only" prompt="Why?"></mhm-reflection-prompt>`);
      expect(field(again).value).to.equal('');
    });

    it('with persist, offers an unticked "Keep on this device" and stores nothing until it is ticked', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const box = keepBox(el);
      expect(box.checked).to.be.false;
      expect(textOf(part(el, 'label[for="keep"]'))).to.equal('Keep on this device');
      expect(box.getAttribute('aria-describedby')).to.equal('keep-note');
      expect(textOf(part(el, '#keep-note'))).to.contain('Anyone who uses this device could read it.');
      await type(el, 'Not yet kept');
      await waitForPause(el);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(libraryKeys()).to.deep.equal([]);

      await tickKeep(el);
      expect(stored('return-identity')).to.deep.equal({ v: 1, keep: true, text: 'Not yet kept', updatedAt: start });
      expect(status(el)).to.match(/^Saved on this device \(.+\)\.$/);
    });
  });

  describe('keeping on the device', () => {
    it('autosaves after a pause in typing, not at every key', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Home');
      expect(status(el)).to.equal('Saving…');
      await clock!.tickAsync(pause - 1);
      expect(stored('return-identity').text).to.equal('');
      await type(el, ' felt strange');
      await clock!.tickAsync(pause - 1);
      expect(stored('return-identity').text).to.equal('');
      await waitForPause(el);
      // The last key was pressed at the first pause's 999th millisecond.
      expect(stored('return-identity')).to.deep.equal({ v: 1, keep: true, text: 'Home felt strange', updatedAt: start + pause - 1 });
      expect(status(el)).to.match(/^Saved on this device/);
    });

    it('saves at once when the page is hidden or left, listening for it only while a save waits', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      const add = sinon.spy(window, 'addEventListener');
      const remove = sinon.spy(window, 'removeEventListener');
      await type(el, 'Before leaving');
      expect(add.withArgs('pagehide').callCount).to.equal(1);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(stored('return-identity').text).to.equal('Before leaving');
      expect(remove.withArgs('pagehide').callCount).to.equal(1);
      expect(remove.withArgs('pagehide').firstCall.args[1]).to.equal(add.withArgs('pagehide').firstCall.args[1]);

      await type(el, '!');
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      visibility.restore();
      expect(stored('return-identity').text).to.equal('Before leaving!');
    });

    it('restores the text, and the choice, in an element created later (a reload)', async () => {
      const first = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(first);
      await type(first, 'Written before the reload');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      first.remove();

      const second = await fixture<MhmReflectionPrompt>(persisted);
      expect(field(second).value).to.equal('Written before the reload');
      expect(keepBox(second).checked).to.be.true;
      expect(status(second)).to.match(/^Saved on this device/);
      await type(second, '. And after.');
      await waitForPause(second);
      second.remove();

      const third = await fixture<MhmReflectionPrompt>(persisted);
      expect(field(third).value).to.equal('Written before the reload. And after.');
    });

    it('deletes the stored copy when the box is unticked, keeping the text in the field', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Changed my mind');
      await waitForPause(el);
      expect(libraryKeys()).to.deep.equal([fullKey('return-identity')]);
      await tickKeep(el);
      expect(libraryKeys()).to.deep.equal([]);
      expect(field(el).value).to.equal('Changed my mind');
      expect(status(el)).to.equal('The copy on this device was deleted. Your text stays here until you leave the page.');
      await type(el, ' again');
      await waitForPause(el);
      expect(libraryKeys()).to.deep.equal([]);
    });

    it('keeps a restored text longer than max-length whole, and the counter says it is over', async () => {
      localStorage.setItem(fullKey('long'), record('A'.repeat(30), start - 1000));
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="long" persist prompt="Why?" max-length="20"></mhm-reflection-prompt>`);
      expect(field(el).value).to.equal('A'.repeat(30));
      expect(counter(el)).to.equal('⚠ Characters over the limit: 10');
      expect(part(el, '[part~="counter-over"]')).to.exist;
      await type(el, 'B');
      expect(field(el).value).to.equal('A'.repeat(30));
      await sendKeys({ press: 'Backspace' });
      await waitForPause(el);
      expect(stored('long').text).to.equal('A'.repeat(29));
      expect(counter(el)).to.equal('⚠ Characters over the limit: 9');
    });

    for (const [name, raw] of [
      ['corrupt', '{"v":1,"text":"half a rec'],
      ['from an older format', '"My text from the first version"'],
    ]) {
      it(`keeps ${name} stored data aside, unchanged, and starts empty with a note`, async () => {
        localStorage.setItem(fullKey('old'), raw);
        const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="old" persist prompt="Why?"></mhm-reflection-prompt>`);
        expect(field(el).value).to.equal('');
        expect(keepBox(el).checked).to.be.false;
        expect(textOf(part(el, '[part="notice"]'))).to.equal(
          '⚠ A reflection saved earlier on this device could not be read. It was kept aside, unchanged, and this field starts empty.',
        );
        expect(localStorage.getItem(fullKey('old'))).to.be.null;
        expect(localStorage.getItem(`${fullKey('old')}:unreadable:${start}`)).to.equal(raw);

        await tickKeep(el);
        await type(el, 'New text');
        await waitForPause(el);
        expect(localStorage.getItem(`${fullKey('old')}:unreadable:${start}`)).to.equal(raw);
        expect(stored('old').text).to.equal('New text');

        // "Delete" means everything: the copy kept aside may hold the learner's earlier text.
        button(el, 'delete-button').click();
        await elementUpdated(el);
        button(el, 'confirm-button').click();
        await elementUpdated(el);
        expect(Object.keys(localStorage).filter((key) => key.startsWith(fullKey('old')))).to.deep.equal([]);
      });
    }
  });

  describe('when storage fails', () => {
    it('keeps the text in the field, says it could not save, and offers the download (setItem throws)', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await withBrokenStorage('quota', async () => {
        await tickKeep(el);
        await type(el, 'Cannot be stored');
        await waitForPause(el);
      });
      expect(field(el).value).to.equal('Cannot be stored');
      expect(status(el)).to.equal(
        'Could not save on this device (storage is blocked or full). Your text is still here: download a copy to keep it.',
      );
      expect(announced(el)).to.equal(status(el));
      expect(isShown(button(el, 'download-button'))).to.be.true;
      expect(button(el, 'download-button').classList.contains('primary')).to.be.true;
      expect(libraryKeys()).to.deep.equal([]);
    });

    it('says so for every kind of refusal and never throws (localStorage itself throws a SecurityError)', async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      addEventListener('error', onError);
      try {
        await withBrokenStorage('security', async () => {
          const el = await fixture<MhmReflectionPrompt>(persisted);
          await tickKeep(el);
          await type(el, 'Sandboxed');
          await waitForPause(el);
          expect(field(el).value).to.equal('Sandboxed');
          expect(status(el)).to.match(/^Could not save on this device/);
          // The same page still finds it: a second copy of the reflection shows it.
          const twin = await fixture<MhmReflectionPrompt>(persisted);
          expect(field(twin).value).to.equal('Sandboxed');
        });
      } finally {
        removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('starts empty and still saves when reading storage throws', async () => {
      localStorage.setItem(fullKey('return-identity'), record('Unreachable', start - 1));
      await withBrokenStorage('read', async () => {
        const el = await fixture<MhmReflectionPrompt>(persisted);
        expect(field(el).value).to.equal('');
        await tickKeep(el);
        await type(el, 'Written anyway');
        await waitForPause(el);
        expect(status(el)).to.match(/^Saved on this device/);
      });
      expect(stored('return-identity').text).to.equal('Written anyway');
    });
  });

  describe('download', () => {
    it('downloads a .txt file with the prompt, the date and the text, from memory, and revokes its URL', async () => {
      const blobs: Blob[] = [];
      const create = sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        blobs.push(blob as Blob);
        return 'blob:reflection-test';
      });
      const revoke = sinon.stub(URL, 'revokeObjectURL');
      const clicks: Array<{ download: string; href: string; connected: boolean }> = [];
      sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
        clicks.push({ download: this.download, href: this.getAttribute('href')!, connected: this.isConnected });
      });
      const el = await fixture<MhmReflectionPrompt>(persisted);
      expect(el.shadowRoot!.querySelector('[part="download-button"]')).to.be.null;
      await type(el, 'Line one\nLine two, مرحبا');

      button(el, 'download-button').click();

      expect(clicks).to.deep.equal([{ download: 'reflection-return-identity.txt', href: 'blob:reflection-test', connected: true }]);
      expect(blobs[0].type).to.equal('text/plain;charset=utf-8');
      const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(start);
      const bytes = new Uint8Array(await blobs[0].arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).to.equal(
        `Think of a returnee you know. What did coming home mean for them?\n\n${date}\n\nLine one\nLine two, مرحبا\n`,
      );
      expect(el.shadowRoot!.querySelector('a[download]')).to.be.null;
      expect(revoke.called).to.be.false;
      await clock!.tickAsync(1000);
      expect(revoke.calledOnceWith('blob:reflection-test')).to.be.true;
      expect(create.callCount).to.equal(1);
    });
  });

  describe('delete', () => {
    async function written(): Promise<MhmReflectionPrompt> {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Too personal');
      await waitForPause(el);
      return el;
    }

    it('asks in place, without window.confirm, and Cancel (or Escape) keeps everything', async () => {
      const confirm = sinon.stub(window, 'confirm').returns(true);
      const el = await written();
      button(el, 'delete-button').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      const question = part(el, '[part="confirm"]');
      expect(question.getAttribute('role')).to.equal('group');
      expect(textOf(part(el, '#' + question.getAttribute('aria-labelledby')))).to.equal('Delete this reflection? This cannot be undone.');
      expect(focused(el)).to.equal(button(el, 'cancel-button'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(button(el, 'delete-button'));

      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)).to.equal(button(el, 'confirm-button'));
      await sendKeys({ press: 'Escape' });
      await elementUpdated(el);
      expect(focused(el)).to.equal(button(el, 'delete-button'));
      expect(field(el).value).to.equal('Too personal');
      expect(stored('return-identity').text).to.equal('Too personal');
      expect(confirm.called).to.be.false;
    });

    it('clears the field and the stored copy once confirmed, says so, and returns focus to the field', async () => {
      const el = await written();
      const changes: MhmReflectionChangeDetail[] = [];
      el.addEventListener('mhm-reflection-change', (event) => changes.push(event.detail));
      button(el, 'delete-button').click();
      await elementUpdated(el);
      button(el, 'confirm-button').click();
      await elementUpdated(el);
      await elementUpdated(el);
      expect(field(el).value).to.equal('');
      expect(libraryKeys()).to.deep.equal([]);
      expect(keepBox(el).checked).to.be.false;
      expect(status(el)).to.equal('Deleted. Nothing of this reflection is kept on this device.');
      expect(announced(el)).to.equal('Deleted. Nothing of this reflection is kept on this device.');
      expect(focused(el)).to.equal(field(el));
      expect(changes).to.deep.equal([{ id: 'r1', reflectionId: 'return-identity', length: 0, saved: false }]);
      await waitForPause(el);
      expect(libraryKeys()).to.deep.equal([]);
    });

    it('keeps the reflection marked done: deleting private text never costs course progress', async () => {
      const el = await written();
      button(el, 'done-button').click();
      button(el, 'delete-button').click();
      await elementUpdated(el);
      button(el, 'confirm-button').click();
      await elementUpdated(el);
      expect(el.completed).to.be.true;
    });
  });

  describe('two copies of one reflection', () => {
    it('stay in step on one page, the newer text winning', async () => {
      const wrapper = await fixture(html`<div>${persisted}${persisted}</div>`);
      const [a, b] = [...wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')];
      await tickKeep(a);
      await elementUpdated(b);
      expect(keepBox(b).checked).to.be.true;
      await type(a, 'Typed in A');
      await waitForPause(a);
      await elementUpdated(b);
      expect(field(b).value).to.equal('Typed in A');

      clock!.tick(5000);
      await type(b, ', then in B');
      await waitForPause(b);
      await elementUpdated(a);
      expect(field(a).value).to.equal('Typed in A, then in B');
      expect(stored('return-identity').text).to.equal('Typed in A, then in B');

      await tickKeep(b);
      await elementUpdated(a);
      expect(keepBox(a).checked).to.be.false;
      expect(libraryKeys()).to.deep.equal([]);
    });

    it('follow another tab: newer text replaces this one, older text never overwrites newer', async () => {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const otherTab = frame.contentWindow!.localStorage;
      try {
        const el = await fixture<MhmReflectionPrompt>(persisted);
        await tickKeep(el);
        await type(el, 'Mine');
        await waitForPause(el);

        let heard = oneEvent(window, 'storage');
        otherTab.setItem(fullKey('return-identity'), record('Newer, from the other tab', start + 60_000));
        await heard;
        await elementUpdated(el);
        expect(field(el).value).to.equal('Newer, from the other tab');

        heard = oneEvent(window, 'storage');
        otherTab.setItem(fullKey('return-identity'), record('Stale, from a tab left open', start - 60_000));
        await heard;
        await elementUpdated(el);
        expect(field(el).value).to.equal('Newer, from the other tab');
        expect(stored('return-identity').text).to.equal('Newer, from the other tab');

        heard = oneEvent(window, 'storage');
        otherTab.removeItem(fullKey('return-identity'));
        await heard;
        await elementUpdated(el);
        expect(keepBox(el).checked).to.be.false;
        expect(field(el).value).to.equal('Newer, from the other tab');
        expect(status(el)).to.equal('The copy on this device was deleted. Your text stays here until you leave the page.');
      } finally {
        frame.remove();
      }
    });

    it('clears both when the learner deletes in one of them', async () => {
      const wrapper = await fixture(html`<div>${persisted}${persisted}</div>`);
      const [a, b] = [...wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')];
      await tickKeep(a);
      await type(a, 'Shared');
      await waitForPause(a);
      clock!.tick(1);
      button(a, 'delete-button').click();
      await elementUpdated(a);
      button(a, 'confirm-button').click();
      await elementUpdated(b);
      expect(field(b).value).to.equal('');
      expect(keepBox(b).checked).to.be.false;
      expect(status(b)).to.equal('Deleted. Nothing of this reflection is kept on this device.');
    });
  });

  describe('privacy: nothing leaves the device', () => {
    it('makes no fetch, XHR, beacon or image request during a whole session of use', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const xhrSpy = sinon.spy(XMLHttpRequest.prototype, 'open');
      const beaconSpy = sinon.spy(navigator, 'sendBeacon');
      const imageSpy = sinon.spy(window, 'Image');
      const imageSrc = sinon.spy(HTMLImageElement.prototype, 'src', ['set']);
      sinon.stub(URL, 'createObjectURL').returns('blob:session');
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      const resourcesBefore = performance.getEntriesByType('resource').length;

      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt reflection-id="session" persist share-text
        prompt="Why?" support-href="https://support.example.org"><li slot="hint">Hint</li></mhm-reflection-prompt>`);
      await tickKeep(el);
      await type(el, 'A whole session');
      await waitForPause(el);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      button(el, 'done-button').click();
      button(el, 'download-button').click();
      button(el, 'delete-button').click();
      await elementUpdated(el);
      button(el, 'confirm-button').click();
      await elementUpdated(el);
      el.remove();

      expect(fetchSpy.called, 'fetch').to.be.false;
      expect(xhrSpy.called, 'XMLHttpRequest').to.be.false;
      expect(beaconSpy.called, 'sendBeacon').to.be.false;
      expect(imageSpy.called || imageSrc.set.called, 'image').to.be.false;
      expect(performance.getEntriesByType('resource').length, 'resources loaded').to.equal(resourcesBefore);
    });

    it('reports changes after a pause without the text, unless the host sets share-text', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const changes: MhmReflectionChangeDetail[] = [];
      el.addEventListener('mhm-reflection-change', (event) => changes.push(event.detail));
      await type(el, 'Secret');
      expect(changes).to.deep.equal([]);
      const event = oneEvent(el, 'mhm-reflection-change');
      await waitForPause(el);
      expect((await event).bubbles && (await event).composed).to.be.true;
      await tickKeep(el);
      expect(changes).to.deep.equal([
        { id: 'r1', reflectionId: 'return-identity', length: 6, saved: false },
        { id: 'r1', reflectionId: 'return-identity', length: 6, saved: true },
      ]);
      expect(JSON.stringify(changes)).to.not.contain('Secret');

      el.shareText = true;
      await type(el, '!');
      const shared = oneEvent(el, 'mhm-reflection-change');
      await waitForPause(el);
      expect((await shared).detail).to.deep.equal({ id: 'r1', reflectionId: 'return-identity', length: 7, saved: true, text: 'Secret!' });
    });

    it('fires no event when text is restored, synced or set by the author', async () => {
      localStorage.setItem(fullKey('return-identity'), record('Restored', start - 1));
      let fired = 0;
      const count = () => (fired += 1);
      document.addEventListener('mhm-reflection-change', count);
      document.addEventListener('mhm-complete', count);
      try {
        const el = await fixture<MhmReflectionPrompt>(persisted);
        el.completed = true;
        el.maxLength = 10;
        await elementUpdated(el);
        await clock!.tickAsync(5000);
        expect(field(el).value).to.equal('Restored');
      } finally {
        document.removeEventListener('mhm-reflection-change', count);
        document.removeEventListener('mhm-complete', count);
      }
      expect(fired).to.equal(0);
    });
  });

  describe('Done', () => {
    it('marks the reflection complete and tells the course, without the text', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'My answer');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      const event = await done;
      await elementUpdated(el);
      expect(event.detail).to.deep.equal({
        activity: 'reflection',
        id: 'r1',
        completed: true,
        reflectionId: 'return-identity',
        length: 9,
        saved: true,
      });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');
      expect(stored('return-identity').text).to.equal('My answer');
    });

    it('with nothing written, says what to do, focuses the field and does not complete', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      let fired = false;
      el.addEventListener('mhm-complete', () => (fired = true));
      await type(el, '   ');
      button(el, 'done-button').focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(fired).to.be.false;
      expect(el.completed).to.be.false;
      expect(textOf(part(el, '[part="done-note"]'))).to.equal('Write something first, then press Done.');
      expect(button(el, 'done-button').getAttribute('aria-describedby')).to.equal('done-note');
      expect(focused(el)).to.equal(field(el));
      await elementUpdated(el);
      expect(announced(el)).to.equal('Write something first, then press Done.');
    });

    it('completes whether or not the text is kept on the device', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      await type(el, 'In memory');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail).to.include({ completed: true, length: 9, saved: false, reflectionId: '' });
    });
  });

  describe('when `optional` is set', () => {
    it('offers moving on as a plain button, and Done as the main one once there is text', async () => {
      // Without transitions, so colours are read at rest (the media features are reset after each test).
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt optional prompt="Why?"></mhm-reflection-prompt>`);
      const look = () => getComputedStyle(button(el, 'done-button')).backgroundColor;
      const plain = look();

      await type(el, 'A few words');

      expect(doneName(el)).to.equal('Done');
      expect(look()).to.not.equal(plain);
      expect(look()).to.not.equal(getComputedStyle(part(el, '[part="base"]')).backgroundColor);
      expect(plain).to.equal(getComputedStyle(part(el, '[part="base"]')).backgroundColor);
    });

    const optional = html`<mhm-reflection-prompt id="r1" reflection-id="return-identity" persist optional
      prompt="Think of a returnee you know. What did coming home mean for them?"></mhm-reflection-prompt>`;

    it('names the button "Continue without writing" while the field is empty, and "Done" once something is written', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      expect(doneName(el)).to.equal('Continue without writing');
      await type(el, '  ');
      expect(doneName(el), 'spaces are not writing').to.equal('Continue without writing');
      await type(el, 'Hope');
      expect(doneName(el)).to.equal('Done');
      for (let i = 0; i < '  Hope'.length; i += 1) await sendKeys({ press: 'Backspace' });
      await elementUpdated(el);
      expect(field(el).value).to.equal('');
      expect(doneName(el)).to.equal('Continue without writing');
    });

    it('completes from the keyboard with nothing written: the event carries no text, and completed is reflected', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      const events: CustomEvent[] = [];
      el.addEventListener('mhm-complete', (event) => events.push(event));
      field(el).focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(button(el, 'done-button'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(events.map((event) => event.detail)).to.deep.equal([
        { activity: 'reflection', id: 'r1', completed: true, reflectionId: 'return-identity', length: 0, saved: false },
      ]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      expect(el.hasAttribute('completed')).to.be.true;
      expect(textOf(part(el, '[part="completed-badge"]'))).to.equal('✓ Completed');
      expect(el.shadowRoot!.querySelector('[part="done-note"]'), 'no "write something first"').to.be.null;
      expect(focused(el), 'focus stays on the button, the field is not pushed on the learner').to.equal(button(el, 'done-button'));
      expect(libraryKeys(), 'nothing written, nothing stored').to.deep.equal([]);
    });

    it('with text written, is the normal Done: Space completes with the length and never the text', async () => {
      const el = await fixture<MhmReflectionPrompt>(optional);
      await type(el, 'Coming home was hard.');
      button(el, 'done-button').focus();
      const done = oneEvent(el, 'mhm-complete');
      await sendKeys({ press: 'Space' });
      const { detail } = await done;
      expect(detail).to.deep.equal({ activity: 'reflection', id: 'r1', completed: true, reflectionId: 'return-identity', length: 21, saved: false });
      expect(JSON.stringify(detail)).not.to.contain('hard');
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.true;
    });

    it('without the attribute, the empty field’s button still reads Done and does not complete', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      let fired = false;
      el.addEventListener('mhm-complete', () => (fired = true));
      expect(doneName(el)).to.equal('Done');
      button(el, 'done-button').click();
      await elementUpdated(el);
      expect(fired).to.be.false;
      expect(el.hasAttribute('completed')).to.be.false;
    });

    it('reads right to left in Arabic, with the Arabic choice, and completes', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-reflection-prompt optional prompt="ماذا تعني العودة إلى الوطن؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(getComputedStyle(button(el, 'done-button')).direction).to.equal('rtl');
      expect(doneName(el)).to.equal('المتابعة دون كتابة');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail).to.include({ completed: true, length: 0 });
      await elementUpdated(el);
      expect(el.hasAttribute('completed')).to.be.true;
      await type(el, 'كانت العودة صعبة');
      expect(textOf(button(el, 'done-button'))).to.equal('انتهيت');
    });

    it('has no axe violations empty, completed without writing, and in Arabic', async () => {
      const wrapper = await fixture(html`<div>
        ${optional}
        <mhm-reflection-prompt lang="ar" optional completed prompt="ماذا تعني العودة؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      button(el, 'done-button').click();
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      await expectAccessible(wrapper);
    });
  });

  describe('character count and length', () => {
    it('counts as the learner types, and announces politely only near the limit, after a pause', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" max-length="100"></mhm-reflection-prompt>`);
      await type(el, 'a'.repeat(80));
      expect(counter(el)).to.equal('Characters left: 20');
      await waitForPause(el);
      expect(announced(el)).to.equal('');
      await type(el, 'b'.repeat(11));
      expect(announced(el)).to.equal('');
      await waitForPause(el);
      await elementUpdated(el);
      expect(announced(el)).to.equal('Characters left: 9');
      expect(part(el, '[role="status"]').classList.contains('sr-only')).to.be.true;
    });

    it('stops typing at max-length', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" max-length="5"></mhm-reflection-prompt>`);
      await type(el, 'abcdefgh');
      expect(field(el).value).to.equal('abcde');
      expect(counter(el)).to.equal('Characters left: 0');
    });

    it('suggests min-length under the field until it is reached, without blocking Done', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" min-length="10"></mhm-reflection-prompt>`);
      expect(textOf(part(el, '[part="min-length"]'))).to.equal('Suggested length: at least 10 characters');
      expect(field(el).getAttribute('aria-describedby')).to.equal('counter min-length status');
      await type(el, 'Short');
      const done = oneEvent(el, 'mhm-complete');
      button(el, 'done-button').click();
      expect((await done).detail.completed).to.be.true;
      await type(el, ' but enough');
      expect(el.shadowRoot!.querySelector('[part="min-length"]')).to.be.null;
    });
  });

  describe('focus and keyboard', () => {
    it('goes field, keep box, Done, Download, Delete, support link in order, and works from the keyboard', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      const order = ['textarea', 'keep', 'done-button', 'download-button', 'delete-button', 'support-link'];
      const seen: string[] = [];
      for (let i = 0; i < order.length; i += 1) {
        const active = focused(el)!;
        seen.push(active.getAttribute('part') ?? active.id);
        if (i < order.length - 1) await sendKeys({ press: 'Tab' });
      }
      expect(seen).to.deep.equal(order);

      keepBox(el).focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(keepBox(el).checked).to.be.true;
      expect(stored('return-identity').text).to.equal('Text');
      expect(getComputedStyle(keepBox(el)).outlineStyle).to.equal('solid');
    });

    it('focus() puts the learner in the field', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      el.focus();
      expect(focused(el)).to.equal(field(el));
    });
  });

  describe('language and direction', () => {
    it('lays out what the learner writes by its own script, in a right-to-left page too', async () => {
      const wrapper = await fixture(html`<div lang="ar"><mhm-reflection-prompt prompt="ماذا تعني العودة؟"></mhm-reflection-prompt></div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(getComputedStyle(field(el)).direction, 'empty: the page direction').to.equal('rtl');
      field(el).focus();
      await sendKeys({ type: 'Coming home was hard.' });
      await elementUpdated(el);
      expect(field(el).getAttribute('dir')).to.equal('auto');
      expect(getComputedStyle(field(el)).direction, 'English text: left to right').to.equal('ltr');
    });

    it('reads an ancestor lang="ar": Arabic interface, right to left, Arabic text kept as typed', async () => {
      const wrapper = await fixture(html`<div lang="ar">
        <mhm-reflection-prompt reflection-id="ar" persist prompt="ماذا تعني العودة إلى الوطن؟"></mhm-reflection-prompt>
      </div>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(field(el)).direction).to.equal('rtl');
      expect(counter(el)).to.equal('الأحرف المتبقية: 5,000');
      expect(textOf(part(el, 'label[for="keep"]'))).to.equal('الاحتفاظ به على هذا الجهاز');
      expect(textOf(button(el, 'done-button'))).to.equal('انتهيت');
      expect(textOf(part(el, '[part="support"]'))).to.equal(
        'إذا أثار هذا لديك مشاعر صعبة، فتحدّث إلى شخص تثق به أو تواصل مع خدمة دعم محلية.',
      );
      await tickKeep(el);
      await type(el, 'كانت العودة صعبة');
      await waitForPause(el);
      expect(stored('ar').text).to.equal('كانت العودة صعبة');
      expect(status(el)).to.match(/^حُفظ على هذا الجهاز/);
      expect(counter(el)).to.equal('الأحرف المتبقية: 4,984');
    });

    it('reads lang="fr" and follows a change at runtime', async () => {
      const wrapper = await fixture(html`<section lang="fr"><mhm-reflection-prompt prompt="Pourquoi ?"></mhm-reflection-prompt></section>`);
      const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
      await elementUpdated(el);
      // French groups digits with a narrow no-break space, which textOf() folds like any space.
      expect(counter(el)).to.equal('Caractères restants : 5 000');
      expect(textOf(button(el, 'done-button'))).to.equal('J’ai terminé');
      wrapper.setAttribute('lang', 'es');
      await clock!.tickAsync(0);
      await elementUpdated(el);
      expect(textOf(button(el, 'done-button'))).to.equal('He terminado');
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, TemplateResult, RegExp]> = [
      [
        'persist without reflection-id',
        html`<mhm-reflection-prompt prompt="Why?" persist></mhm-reflection-prompt>`,
        /reflection-id: got nothing\. Give each reflection kept on the device its own name/,
      ],
      ['max-length="-1"', html`<mhm-reflection-prompt prompt="Why?" max-length="-1"></mhm-reflection-prompt>`, /max-length: got "-1"\. Use a whole number/],
      ['max-length="abc"', html`<mhm-reflection-prompt prompt="Why?" max-length="abc"></mhm-reflection-prompt>`, /max-length: got "abc"\. Use a whole number/],
      ['min-length above max-length', html`<mhm-reflection-prompt prompt="Why?" max-length="10" min-length="50"></mhm-reflection-prompt>`, /min-length: got "50"\. Use a whole number of characters up to max-length \(10\)/],
      ['rows="0"', html`<mhm-reflection-prompt prompt="Why?" rows="0"></mhm-reflection-prompt>`, /rows: got "0"\. Use a whole number from 1 to 50/],
      ['a missing prompt', html`<mhm-reflection-prompt></mhm-reflection-prompt>`, /prompt: got ""\. Write the question/],
      ['support-href="http://…"', html`<mhm-reflection-prompt prompt="Why?" support-href="http://help.example.org"></mhm-reflection-prompt>`, /support-href: got "http:\/\/help\.example\.org"\. It is not used because the "http:" scheme is not allowed here/],
      ['support-href="javascript:…"', html`<mhm-reflection-prompt prompt="Why?" support-href="javascript:alert(1)"></mhm-reflection-prompt>`, /support-href: got "javascript:alert\(1\)"\. It is not used because the "javascript:" scheme is not allowed/],
      ['a relative support-href', html`<mhm-reflection-prompt prompt="Why?" support-href="/help"></mhm-reflection-prompt>`, /support-href: got "\/help"\. It is not used because it is not a full address/],
      ['support-label without support-href', html`<mhm-reflection-prompt prompt="Why?" support-label="Call us"></mhm-reflection-prompt>`, /support-label: got "Call us"\. Add support-href/],
    ];

    for (const [name, template, message] of cases) {
      it(`shows ${name} in place and logs it once, without throwing`, async () => {
        let el!: MhmReflectionPrompt;
        const warnings = await captureWarnings(async () => {
          el = await fixture<MhmReflectionPrompt>(template);
          el.requestUpdate();
          await elementUpdated(el);
        });
        const box = part(el, '[part="author-error"]');
        expect(isShown(box)).to.be.true;
        expect(textOf(box)).to.match(message);
        expect(warnings.filter((warning) => message.test(warning))).to.have.length(1);
        expect(isShown(field(el))).to.be.true;
      });
    }

    it('falls back to safe values: memory only, 5000 characters, 6 rows, no suggested length, no link', async () => {
      const el = await quietFixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" persist max-length="abc"
        min-length="-3" rows="many" support-href="data:text/html,hi"></mhm-reflection-prompt>`);
      expect(el.shadowRoot!.querySelector('#keep')).to.be.null;
      expect(field(el).maxLength).to.equal(5000);
      expect(field(el).rows).to.equal(6);
      expect(el.shadowRoot!.querySelector('[part="min-length"]')).to.be.null;
      expect(el.shadowRoot!.querySelector('a')).to.be.null;
      await type(el, 'Kept in memory');
      await waitForPause(el);
      expect(libraryKeys()).to.deep.equal([]);
      expect(field(el).value).to.equal('Kept in memory');
    });

    it('clears the message and starts keeping once the author adds reflection-id', async () => {
      const el = await quietFixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?" persist></mhm-reflection-prompt>`);
      el.setAttribute('reflection-id', 'fixed');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="author-error"]')).to.be.null;
      await tickKeep(el);
      expect(stored('fixed')).to.deep.include({ keep: true, text: '' });
    });

    it('renders an HTML payload in every attribute as text', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const el = document.createElement('mhm-reflection-prompt');
      for (const name of ['prompt', 'reflection-id', 'max-length', 'min-length', 'rows', 'support-href', 'support-label', 'lang']) {
        el.setAttribute(name, payload);
      }
      el.setAttribute('persist', '');
      await captureWarnings(async () => {
        document.body.append(el);
        await elementUpdated(el);
      });
      expect(textOf(part(el, '[part="prompt"]'))).to.equal(payload);
      expect(el.shadowRoot!.querySelectorAll('img, [onerror]')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.be.undefined;
      el.remove();
    });
  });

  describe('lifecycle', () => {
    it('can be created and configured without being attached, touching no storage and no listener', () => {
      const getItem = sinon.spy(Storage.prototype, 'getItem');
      const add = sinon.spy(window, 'addEventListener');
      const el = document.createElement('mhm-reflection-prompt');
      el.reflectionId = 'never';
      el.persist = true;
      el.completed = true;
      expect(el.completed).to.be.true;
      expect(getItem.called).to.be.false;
      expect(add.called).to.be.false;
    });

    it('survives being removed at once, leaving no listener behind', async () => {
      const add = sinon.spy(window, 'addEventListener');
      const remove = sinon.spy(window, 'removeEventListener');
      const el = document.createElement('mhm-reflection-prompt');
      el.setAttribute('reflection-id', 'brief');
      el.setAttribute('persist', '');
      el.prompt = 'Why?';
      document.body.append(el);
      el.remove();
      await elementUpdated(el);
      expect(add.withArgs('storage').callCount).to.equal(remove.withArgs('storage').callCount);
      expect(add.withArgs('pagehide').callCount).to.equal(remove.withArgs('pagehide').callCount);
    });

    it('loses nothing when moved mid-typing, and stops listening while detached', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Typed just before the move');
      const remove = sinon.spy(window, 'removeEventListener');
      const target = await fixture(html`<div lang="ar"></div>`);
      target.append(el);
      expect(stored('return-identity').text).to.equal('Typed just before the move');
      expect(remove.withArgs('pagehide').callCount).to.equal(1);
      expect(remove.withArgs('storage').callCount).to.equal(1);
      await elementUpdated(el);
      expect(field(el).value).to.equal('Typed just before the move');
      expect(keepBox(el).checked).to.be.true;
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
      await type(el, '. Still here');
      await waitForPause(el);
      expect(stored('return-identity').text).to.equal('Typed just before the move. Still here');
    });

    it('shows another reflection’s own text when its reflection-id changes, never writing this one’s over it', async () => {
      // Arrange: the learner keeps text under one name; another name holds older text.
      localStorage.setItem(fullKey('next-learner'), record('Older words of the next learner', start - 60_000));
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Words of the first learner');

      // Act: the host names another reflection before the typing pause ran out.
      el.reflectionId = 'next-learner';
      await elementUpdated(el);

      // Assert
      expect(field(el).value).to.equal('Older words of the next learner');
      expect(stored('next-learner').text).to.equal('Older words of the next learner');
      expect(stored('return-identity').text).to.equal('Words of the first learner');
    });

    it('starts empty, and says nothing is saved, under a new reflection-id with nothing stored', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Words of the first learner');
      await waitForPause(el);

      el.reflectionId = 'nobody-yet';
      await elementUpdated(el);

      expect(field(el).value).to.equal('');
      expect(keepBox(el).checked).to.be.false;
      expect(status(el)).to.not.match(/^Saved/);
      expect(localStorage.getItem(fullKey('nobody-yet'))).to.equal(null);
      expect(stored('return-identity').text).to.equal('Words of the first learner');
    });

    it('keeps text that was never kept when moved', async () => {
      const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="Why?"></mhm-reflection-prompt>`);
      await type(el, 'In memory');
      const target = await fixture(html`<div></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(field(el).value).to.equal('In memory');
    });
  });

  describe('display preferences and sizes', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('turns transitions off under prefers-reduced-motion', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      expect(getComputedStyle(button(el, 'done-button')).transitionDuration).to.not.equal('0s');
      await emulateMediaFeatures({ 'prefers-reduced-motion': 'reduce' });
      expect(getComputedStyle(button(el, 'done-button')).transitionDuration).to.equal('0s');
      expect(getComputedStyle(field(el)).transitionDuration).to.equal('0s');
    });

    it('outlines the support note in forced-colours mode, where its background no longer shows', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      const support = part(el, '[part="support"]');
      expect(getComputedStyle(support).borderBlockStartStyle).to.equal('none');
      await emulateMediaFeatures({ 'forced-colors': 'active' });
      expect(getComputedStyle(support).borderBlockStartStyle).to.equal('solid');
      expect(getComputedStyle(part(el, '[part="base"]')).borderStyle).to.equal('solid');
    });

    it('gives every control a target of at least 24 by 24 px', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      for (const control of el.shadowRoot!.querySelectorAll('button, input, a, textarea')) {
        const box = control.getBoundingClientRect();
        expect(box.width, control.outerHTML).to.be.at.least(24);
        expect(box.height, control.outerHTML).to.be.at.least(24);
      }
    });

    for (const [width, lang] of [[320, 'en'], [320, 'ar'], [1280, 'en']] as const) {
      it(`fits a ${width} px viewport (${lang}) without sideways scrolling`, async () => {
        await setViewport({ width, height: 800 });
        const wrapper = await fixture(html`<div lang=${lang}>
          <mhm-reflection-prompt reflection-id="narrow" persist
            prompt="Thinkofareturneeyouknowwhatdidcominghomemeanforthemandtheirfamilyandneighbours?">
            <li slot="hint">Averyveryverylongguidingquestionwithoutanyspacesthatacmsmightpaste?</li>
          </mhm-reflection-prompt>
        </div>`);
        const el = wrapper.querySelector<MhmReflectionPrompt>('mhm-reflection-prompt')!;
        await type(el, 'Text');
        button(el, 'delete-button').click();
        await elementUpdated(el);
        expect(el.getBoundingClientRect().width).to.be.at.most(width);
        expect(document.documentElement.scrollWidth).to.be.at.most(width);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (box.width > 1) expect(box.right, node.outerHTML).to.be.at.most(width + 1);
        }
      });
    }
  });

  describe('accessibility', () => {
    it('has no axe violations by default, with hints', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await expectAccessible(el);
    });

    it('has no axe violations kept and saved, then completed', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      await type(el, 'Saved text');
      await waitForPause(el);
      button(el, 'done-button').click();
      await elementUpdated(el);
      await expectAccessible(el);
    });

    it('has no axe violations when storage fails', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await withBrokenStorage('quota', async () => {
        await tickKeep(el);
        await type(el, 'Not saved');
        await waitForPause(el);
      });
      await expectAccessible(el);
    });

    it('has no axe violations over the limit, with restored-data and done notes', async () => {
      localStorage.setItem(fullKey('over'), record('x'.repeat(30), start - 1));
      localStorage.setItem(fullKey('bad'), '{oops');
      const wrapper = await fixture(html`<div>
        <mhm-reflection-prompt reflection-id="over" persist prompt="Why?" max-length="10" min-length="5"></mhm-reflection-prompt>
        <mhm-reflection-prompt reflection-id="bad" persist prompt="Why?" min-length="5"></mhm-reflection-prompt>
      </div>`);
      const bad = wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')[1];
      button(bad, 'done-button').click();
      await elementUpdated(bad);
      await expectAccessible(wrapper);
    });

    it('has no axe violations while confirming a deletion, and after it', async () => {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await type(el, 'Text');
      button(el, 'delete-button').click();
      await elementUpdated(el);
      await expectAccessible(el);
      button(el, 'confirm-button').click();
      await elementUpdated(el);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with author errors, in Arabic, and in the dark scheme', async () => {
      const wrapper = await quietFixture(html`<div lang="ar">
        <mhm-reflection-prompt persist max-length="abc" support-href="https://support.example.org"></mhm-reflection-prompt>
      </div>`);
      await expectAccessible(wrapper);
      await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
      await expect(wrapper).to.be.accessible();
    });
  });
});
