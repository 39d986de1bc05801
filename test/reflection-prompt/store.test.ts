import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { ReflectionStore } from '../../src/components/reflection-prompt/reflection-store.js';
import type { ReflectionRecord } from '../../src/components/reflection-prompt/reflection-model.js';
import { storagePrefix } from '../../src/internal/storage.js';
import { withBrokenStorage } from '../support/broken-storage.js';
import { fullKey, libraryKeys, record } from '../harness/reflection-prompt.js';

describe('ReflectionStore', () => {
  let clock: sinon.SinonFakeTimers;
  const now = Date.UTC(2026, 10, 25, 10, 30);

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
  });

  afterEach(() => {
    clock.restore();
    libraryKeys().forEach((key) => localStorage.removeItem(key));
  });

  describe('read', () => {
    it('finds nothing under a new id, and a record under a kept one', () => {
      expect(new ReflectionStore('new').read()).to.be.undefined;
      localStorage.setItem(fullKey('kept'), record('Words', now - 1));
      expect(new ReflectionStore('kept').read()).to.deep.equal({ v: 1, keep: true, text: 'Words', updatedAt: now - 1 });
    });

    it('sets an unreadable value aside, unchanged, and leaves the key free', () => {
      localStorage.setItem(fullKey('old'), '{"v":0,"text":"From an older version"}');
      expect(new ReflectionStore('old').read()).to.equal('unreadable');
      expect(localStorage.getItem(fullKey('old'))).to.be.null;
      expect(localStorage.getItem(`${fullKey('old')}:unreadable:${now}`)).to.equal('{"v":0,"text":"From an older version"}');
    });

    it('leaves an unreadable value where it is when the device refuses to set it aside', async () => {
      localStorage.setItem(fullKey('old'), 'not json');
      await withBrokenStorage('quota', () => {
        expect(new ReflectionStore('old').read()).to.equal('unreadable');
      });
      expect(localStorage.getItem(fullKey('old'))).to.equal('not json');
    });
  });

  describe('follow', () => {
    it('hears what another copy writes and removes, but no unreadable value, until closed', () => {
      const heard: Array<ReflectionRecord | undefined> = [];
      const store = new ReflectionStore('shared');
      store.follow((value) => heard.push(value));
      const other = new ReflectionStore('shared');
      expect(other.write('From the other copy', now)).to.be.true;
      localStorage.setItem(fullKey('shared'), 'garbage');
      dispatchEvent(new StorageEvent('storage', { key: fullKey('shared'), newValue: 'garbage', storageArea: localStorage }));
      expect(other.remove()).to.be.true;
      store.close();
      other.write('Not heard', now + 1);
      expect(heard).to.deep.equal([{ v: 1, keep: true, text: 'From the other copy', updatedAt: now }, undefined]);
    });

    it('adds no storage listener twice and none after close', () => {
      const add = sinon.spy(window, 'addEventListener');
      const remove = sinon.spy(window, 'removeEventListener');
      try {
        const store = new ReflectionStore('once');
        store.follow(() => {});
        store.follow(() => {});
        store.close();
        store.close();
        expect(add.withArgs('storage').callCount).to.equal(remove.withArgs('storage').callCount);
      } finally {
        add.restore();
        remove.restore();
      }
    });
  });

  describe('write and erase', () => {
    it('says when the device refused a write, and that the text is only in memory', async () => {
      const store = new ReflectionStore('full');
      await withBrokenStorage('quota', () => {
        expect(store.write('Only here', now)).to.be.false;
        expect(store.onlyInMemory).to.be.true;
      });
      expect(store.write('On the device', now)).to.be.true;
      expect(store.onlyInMemory).to.be.false;
    });

    it('erases the kept copy after an empty newer one, and every copy set aside', () => {
      localStorage.setItem(fullKey('gone'), record('Private', now - 5));
      localStorage.setItem(`${fullKey('gone')}:unreadable:1`, 'older');
      localStorage.setItem(`${storagePrefix}reflection:gone-too`, record('Another reflection', now));
      const heard: Array<string | undefined> = [];
      const follower = new ReflectionStore('gone');
      follower.follow((value) => heard.push(value?.text));
      expect(new ReflectionStore('gone').erase(true)).to.be.true;
      follower.close();
      expect(heard).to.deep.equal(['', undefined]);
      expect(libraryKeys()).to.deep.equal([`${storagePrefix}reflection:gone-too`]);
    });

    it('with nothing kept, erases only the copies set aside', () => {
      localStorage.setItem(`${fullKey('aside')}:unreadable:1`, 'older');
      expect(new ReflectionStore('aside').erase(false)).to.be.true;
      expect(libraryKeys()).to.deep.equal([]);
    });
  });
});
