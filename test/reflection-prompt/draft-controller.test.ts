import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { ReflectionDraftController } from '../../src/components/reflection-prompt/reflection-draft-controller.js';
import { flakyStorage } from '../support/broken-storage.js';
import { fullKey, libraryKeys, pause, record, start, stored } from '../harness/reflection-prompt.js';

/** A host with nothing but the controller API: the draft needs no element. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost & { updates: number; disconnect(): void } = {
    updates: 0,
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => host.updates++,
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host;
}

describe('ReflectionDraftController', () => {
  let clock: sinon.SinonFakeTimers;
  let host: ReturnType<typeof fakeHost>;
  let onPause: sinon.SinonSpy;
  let onSaveRefused: sinon.SinonSpy;
  let draft: ReflectionDraftController;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    host = fakeHost();
    onPause = sinon.spy();
    onSaveRefused = sinon.spy();
    draft = new ReflectionDraftController(host, { onPause, onSaveRefused });
  });

  afterEach(() => {
    host.disconnect();
    clock.restore();
    libraryKeys().forEach((key) => localStorage.removeItem(key));
  });

  it('creates no listener and touches no storage until told which reflection it keeps', () => {
    const add = sinon.spy(window, 'addEventListener');
    const getItem = sinon.spy(Storage.prototype, 'getItem');
    try {
      new ReflectionDraftController(fakeHost(), { onPause, onSaveRefused });
      expect(add.called).to.be.false;
      expect(getItem.called).to.be.false;
    } finally {
      add.restore();
      getItem.restore();
    }
  });

  it('without a reflection id, keeps the text private and reports each typing pause', () => {
    draft.use(undefined);
    draft.input('Just here');
    expect(draft.keepable).to.be.false;
    expect(draft.status).to.equal('Private');
    clock.tick(pause);
    expect(onPause.calledOnce).to.be.true;
    expect(libraryKeys()).to.deep.equal([]);
  });

  it('restores a kept text, and saves a change after the typing pause, not before', () => {
    localStorage.setItem(fullKey('kept'), record('Before', start - 10));
    draft.use('kept');
    expect([draft.text, draft.keep, draft.status]).to.deep.equal(['Before', true, 'Saved']);
    draft.input('Before and after');
    expect(draft.status).to.equal('Saving');
    clock.tick(pause - 1);
    expect(stored('kept').text).to.equal('Before');
    clock.tick(1);
    expect(stored('kept')).to.deep.equal({ v: 1, keep: true, text: 'Before and after', updatedAt: start });
    expect(draft.status).to.equal('Saved');
    expect(onPause.calledOnce).to.be.true;
  });

  it('listens for the page going away only while a kept change waits, and saves then', () => {
    draft.use('leaving');
    draft.setKeep(true);
    const add = sinon.spy(window, 'addEventListener');
    const remove = sinon.spy(window, 'removeEventListener');
    try {
      draft.input('Typed before leaving');
      expect(add.withArgs('pagehide').callCount).to.equal(1);
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(stored('leaving').text).to.equal('Typed before leaving');
      expect(remove.withArgs('pagehide').callCount).to.equal(1);
      expect(onPause.called).to.be.false;
    } finally {
      add.restore();
      remove.restore();
    }
  });

  it('saves what waits when the host is removed, and stops following the stored copy', () => {
    draft.use('removed');
    draft.setKeep(true);
    draft.input('Typed just before removal');
    host.disconnect();
    expect(stored('removed').text).to.equal('Typed just before removal');
    expect(draft.keepable).to.be.false;
  });

  it('tells once that the device refused, and tries again when the page is hidden', () => {
    const storage = flakyStorage();
    try {
      draft.use('refused');
      draft.setKeep(true);
      storage.fail('quota');
      draft.input('Refused');
      clock.tick(pause);
      draft.input('Refused twice');
      clock.tick(pause);
      expect(draft.status).to.equal('SaveFailed');
      expect(onSaveRefused.calledOnce).to.be.true;
      storage.recover();
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      visibility.restore();
      expect(stored('refused').text).to.equal('Refused twice');
      expect(draft.status).to.equal('Saved');
    } finally {
      storage.restore();
    }
  });

  it('shows another reflection’s own text when the id changes, and keeps its text when the id comes back', () => {
    localStorage.setItem(fullKey('second'), record('Second', start - 10));
    draft.use('first');
    draft.input('First, unkept');
    expect(draft.use('first')).to.be.false;
    expect(draft.use('second')).to.be.true;
    expect(draft.text).to.equal('Second');
    expect(draft.use(undefined)).to.be.false;
    expect(draft.use('second')).to.be.false;
    expect(draft.text).to.equal('Second');
  });

  it('follows another copy: its newer text, and its unticking', () => {
    draft.use('shared');
    draft.setKeep(true);
    const other = new ReflectionDraftController(fakeHost(), { onPause, onSaveRefused });
    other.use('shared');
    expect(other.keep).to.be.true;
    clock.tick(5);
    other.input('Written in the other copy');
    clock.tick(pause);
    expect(draft.text).to.equal('Written in the other copy');
    other.setKeep(false);
    expect([draft.keep, draft.status]).to.deep.equal([false, 'Unkept']);
    other.use(undefined);
  });

  it('erases the text and the kept copy; a start over leaves the status private', () => {
    draft.use('erased');
    draft.setKeep(true);
    draft.input('To erase');
    draft.erase();
    expect([draft.text, draft.keep, draft.status]).to.deep.equal(['', false, 'Deleted']);
    expect(libraryKeys()).to.deep.equal([]);
    clock.tick(pause);
    expect(onPause.called).to.be.false;
    draft.erase('Private');
    expect(draft.status).to.equal('Private');
  });
});
