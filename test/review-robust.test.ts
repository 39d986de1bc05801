import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/lesson-card/lesson-card.js';
import '../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmLessonCard } from '../src/components/lesson-card/lesson-card.component.js';
import type { MhmReflectionPrompt } from '../src/components/reflection-prompt/reflection-prompt.component.js';
import { readItem, removeItem, storagePrefix, subscribe, writeItem } from '../src/internal/storage.js';
import { flakyStorage } from './broken-storage.js';
import { captureWarnings, isShown, part, quietFixture, textOf } from './helpers.js';
import { button, field, fullKey, libraryKeys, pause, record, start, status, stored, tickKeep, type } from './reflection-helpers.js';

/**
 * Robustness review: what a learner or an author sees when the page moves, removes or renames an
 * element mid-use, and when storage that worked starts refusing in the middle of a session.
 */

const prompt = (id = 'return-identity') =>
  html`<mhm-reflection-prompt reflection-id=${id} persist prompt="What did coming home mean for them?"
    support-href="tel:+233800000000" support-label="Call the helpline"></mhm-reflection-prompt>`;

const couldNotSave = /^Could not save on this device/;
const mayRemain =
  'This browser blocked its storage, so a copy kept earlier may still be on this device. To be sure it is gone, clear this site’s data in the browser’s settings.';

describe('robustness review', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  async function waitForPause(el: MhmReflectionPrompt): Promise<void> {
    await clock!.tickAsync(pause);
    await elementUpdated(el);
  }

  async function deleteText(el: MhmReflectionPrompt): Promise<void> {
    button(el, 'delete-button').click();
    await elementUpdated(el);
    button(el, 'confirm-button').click();
    await elementUpdated(el);
  }

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    sinon.stub(console, 'info');
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    libraryKeys().forEach((key) => localStorage.removeItem(key));
    // What failed writes left in the page's memory fallback.
    for (const id of ['return-identity', 'other-id', 'twin']) {
      removeItem(`reflection:${id}`);
    }
  });

  describe('<mhm-reflection-prompt> removed, moved or renamed before the typing pause', () => {
    it('saves the text typed just before removal under its own key, and writes nothing afterwards', async () => {
      // Arrange
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Typed, then the page took me away');

      // Act
      el.remove();
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const removeStored = sinon.spy(Storage.prototype, 'removeItem');
      await clock!.tickAsync(60_000);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      await elementUpdated(el);

      // Assert
      expect(stored('return-identity')).to.deep.equal({ v: 1, keep: true, text: 'Typed, then the page took me away', updatedAt: start });
      expect(libraryKeys()).to.deep.equal([fullKey('return-identity')]);
      expect(setItem.called, 'a storage write after removal').to.be.false;
      expect(removeStored.called, 'a storage removal after removal').to.be.false;
      expect(clock!.countTimers(), 'timers left running').to.equal(0);
    });

    it('keeps working after a move: typing saves, Delete erases here and on the device', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Before the move');
      const target = await fixture(html`<section></section>`);
      target.appendChild(el);
      await elementUpdated(el);

      await type(el, ', after it');
      await waitForPause(el);
      expect(stored('return-identity').text).to.equal('Before the move, after it');
      expect(status(el)).to.match(/^Saved on this device/);

      clock!.tick(1);
      await deleteText(el);
      expect(field(el).value).to.equal('');
      expect(libraryKeys()).to.deep.equal([]);
      expect(status(el)).to.equal('Deleted. Nothing of this reflection is kept on this device.');
    });

    it('after a reflection-id attribute change mid-typing, saves later typing under the new key only', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'First learner');

      el.setAttribute('reflection-id', 'other-id');
      await elementUpdated(el);
      expect(stored('return-identity').text, 'typed under the old key, saved there').to.equal('First learner');
      expect(field(el).value).to.equal('');

      await tickKeep(el);
      await type(el, 'Second learner');
      await waitForPause(el);
      expect(stored('other-id').text).to.equal('Second learner');
      expect(stored('return-identity').text).to.equal('First learner');
    });

    it('a reflection-id changed while detached shows that reflection’s text when attached again', async () => {
      localStorage.setItem(fullKey('other-id'), record('Text of the other reflection', start - 60_000));
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Mine');
      el.remove();
      el.setAttribute('reflection-id', 'other-id');
      const target = await fixture(html`<div></div>`);
      target.append(el);
      await elementUpdated(el);
      expect(field(el).value).to.equal('Text of the other reflection');
      expect(stored('return-identity').text).to.equal('Mine');
      expect(stored('other-id').text).to.equal('Text of the other reflection');
    });
  });

  describe('<mhm-reflection-prompt> when storage starts refusing mid-session', () => {
    let storage: ReturnType<typeof flakyStorage>;
    beforeEach(() => {
      storage = flakyStorage();
    });
    afterEach(() => storage.restore());

    it('quota exceeded on the second write: says so, keeps the text, and saves once storage works again', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      storage.quotaFromWrite(2);
      await tickKeep(el);
      await type(el, 'First part');
      await waitForPause(el);
      expect(status(el)).to.match(couldNotSave);
      expect(field(el).value).to.equal('First part');

      storage.recover();
      await type(el, ', second part');
      await waitForPause(el);
      expect(status(el)).to.match(/^Saved on this device/);
      expect(stored('return-identity').text).to.equal('First part, second part');
    });

    it('after a failed save, another copy created on the page shows the newest text, not the older one on the device', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Older');
      await waitForPause(el);
      storage.fail('quota');
      clock!.tick(5000);
      await type(el, ' and newer');
      await waitForPause(el);
      expect(status(el)).to.match(couldNotSave);

      // A course shows the reflection again (a summary, a re-render of the activity).
      const twin = await fixture<MhmReflectionPrompt>(prompt());
      expect(field(twin).value).to.equal('Older and newer');
      expect(status(twin)).to.match(couldNotSave);
      expect(field(el).value).to.equal('Older and newer');
    });

    it('saves what could not be saved when the page is hidden, once storage works again', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      storage.fail('security');
      await type(el, 'Written while blocked');
      await waitForPause(el);
      expect(status(el)).to.match(couldNotSave);

      storage.recover();
      dispatchEvent(new PageTransitionEvent('pagehide'));
      await elementUpdated(el);
      expect(stored('return-identity')?.text).to.equal('Written while blocked');
      expect(status(el)).to.match(/^Saved on this device/);
    });

    it('tries once more when removed while the device refuses, and leaves no listener behind', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      storage.fail('security');
      await type(el, 'Written while blocked');
      await waitForPause(el);
      const add = sinon.spy(window, 'addEventListener');
      const remove = sinon.spy(window, 'removeEventListener');
      const writesBefore = storage.writes();

      el.remove();
      dispatchEvent(new PageTransitionEvent('pagehide'));

      expect(storage.writes() - writesBefore, 'one try at removal, none on pagehide').to.equal(1);
      expect(remove.withArgs('pagehide').callCount).to.equal(1 + add.withArgs('pagehide').callCount);
    });

    for (const kind of ['security', 'getter'] as const) {
      it(`a SecurityError from ${kind === 'getter' ? 'the localStorage getter' : 'setItem'}: told in place, text kept, saved after recovery`, async () => {
        const el = await fixture<MhmReflectionPrompt>(prompt());
        await tickKeep(el);
        await type(el, 'Saved once');
        await waitForPause(el);
        expect(stored('return-identity').text).to.equal('Saved once');

        storage.fail(kind);
        await type(el, ', then refused');
        await waitForPause(el);
        expect(status(el)).to.equal(
          'Could not save on this device (storage is blocked or full). Your text is still here: download a copy to keep it.',
        );
        expect(field(el).value).to.equal('Saved once, then refused');
        expect(isShown(button(el, 'download-button'))).to.be.true;

        storage.recover();
        await type(el, '.');
        await waitForPause(el);
        expect(status(el)).to.match(/^Saved on this device/);
        expect(stored('return-identity').text).to.equal('Saved once, then refused.');
      });
    }

    it('Delete while the browser blocks its storage clears the field and says a copy may remain, and how to remove it', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Sensitive words');
      await waitForPause(el);

      storage.fail('getter');
      clock!.tick(1);
      await deleteText(el);
      expect(field(el).value).to.equal('');
      storage.recover();
      // The copy really is still on the device: the learner must not be told otherwise.
      expect(stored('return-identity').text).to.equal('Sensitive words');
      expect(status(el)).to.equal(mayRemain);
      await elementUpdated(el);
      expect(textOf(part(el, '[role="status"]'))).to.equal(mayRemain);
    });

    it('reset() (the course’s "Start over" with reflections) while the browser blocks its storage says a copy may remain', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Sensitive words');
      await waitForPause(el);

      storage.fail('getter');
      el.reset();
      await elementUpdated(el);
      storage.recover();
      expect(field(el).value).to.equal('');
      expect(status(el)).to.equal(mayRemain);
    });

    it('unticking "Keep on this device" while the browser blocks its storage says a copy may remain, not that it was deleted', async () => {
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Sensitive words');
      await waitForPause(el);

      storage.fail('getter');
      await tickKeep(el);
      storage.recover();
      expect(stored('return-identity').text).to.equal('Sensitive words');
      expect(status(el)).to.equal(mayRemain);
      expect(field(el).value).to.equal('Sensitive words');
    });

    it('downloads the text after storage failed, from what is in the field', async () => {
      const blobs: Blob[] = [];
      sinon.stub(URL, 'createObjectURL').callsFake((blob) => {
        blobs.push(blob as Blob);
        return 'blob:review';
      });
      sinon.stub(URL, 'revokeObjectURL');
      sinon.stub(HTMLAnchorElement.prototype, 'click');
      const el = await fixture<MhmReflectionPrompt>(prompt());
      storage.fail('quota');
      await tickKeep(el);
      await type(el, 'Only in the field');
      await waitForPause(el);
      expect(status(el)).to.match(couldNotSave);

      button(el, 'download-button').click();
      expect(await blobs[0].text()).to.contain('Only in the field');
    });
  });

  describe('<mhm-reflection-prompt> twice with one reflection-id', () => {
    // Two copies of one reflection-id are meant to stay in step (README: a reflection shown twice on a
    // page, or in two tabs). Two *different* questions given one id by mistake therefore share one
    // text, and the author is not warned: an author message would need a registry of the prompts
    // on the page, which the component's size budget has no room for today. Written down here so a
    // change to it is a decision, not an accident.
    it('shares one text between two different questions given one reflection-id', async () => {
      const wrapper = await quietFixture(html`<div>
        <mhm-reflection-prompt reflection-id="twin" persist prompt="What did you hope for?"></mhm-reflection-prompt>
        <mhm-reflection-prompt reflection-id="twin" persist prompt="What did you fear?"></mhm-reflection-prompt>
      </div>`);
      const [hope, fear] = [...wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')];
      await tickKeep(hope);
      await type(hope, 'A job');
      await waitForPause(hope);
      await elementUpdated(fear);
      // The answer to one question shows up, and is saved, as the answer to the other; typing in
      // the other would replace it.
      expect(field(fear).value).to.equal('A job');
      expect(stored('twin').text).to.equal('A job');
    });
  });

  describe('storage helper when a write fails after an earlier one worked', () => {
    it('reads the newer value kept in memory, not the older one the device still holds, until another tab writes while the page shows it', async () => {
      const storage = flakyStorage();
      try {
        writeItem('test/r', 'older, on the device');
        storage.fail('quota');
        expect(writeItem('test/r', 'newer, in memory').persisted).to.be.false;
        storage.recover();
        expect(readItem('test/r')).to.equal('newer, in memory');

        // A page showing the value listens for other tabs' writes.
        const stop = subscribe('test/r', () => {});
        const frame = document.createElement('iframe');
        document.body.append(frame);
        const heard = new Promise((resolve) => addEventListener('storage', resolve, { once: true }));
        frame.contentWindow!.localStorage.setItem(`${storagePrefix}test/r`, 'newest, from another tab');
        await heard;
        frame.remove();
        stop();
        expect(readItem('test/r')).to.equal('newest, from another tab');
      } finally {
        storage.restore();
        removeItem('test/r');
      }
    });
  });

  describe('<mhm-lesson-card>', () => {
    it('stays marked complete when removed and added again, and stores nothing on the device', async () => {
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card id="l1" heading="Lesson"><p>Body</p></mhm-lesson-card>`);
      button(el, 'complete-button').click();
      await elementUpdated(el);
      el.remove();
      document.body.append(el);
      await elementUpdated(el);
      expect(el.completed).to.be.true;
      expect(button(el, 'complete-button').getAttribute('aria-pressed')).to.equal('true');
      el.remove();
      expect(setItem.called).to.be.false;
    });

    it('a heading of only spaces is an author error, and no empty heading is rendered', async () => {
      let el!: MhmLessonCard;
      const warnings = await captureWarnings(async () => {
        el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="   "><p>Body</p></mhm-lesson-card>`);
      });
      expect(textOf(part(el, '[part="author-error"]'))).to.match(/heading: got " "\. Give the lesson a title/);
      expect(warnings).to.have.length(1);
      expect(el.shadowRoot!.querySelector('[part="heading"]') === null, 'an empty heading is rendered').to.be.true;
      expect(part(el, '[part="base"]').hasAttribute('aria-labelledby')).to.be.false;
    });
  });
});
