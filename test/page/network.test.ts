import { expect } from '@open-wc/testing';
import { deepElements, openFrame } from '../support/story-checks.js';

// The demo page, exercised end to end, makes no request beyond its own module files (and the
// images its author named). Every request shows up in the page's resource timing.

function openDemo(): Promise<HTMLIFrameElement> {
  return openFrame('/demo/index.html', 2000);
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

  it('keeps a reflection on the device: its text is in no request, no console line and no other storage key', async () => {
    const frame = await openDemo();
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    win.localStorage.clear();
    const logged: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = win.console[method].bind(win.console);
      win.console[method] = (...args: unknown[]) => {
        logged.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg) ?? String(arg))).join(' '));
        original(...args);
      };
    }
    const sent: string[] = [];
    const originalFetch = win.fetch.bind(win);
    win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(`${String(input)} ${String(init?.body ?? '')}`);
      return originalFetch(input, init);
    };
    win.navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      sent.push(`${String(url)} ${String(data ?? '')}`);
      return true;
    };

    const secret = 'Coming home, my cousin felt like a stranger in her own street.';
    const reflection = deepElements(doc.body).find((el) => el.localName === 'mhm-reflection-prompt') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    expect(reflection, 'the demo has a reflection prompt').to.exist;
    reflection.scrollIntoView();
    const field = reflection.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="textarea"]')!;
    field.focus();
    field.value = secret;
    field.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    reflection.shadowRoot!.querySelector<HTMLInputElement>('[part="keep"] input')!.click();
    await settle(doc);
    win.dispatchEvent(new win.PageTransitionEvent('pagehide'));
    await settle(doc);

    // Saved on the device, under the library's own namespace only.
    const keys = Object.keys(win.localStorage);
    expect(keys.filter((key) => !key.startsWith('mhm:'))).to.deep.equal([]);
    const holding = keys.filter((key) => (win.localStorage.getItem(key) ?? '').includes(secret));
    expect(holding).to.have.length(1);
    expect(holding[0]).to.match(/^mhm:reflection:/);

    const download = reflection.shadowRoot!.querySelector<HTMLButtonElement>('[part="download-button"]')!;
    download.click();
    await settle(doc);
    reflection.shadowRoot!.querySelector<HTMLButtonElement>('[part="delete-button"]')!.click();
    await settle(doc);
    reflection.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await settle(doc);
    expect(field.value).to.equal('');
    expect(Object.keys(win.localStorage).filter((key) => (win.localStorage.getItem(key) ?? '').includes(secret))).to.deep.equal([]);

    expect(sent).to.deep.equal([]);
    expect(requestedUrls(frame).filter((url) => !url.startsWith('/dist/cdn/'))).to.deep.equal([]);
    expect(win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('stranger'))).to.deep.equal([]);
    expect(logged.filter((line) => line.includes('stranger'))).to.deep.equal([]);
    win.localStorage.clear();
    frame.remove();
  });
});
