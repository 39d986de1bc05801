import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { part } from '../support/helpers.js';
import { start, fullKey, stored, libraryKeys, record, field, keepBox, status, type, tickKeep, deleteText, fakes, reflectionHooks, waitForPause } from '../harness/reflection-prompt.js';
import { persisted, prompt } from './fixtures.js';

describe('<mhm-reflection-prompt>', () => {
  reflectionHooks();

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

  describe('removed, moved or renamed before the typing pause', () => {
    it('saves the text typed just before removal under its own key, and writes nothing afterwards', async () => {
      // Arrange
      const el = await fixture<MhmReflectionPrompt>(prompt());
      await tickKeep(el);
      await type(el, 'Typed, then the page took me away');

      // Act
      el.remove();
      const setItem = sinon.spy(Storage.prototype, 'setItem');
      const removeStored = sinon.spy(Storage.prototype, 'removeItem');
      await fakes.clock!.tickAsync(60_000);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      await elementUpdated(el);

      // Assert
      expect(stored('return-identity')).to.deep.equal({ v: 1, keep: true, text: 'Typed, then the page took me away', updatedAt: start });
      expect(libraryKeys()).to.deep.equal([fullKey('return-identity')]);
      expect(setItem.called, 'a storage write after removal').to.be.false;
      expect(removeStored.called, 'a storage removal after removal').to.be.false;
      expect(fakes.clock!.countTimers(), 'timers left running').to.equal(0);
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

      fakes.clock!.tick(1);
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
});
