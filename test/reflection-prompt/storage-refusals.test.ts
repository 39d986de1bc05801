import { elementUpdated, expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { withBrokenStorage, flakyStorage } from '../support/broken-storage.js';
import { isShown, part, textOf } from '../support/helpers.js';
import { start, fullKey, stored, libraryKeys, record, field, status, button, announced, type, tickKeep, deleteText, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted, prompt, couldNotSave, mayRemain } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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

  describe('when storage starts refusing mid-session', () => {
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
      fakes.clock!.tick(5000);
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
      fakes.clock!.tick(1);
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
});
