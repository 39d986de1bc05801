import { expect, oneEvent } from '@open-wc/testing';
import { readItem, removeItem, storagePrefix, subscribe, writeItem } from '../../src/internal/storage.js';
import { flakyStorage } from '../support/broken-storage.js';

/** What subscribers are told is what happened on the device, never only what was asked for. */
describe('storage helper, what subscribers are told', () => {
  afterEach(() => {
    Object.keys(localStorage)
      .filter((key) => key.startsWith(storagePrefix))
      .forEach((key) => localStorage.removeItem(key));
  });

  it('tells subscribers whether each write and removal reached the device', () => {
    const heard: Array<[string | null, boolean]> = [];
    const stop = subscribe('test/n', (value, onDevice) => heard.push([value, onDevice]));
    const storage = flakyStorage();
    try {
      writeItem('test/n', 'kept');
      removeItem('test/n');
      writeItem('test/n', 'kept again');
      // The browser blocks its storage: neither a write nor a removal reaches the device.
      storage.fail('getter');
      writeItem('test/n', 'only in memory');
      removeItem('test/n');
      storage.recover();
    } finally {
      storage.restore();
      stop();
    }
    expect(heard).to.deep.equal([
      ['kept', true],
      [null, true],
      ['kept again', true],
      ['only in memory', false],
      // A refused removal is not told as done: the device still holds the value.
      [null, false],
    ]);
    expect(localStorage.getItem(`${storagePrefix}test/n`)).to.equal('kept again');
    expect(readItem('test/n')).to.equal('kept again');
  });

  it('tells subscribers that another tab’s change is on the device', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const heard: Array<[string | null, boolean]> = [];
    const stop = subscribe('test/o', (value, onDevice) => heard.push([value, onDevice]));
    try {
      let event = oneEvent(window, 'storage');
      frame.contentWindow!.localStorage.setItem(`${storagePrefix}test/o`, 'from the other tab');
      await event;
      event = oneEvent(window, 'storage');
      frame.contentWindow!.localStorage.removeItem(`${storagePrefix}test/o`);
      await event;
    } finally {
      stop();
      frame.remove();
    }
    expect(heard).to.deep.equal([
      ['from the other tab', true],
      [null, true],
    ]);
  });
});
