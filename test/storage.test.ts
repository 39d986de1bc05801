import { expect } from '@open-wc/testing';
import { readItem, removeItem, storagePrefix, writeItem } from '../src/internal/storage.js';

/** Makes the page's localStorage misbehave the way real browsers do, for the duration of `run`. */
async function withBrokenStorage(kind: 'security' | 'quota' | 'missing', run: () => void | Promise<void>) {
  const restore: Array<() => void> = [];
  if (kind === 'quota') {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    restore.push(() => (Storage.prototype.setItem = setItem));
  } else {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        if (kind === 'missing') return undefined;
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied.", 'SecurityError');
      },
    });
    restore.push(() => {
      delete (window as { localStorage?: Storage }).localStorage;
      if (original) Object.defineProperty(window, 'localStorage', original);
    });
  }
  try {
    await run();
  } finally {
    restore.forEach((undo) => undo());
  }
}

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

  it('still finds a value kept in memory after the device storage recovers', async () => {
    await withBrokenStorage('quota', () => {
      writeItem('test/c', 'from a full disk');
    });
    expect(readItem('test/c')).to.equal('from a full disk');
    expect(writeItem('test/c', 'saved now').persisted).to.be.true;
    expect(localStorage.getItem(`${storagePrefix}test/c`)).to.equal('saved now');
  });
});
