import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { isShown, textOf } from '../support/helpers.js';
import { start, fullKey, stored, libraryKeys, record, field, status, type, tickKeep, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted } from './fixtures.js';

/**
 * The learner types in two tabs of one reflection within one save pause. The other tab is a
 * same-origin frame: what it writes to localStorage reaches this page as a real `storage` event,
 * as another tab's writes do. Newer text wins, and the text that loses is kept aside, never dropped.
 */

const setAside =
  'This reflection was changed in two places at once (another tab or window). The newest text is shown here; the other was kept aside on this device, unchanged. Delete erases it too.';

/** What is kept aside for reflection `id`: the stored records, oldest key first. */
const keptAside = (id = 'return-identity') =>
  libraryKeys()
    .filter((key) => key.startsWith(`${fullKey(id)}:unreadable:`))
    .sort()
    .map((key) => JSON.parse(localStorage.getItem(key)!));

const notice = (el: Element) => el.shadowRoot!.querySelector('[part="notice"]');

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

  describe('typed in two tabs within one save pause', () => {
    let frame: HTMLIFrameElement;
    beforeEach(() => {
      frame = document.createElement('iframe');
      document.body.append(frame);
    });
    afterEach(() => frame.remove());

    /** The other tab writes, as the library there does; resolves once this page has heard it. */
    async function otherTabWrites(key: string, value: string): Promise<void> {
      const heard = oneEvent(window, 'storage');
      frame.contentWindow!.localStorage.setItem(key, value);
      await heard;
    }

    async function keptPrompt(): Promise<MhmReflectionPrompt> {
      const el = await fixture<MhmReflectionPrompt>(persisted);
      await tickKeep(el);
      return el;
    }

    it('keeps the words the learner is typing when the other tab saves newer text, and keeps that text aside', async () => {
      const el = await keptPrompt();
      await type(el, 'Words typed here');

      fakes.clock!.tick(500);
      await otherTabWrites(fullKey('return-identity'), record('Words from the other tab', start + 500));
      await elementUpdated(el);
      // Nothing vanishes from the field the learner is typing in.
      expect(field(el).value).to.equal('Words typed here');

      await type(el, ', still typing');
      await waitForPause(el);
      expect(field(el).value).to.equal('Words typed here, still typing');
      expect(stored('return-identity').text).to.equal('Words typed here, still typing');
      expect(keptAside().map(({ text }) => text)).to.deep.equal(['Words from the other tab']);
      expect(status(el)).to.match(/^Saved on this device/);
      expect(isShown(notice(el)!)).to.be.true;
      expect(textOf(notice(el))).to.equal(`⚠ ${setAside}`);
    });

    it('keeps aside, unchanged, the text the other tab saved first instead of overwriting it', async () => {
      const el = await keptPrompt();
      const theirs = record('Words from the other tab', start);
      fakes.clock!.tick(500);
      await type(el, 'Words typed here');

      await otherTabWrites(fullKey('return-identity'), theirs);
      await elementUpdated(el);
      await waitForPause(el);
      expect(field(el).value).to.equal('Words typed here');
      expect(stored('return-identity').text).to.equal('Words typed here');
      expect(keptAside()).to.deep.equal([JSON.parse(theirs)]);
      expect(status(el)).to.match(/^Saved on this device/);
      expect(textOf(notice(el))).to.equal(`⚠ ${setAside}`);
    });

    it('says the words saved here were kept aside when the other tab replaces them with its newer text', async () => {
      const el = await keptPrompt();
      await type(el, 'Words saved here');
      await waitForPause(el);
      const mine = localStorage.getItem(fullKey('return-identity'))!;

      // The other tab never showed these words: it keeps them aside, then saves its own.
      fakes.clock!.tick(500);
      await otherTabWrites(`${fullKey('return-identity')}:unreadable:${start}`, mine);
      await otherTabWrites(fullKey('return-identity'), record('Words from the other tab', start + 500));
      await elementUpdated(el);
      expect(field(el).value).to.equal('Words from the other tab');
      expect(keptAside().map(({ text }) => text)).to.deep.equal(['Words saved here']);
      expect(status(el)).to.match(/^Saved on this device/);
      expect(textOf(notice(el))).to.equal(`⚠ ${setAside}`);
    });

    it('says nothing was kept aside when the other tab only went on from the words saved here', async () => {
      const el = await keptPrompt();
      await type(el, 'Words saved here');
      await waitForPause(el);

      fakes.clock!.tick(5000);
      await otherTabWrites(fullKey('return-identity'), record('Words saved here, and more from the other tab', start + 6000));
      await elementUpdated(el);
      expect(field(el).value).to.equal('Words saved here, and more from the other tab');
      expect(keptAside()).to.deep.equal([]);
      expect(notice(el)).to.equal(null);
    });
  });

  it('two copies on one page typed within one pause: both end with the newest text, the other kept aside, and both say so', async () => {
    const wrapper = await fixture(html`<div>${persisted}${persisted}</div>`);
    const [a, b] = [...wrapper.querySelectorAll<MhmReflectionPrompt>('mhm-reflection-prompt')];
    await tickKeep(a);
    await elementUpdated(b);
    await type(b, 'Typed in B');
    fakes.clock!.tick(500);
    await type(a, 'Typed in A');
    // B's pause runs out first and saves; A's words, typed within that pause, stay in A.
    await fakes.clock!.tickAsync(500);
    await elementUpdated(a);
    expect(field(a).value).to.equal('Typed in A');
    await waitForPause(a);
    await elementUpdated(b);

    expect(field(a).value).to.equal('Typed in A');
    expect(field(b).value).to.equal('Typed in A');
    expect(stored('return-identity').text).to.equal('Typed in A');
    expect(keptAside().map(({ text }) => text)).to.deep.equal(['Typed in B']);
    expect(textOf(notice(a))).to.equal(`⚠ ${setAside}`);
    expect(textOf(notice(b))).to.equal(`⚠ ${setAside}`);
    expect(status(b)).to.match(/^Saved on this device/);
  });
});
