import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { readItem, removeItem, removeItemsStartingWith, storagePrefix, subscribe, writeItem } from '../../src/internal/storage.js';
import { flakyStorage, withBrokenStorage } from '../support/broken-storage.js';

describe('storage helper', () => {
  afterEach(() => {
    Object.keys(localStorage)
      .filter((key) => key.startsWith(storagePrefix))
      .forEach((key) => localStorage.removeItem(key));
  });

  it('stores on the device under its own prefix and reports it persisted', () => {
    expect(writeItem('test/a', 'hello')).to.deep.equal({ persisted: true });
    expect(localStorage.getItem(`${storagePrefix}test/a`)).to.equal('hello');
    expect(readItem('test/a')).to.equal('hello');
    expect(removeItem('test/a').persisted).to.be.true;
    expect(readItem('test/a')).to.be.null;
  });

  for (const kind of ['security', 'quota', 'missing'] as const) {
    it(`never throws and keeps the value in memory when storage is ${kind === 'missing' ? 'missing' : `refused (${kind})`}`, async () => {
      await withBrokenStorage(kind, () => {
        const result = writeItem('test/b', 'kept');
        expect(result.persisted).to.be.false;
        expect(result.reason).to.be.a('string').and.not.be.empty;
        expect(readItem('test/b')).to.equal('kept');
        expect(() => removeItem('test/b')).not.to.throw();
        expect(readItem('test/b')).to.be.null;
      });
    });
  }

  it('removes every value under a prefix, and only those, on the device and in memory', async () => {
    writeItem('test/p:1', 'a');
    writeItem('test/p:2', 'b');
    writeItem('test/q', 'other');
    localStorage.setItem('partner-key', 'theirs');
    await withBrokenStorage('quota', () => {
      writeItem('test/p:3', 'in memory');
    });
    expect(removeItemsStartingWith('test/p:').persisted).to.be.true;
    expect([readItem('test/p:1'), readItem('test/p:2'), readItem('test/p:3')]).to.deep.equal([null, null, null]);
    expect(readItem('test/q')).to.equal('other');
    expect(localStorage.getItem('partner-key')).to.equal('theirs');
    localStorage.removeItem('partner-key');
    await withBrokenStorage('security', () => {
      expect(() => removeItemsStartingWith('test/')).not.to.throw();
    });
  });

  it('moves every value under a prefix to another prefix, and keeps one where it was when the device refuses the copy', async () => {
    // Arrange
    writeItem('test/old:1', 'first');
    writeItem('test/old:2', 'second');
    writeItem('test/older', 'not under the prefix');
    localStorage.setItem('xxxxtest/old:3', 'a partner key that only looks alike past our prefix length');

    // Act
    removeItemsStartingWith('test/old:', 'test/new:');

    // Assert
    expect([readItem('test/new:1'), readItem('test/new:2'), readItem('test/old:1'), readItem('test/old:2')]).to.deep.equal(['first', 'second', null, null]);
    expect(readItem('test/older')).to.equal('not under the prefix');
    expect(localStorage.getItem('xxxxtest/old:3')).to.not.equal(null);
    localStorage.removeItem('xxxxtest/old:3');

    // A full device: the copy fails, so the original stays.
    writeItem('test/old:4', 'kept');
    await withBrokenStorage('quota', () => {
      removeItemsStartingWith('test/old:', 'test/new:');
    });
    expect(localStorage.getItem(`${storagePrefix}test/old:4`)).to.equal('kept');
  });

  it('still finds a value kept in memory after the device storage recovers', async () => {
    await withBrokenStorage('quota', () => {
      writeItem('test/c', 'from a full disk');
    });
    expect(readItem('test/c')).to.equal('from a full disk');
    expect(writeItem('test/c', 'saved now').persisted).to.be.true;
    expect(localStorage.getItem(`${storagePrefix}test/c`)).to.equal('saved now');
  });

  describe('subscribe', () => {
    /** A same-origin frame: its localStorage is this page's, as another tab's would be. */
    async function otherTab(): Promise<{ storage: Storage; close: () => void }> {
      const frame = document.createElement('iframe');
      document.body.append(frame);
      return { storage: frame.contentWindow!.localStorage, close: () => frame.remove() };
    }

    it('tells subscribers of a key about writes and removals on this page, and no one else', () => {
      const heard: Array<string | null> = [];
      const other: Array<string | null> = [];
      const stop = subscribe('test/s', (value) => heard.push(value));
      const stopOther = subscribe('test/other', (value) => other.push(value));
      writeItem('test/s', 'one');
      removeItem('test/s');
      stop();
      writeItem('test/s', 'after unsubscribing');
      stopOther();
      expect(heard).to.deep.equal(['one', null]);
      expect(other).to.deep.equal([]);
    });

    it('tells subscribers even when the value is only kept in memory', async () => {
      const heard: Array<string | null> = [];
      const stop = subscribe('test/m', (value) => heard.push(value));
      await withBrokenStorage('security', () => writeItem('test/m', 'in memory'));
      stop();
      expect(heard).to.deep.equal(['in memory']);
    });

    it('hears another tab write, remove and clear, but not its other keys or its sessionStorage', async () => {
      const tab = await otherTab();
      const heard: Array<string | null> = [];
      const stop = subscribe('test/t', (value) => heard.push(value));
      try {
        for (const change of [
          () => tab.storage.setItem(`${storagePrefix}test/t`, 'from the other tab'),
          () => tab.storage.setItem(`${storagePrefix}test/unrelated`, 'x'),
          () => tab.storage.removeItem(`${storagePrefix}test/t`),
          () => tab.storage.clear(),
        ]) {
          const event = oneEvent(window, 'storage');
          change();
          await event;
        }
        const session = oneEvent(window, 'storage');
        tab.close();
        sessionStorage.setItem(`${storagePrefix}test/t`, 'session');
        window.dispatchEvent(new StorageEvent('storage', { key: `${storagePrefix}test/t`, newValue: 'session', storageArea: sessionStorage }));
        await session;
        sessionStorage.removeItem(`${storagePrefix}test/t`);
      } finally {
        stop();
        tab.close();
      }
      expect(heard).to.deep.equal(['from the other tab', null, null]);
    });

    it('listens on window only while something is subscribed', () => {
      const add = sinon.spy(window, 'addEventListener');
      const remove = sinon.spy(window, 'removeEventListener');
      try {
        const stopA = subscribe('test/a', () => {});
        const stopB = subscribe('test/b', () => {});
        expect(add.withArgs('storage').callCount).to.equal(1);
        stopA();
        expect(remove.withArgs('storage').callCount).to.equal(0);
        stopB();
        stopB();
        expect(remove.withArgs('storage').callCount).to.equal(1);
        expect(remove.withArgs('storage').firstCall.args[1]).to.equal(add.withArgs('storage').firstCall.args[1]);
      } finally {
        add.restore();
        remove.restore();
      }
    });

    it('keeps writeItem from throwing when a subscriber throws, and still tells the others', async () => {
      const heard: string[] = [];
      const stopBad = subscribe('test/x', () => {
        throw new Error('a broken listener');
      });
      const stopGood = subscribe('test/x', (value) => heard.push(String(value)));
      const reported = new Promise<string>((resolve) => {
        window.onerror = (message) => {
          resolve(String(message));
          return true;
        };
      });
      try {
        expect(writeItem('test/x', 'still written').persisted).to.be.true;
        expect(heard).to.deep.equal(['still written']);
        expect(await reported).to.contain('a broken listener');
      } finally {
        window.onerror = null;
        stopBad();
        stopGood();
      }
    });
  });

  describe('when a write fails after an earlier one worked', () => {
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
});
