import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import type { MhmReflectionChangeDetail } from '../../src/events/reflection-change.js';
import { part, textOf } from '../support/helpers.js';
import { start, stored, libraryKeys, field, keepBox, status, button, announced, focused, type, tickKeep, fakes, reflectionHooks, waitForPause, deleteText } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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
      await fakes.clock!.tickAsync(1000);
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
      await deleteText(el);
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
      await deleteText(el);
      expect(el.completed).to.be.true;
    });
  });
});
