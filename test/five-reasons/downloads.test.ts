import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/five-reasons/five-reasons.js';
import type { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { part, textOf } from '../support/helpers.js';

// A file of its own: a page's module map remembers every module it has loaded, so what this
// checks is only true on a page where no other test has shown another language first.

/** The built-in content modules this page has requested, by language. */
function requestedLanguages(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/content\/five-reasons\/([a-z]{2})\.[jt]s\b/.exec(entry.name)?.[1])
    .filter((lang): lang is string => lang !== undefined)
    .sort();
}

describe('<mhm-five-reasons> downloads', () => {
  it('nothing until an element is on the page', () => {
    document.createElement('mhm-five-reasons');
    expect(requestedLanguages()).to.deep.equal([]);
  });

  it('only the page language: an English page never requests the French or Arabic text', async () => {
    const el = await fixture<MhmFiveReasons>(html`<mhm-five-reasons></mhm-five-reasons>`);
    await el.updateComplete;
    expect(el.slideCount).to.equal(5);
    expect(requestedLanguages()).to.deep.equal(['en']);
  });

  it('the new language alone when the page language changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><mhm-five-reasons></mhm-five-reasons></div>`);
    const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
    await el.updateComplete;
    wrapper.setAttribute('lang', 'fr-CA');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(textOf(part(el, '[part="heading"]'))).to.equal('Cinq raisons d’intégrer les questions psychosociales à la sensibilisation');
    expect(requestedLanguages()).to.deep.equal(['en', 'fr']);
  });

  it('no built-in text at all when the author gives slides', async () => {
    await fixture(html`<mhm-five-reasons lang="ar"><mhm-slide heading="واحد"><p>١</p></mhm-slide></mhm-five-reasons>`);
    expect(requestedLanguages()).to.deep.equal(['en', 'fr']);
  });
});
