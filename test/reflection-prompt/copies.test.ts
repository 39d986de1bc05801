import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { quietFixture } from '../support/helpers.js';
import { start, fullKey, stored, libraryKeys, record, field, keepBox, status, button, type, tickKeep, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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

      fakes.clock!.tick(5000);
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
      fakes.clock!.tick(1);
      button(a, 'delete-button').click();
      await elementUpdated(a);
      button(a, 'confirm-button').click();
      await elementUpdated(b);
      expect(field(b).value).to.equal('');
      expect(keepBox(b).checked).to.be.false;
      expect(status(b)).to.equal('Deleted. Nothing of this reflection is kept on this device.');
    });
  });

  describe('twice with one reflection-id', () => {
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
});
