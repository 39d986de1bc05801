import { expect } from '@open-wc/testing';

// A browser asks every top-level page for an icon; with none named it asks for /favicon.ico, which
// the demo server does not have, and the console shows a 404 on every demo page.

const pages = ['index', 'fr', 'ar', 'custom'];

describe('demo pages', () => {
  for (const name of pages) {
    it(`names an icon the page can show without a request that fails (${name}.html)`, async () => {
      const source = await (await fetch(`/demo/${name}.html`)).text();
      const doc = new DOMParser().parseFromString(source, 'text/html');

      const icon = doc.querySelector<HTMLLinkElement>('head link[rel~="icon"]');
      expect(icon, 'a <link rel="icon"> in the head').to.exist;
      const href = icon!.getAttribute('href') ?? '';
      if (!href.startsWith('data:')) {
        expect((await fetch(new URL(href, new URL(`/demo/${name}.html`, location.href)))).ok, href).to.be.true;
      }
    });
  }
});
