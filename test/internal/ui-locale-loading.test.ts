import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { part, textOf } from '../support/helpers.js';

// Interface text other than English is downloaded only when a page shows that language.
// Runs in its own page, so nothing else has loaded a locale before.

function requestedLocales(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/translations\/(\w+)\.ts/.exec(entry.name)?.[1])
    .filter((locale): locale is string => Boolean(locale));
}

describe('interface text loading', () => {
  it('an English page downloads no other language', async () => {
    const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card lang="en" heading="L" duration="5"></mhm-lesson-card>`);
    expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Mark as complete');
    expect(requestedLocales().filter((locale) => locale !== 'en')).to.deep.equal([]);
  });

  it('a French element renders French from its first render, downloading French only', async () => {
    const el = document.createElement('mhm-lesson-card') as MhmLessonCard;
    el.setAttribute('lang', 'fr');
    el.heading = 'Leçon';
    document.body.append(el);
    await new Promise((resolve) => setTimeout(resolve));
    expect(textOf(el.shadowRoot?.querySelector('[part="complete-button"]'))).to.not.equal('Mark as complete');
    await el.updateComplete;
    expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marquer comme terminé');
    expect(requestedLocales().filter((locale) => locale !== 'en')).to.deep.equal(['fr']);
    el.remove();
  });

  it('switches language at runtime, downloading only the new one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mhm-lesson-card heading="L"></mhm-lesson-card></div>`);
    const el = wrapper.querySelector<MhmLessonCard>('mhm-lesson-card')!;
    wrapper.setAttribute('lang', 'ar');
    await new Promise((resolve) => setTimeout(resolve));
    await elementUpdated(el);
    expect(textOf(part(el, '[part="complete-button"]'))).to.equal('وضع علامة كمكتمل');
    expect(requestedLocales().filter((locale) => locale !== 'en').sort()).to.deep.equal(['ar', 'fr']);
  });
});
