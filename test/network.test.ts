import { expect } from '@open-wc/testing';
import { deepElements } from './story-checks.js';

// The demo page, exercised end to end, makes no request beyond its own module files (and the
// images its author named). Every request shows up in the page's resource timing.

async function openDemo(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '2000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await frame.contentWindow!.customElements.whenDefined('mhm-lesson-card');
  await settle(doc);
  return frame;
}

async function settle(doc: Document): Promise<void> {
  const pending = deepElements(doc.body)
    .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .filter(Boolean);
  await Promise.all(pending);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Paths the page requested, leaving out the test server's own injected script. */
function requestedUrls(frame: HTMLIFrameElement): string[] {
  const win = frame.contentWindow as Window & typeof globalThis;
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server'));
}

describe('network silence of the demo', () => {
  it('requests only its own module files while every control is used', async () => {
    const frame = await openDemo();
    const doc = frame.contentDocument!;
    const buttons = deepElements(doc.body).filter((el): el is HTMLButtonElement => el.localName === 'button');
    expect(buttons.length).to.be.greaterThan(3);
    for (const button of buttons) {
      button.click();
      await settle(doc);
    }
    for (const button of buttons) {
      button.click();
      await settle(doc);
    }
    const urls = requestedUrls(frame);
    const external = frame.contentWindow!.performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).origin !== location.origin);
    expect(external.map((entry) => entry.name)).to.deep.equal([]);
    expect(urls.filter((url) => !url.startsWith('/dist/cdn/'))).to.deep.equal([]);
    frame.remove();
  });
});
