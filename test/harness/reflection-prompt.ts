import { elementUpdated, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import { removeItem, storagePrefix } from '../../src/internal/storage.js';
import { emulateMediaFeatures, part, textOf } from '../support/helpers.js';

/**
 * Drives an <mhm-reflection-prompt> as a learner does (type, keep, Done, delete with confirm), on the
 * fake clock its tests share, and reads its parts, its storage keys and what it announces.
 */

/** 25 November 2026, 10:30 UTC: every test starts at this time, and time moves only when told. */
export const start = Date.UTC(2026, 10, 25, 10, 30);
/** The typing pause after which the element saves and reports (documented in the README). */
export const pause = 1000;

export const fullKey = (id: string) => `${storagePrefix}reflection:${id}`;
export const stored = (id: string) => JSON.parse(localStorage.getItem(fullKey(id)) ?? 'null');
export const libraryKeys = () => Object.keys(localStorage).filter((key) => key.startsWith(storagePrefix));
export const record = (text: string, updatedAt: number) => JSON.stringify({ v: 1, keep: true, text, updatedAt });

export const field = (el: Element) => part<HTMLTextAreaElement>(el, '[part="textarea"]');
export const keepBox = (el: Element) => part<HTMLInputElement>(el, '#keep');
export const status = (el: Element) => textOf(part(el, '[part="status"]'));
export const button = (el: Element, name: string) => part<HTMLButtonElement>(el, `[part="${name}"]`);

export const counter = (el: Element) => textOf(part(el, '[part~="counter"]'));
export const announced = (el: Element) => textOf(part(el, '[role="status"]'));
export const focused = (el: Element) => el.shadowRoot!.activeElement;

/** The completing button's name: its text (it has no aria-label, so this is what a screen reader says). */
export const doneName = (el: Element) => {
  const done = button(el, 'done-button');
  expect(done.hasAttribute('aria-label') || done.hasAttribute('aria-labelledby')).to.be.false;
  return textOf(done);
};

/** Types into the field as a learner does, key by key. */
export async function type(el: HTMLElement, text: string): Promise<void> {
  field(el).focus();
  await sendKeys({ type: text });
  await elementUpdated(el);
}

/** Ticks (or unticks) "Keep on this device". */
export async function tickKeep(el: HTMLElement): Promise<void> {
  keepBox(el).click();
  await elementUpdated(el);
}

/** Presses Done (or "Continue without writing"). */
export async function pressDone(el: HTMLElement): Promise<void> {
  button(el, 'done-button').click();
  await elementUpdated(el);
}

/** Presses Delete, then confirms it. */
export async function deleteText(el: HTMLElement): Promise<void> {
  button(el, 'delete-button').click();
  await elementUpdated(el);
  button(el, 'confirm-button').click();
  await elementUpdated(el);
}

// ---- The fake clock and the hooks every reflection-prompt test runs under ---------------------------

/** The fake clock of the running test (from `start`; timers move only when told) and its console.info stub. */
export const fakes: { clock?: sinon.SinonFakeTimers; info?: sinon.SinonStub } = {};

/**
 * Call at the top of a reflection-prompt describe: before each test, the fake clock and a stub for the
 * note about a missing local contact (asserted where it matters); after it, everything put back, the
 * library's storage cleared, and what storage-failure tests left in the page's memory fallback.
 */
export function reflectionHooks(): void {
  beforeEach(() => {
    fakes.clock = sinon.useFakeTimers({ now: start, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    fakes.info = sinon.stub(console, 'info');
  });

  afterEach(async () => {
    fakes.clock?.restore();
    fakes.clock = undefined;
    sinon.restore();
    libraryKeys().forEach((key) => localStorage.removeItem(key));
    for (const id of ['return-identity', 'other-id', 'twin']) {
      removeItem(`reflection:${id}`);
    }
    await emulateMediaFeatures({});
  });
}

/** Lets the typing pause run out. */
export async function waitForPause(el: HTMLElement): Promise<void> {
  await fakes.clock!.tickAsync(pause);
  await elementUpdated(el);
}

/** axe schedules its work with timers: give it real ones. */
export async function expectAccessible(el: Element): Promise<void> {
  fakes.clock?.restore();
  fakes.clock = undefined;
  await expect(el).to.be.accessible();
}
