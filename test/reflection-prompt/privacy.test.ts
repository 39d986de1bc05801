import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import type { MhmReflectionChangeDetail } from '../../src/events/reflection-change.js';
import { start, fullKey, record, field, button, type, tickKeep, fakes, reflectionHooks, waitForPause, deleteText } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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
      await deleteText(el);
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
        await fakes.clock!.tickAsync(5000);
        expect(field(el).value).to.equal('Restored');
      } finally {
        document.removeEventListener('mhm-reflection-change', count);
        document.removeEventListener('mhm-complete', count);
      }
      expect(fired).to.equal(0);
    });
  });
});
