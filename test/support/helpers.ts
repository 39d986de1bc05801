import { fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';

/** Shared test helpers: read what a user sees inside a component's shadow root. */

/** The element matching `selector` in the shadow root, or throws with a readable message. */
export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) {
    throw new Error(`${host.localName} has no ${selector} in its shadow root`);
  }
  return found;
}

/** Whitespace-folded text of a node as a user reads it (ignores visually hidden helpers too). */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether a rendered element is actually displayed (not hidden by attribute or CSS). */
export function isShown(element: Element): boolean {
  return element.checkVisibility();
}

/** Replaces console.warn while `run` executes and returns what was logged. */
export async function captureWarnings(run: () => Promise<unknown> | unknown): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.filter((arg) => typeof arg === 'string').join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}

/** A fixture for markup with deliberate author mistakes, without their warnings in the test log. */
export async function quietFixture<T extends Element>(template: TemplateResult): Promise<T> {
  let el!: T;
  await captureWarnings(async () => {
    el = await fixture<T>(template);
  });
  return el;
}

/**
 * Emulates CSS media features for the page (forced-colors, prefers-reduced-motion,
 * prefers-color-scheme…); each call replaces the previous set, `{}` resets them all.
 */
export async function emulateMediaFeatures(features: Record<string, string>): Promise<void> {
  await executeServerCommand('emulate-media-features', features);
}

/**
 * Starts recording layout shifts, the browser's own measure (as in Core Web Vitals). The function
 * returned waits for two frames to be painted, stops, and gives the sum of what was recorded.
 */
export function recordLayoutShift(): () => Promise<number> {
  const values: number[] = [];
  const take = (entries: PerformanceEntryList) => values.push(...entries.map((entry) => (entry as PerformanceEntry & { value: number }).value));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'layout-shift' });
  return async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    take(observer.takeRecords());
    observer.disconnect();
    return values.reduce((sum, value) => sum + value, 0);
  };
}

/** Captures console output of one level while `run` executes. */
export async function captureConsole(level: 'error' | 'info' | 'warn', run: () => unknown): Promise<string[]> {
  const messages: string[] = [];
  const stub = sinon.stub(console, level).callsFake((...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  });
  try {
    await run();
  } finally {
    stub.restore();
  }
  return messages;
}
