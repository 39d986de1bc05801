import { expect, oneEvent } from '@open-wc/testing';
import { part, textOf } from './helpers.js';

// The CDN file alone, with nothing from src/ on the page: what a partner's <script type="module"> gets.
const cdn = '/dist/cdn/mhm-elements.js';

describe('the CDN build', () => {
  before(async () => {
    await import(cdn);
  });

  it('defines <mhm-lesson-card> with lit inlined, and the card works end to end', async () => {
    const Card = customElements.get('mhm-lesson-card');
    expect(Card).to.be.a('function');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<mhm-lesson-card id="cdn-card" heading="From the CDN" duration="4"><p>Body</p></mhm-lesson-card>',
    );
    const el = document.getElementById('cdn-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(textOf(part(el, '[part="heading"]'))).to.equal('From the CDN');
    const done = oneEvent(el, 'mhm-complete');
    part<HTMLButtonElement>(el, '[part="complete-button"]').click();
    expect((await done).detail).to.deep.equal({ activity: 'lesson', id: 'cdn-card', completed: true });
    await expect(el).to.be.accessible();
    el.remove();
  });
});
