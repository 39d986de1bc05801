import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { MhmLessonCard } from '../../src/index.js';
import { part, textOf } from '../support/helpers.js';

// Built files, imported by URL as a partner page would load them (npm test builds first).
const cdn = '/dist/cdn/mhm-elements.js';
const npmAll = '/dist/all.js';

describe('registration', () => {
  it('importing the index registers nothing', () => {
    expect(MhmLessonCard).to.be.a('function');
    for (const tag of ['mhm-lesson-card', 'mhm-quiz', 'mhm-question', 'mhm-choice', 'mhm-reflection-prompt', 'mhm-five-reasons', 'mhm-slide', 'mhm-course']) {
      expect(customElements.get(tag), tag).to.be.undefined;
    }
  });

  it('importing a component registers its element', async () => {
    await import('../../src/components/lesson-card/lesson-card.js');
    expect(customElements.get('mhm-lesson-card')).to.equal(MhmLessonCard);
  });

  it('loading the CDN file twice and the npm build beside it throws nothing and keeps the first definition', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(`${cdn}?copy=1`);
      await import(`${cdn}?copy=2`);
      await import(npmAll);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('mhm-lesson-card')).to.equal(MhmLessonCard);
    const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="Still works"></mhm-lesson-card>`);
    await elementUpdated(el);
    expect(textOf(part(el, '[part="heading"]'))).to.equal('Still works');
  });
});
