import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { part, textOf } from '../support/helpers.js';
import { start, pause, fullKey, stored, libraryKeys, record, field, keepBox, status, button, counter, type, tickKeep, fakes, reflectionHooks, waitForPause, deleteText } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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
      await fakes.clock!.tickAsync(pause - 1);
      expect(stored('return-identity').text).to.equal('');
      await type(el, ' felt strange');
      await fakes.clock!.tickAsync(pause - 1);
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
        await deleteText(el);
        expect(Object.keys(localStorage).filter((key) => key.startsWith(fullKey('old')))).to.deep.equal([]);
      });
    }
  });
});
