import { elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MhmReflectionPrompt } from '../src/components/reflection-prompt/reflection-prompt.component.js';
import { storagePrefix } from '../src/internal/storage.js';
import { part, textOf } from './helpers.js';

/** What the reflection prompt's tests share: the clock they start at, its storage keys and its parts. */

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

/** Types into the field as a learner does, key by key. */
export async function type(el: MhmReflectionPrompt, text: string): Promise<void> {
  field(el).focus();
  await sendKeys({ type: text });
  await elementUpdated(el);
}

/** Ticks (or unticks) "Keep on this device". */
export async function tickKeep(el: MhmReflectionPrompt): Promise<void> {
  keepBox(el).click();
  await elementUpdated(el);
}
