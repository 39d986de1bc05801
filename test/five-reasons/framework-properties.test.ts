import { elementUpdated, expect } from '@open-wc/testing';
import '../../src/components/five-reasons/five-reasons.js';
import { attach, create, detachAll } from '../support/framework.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';

/** React 19, Vue 3 and Preact set `<mhm-slide heading="…">` as a property, before the slide is in the page. */

describe('<mhm-five-reasons> with slides a framework built', () => {
  afterEach(detachAll);

  it('titles slides whose heading was set as a property, with no warning', async () => {
    let carousel!: HTMLElementTagNameMap['mhm-five-reasons'];
    const slide = (heading: string, body: string) => create('mhm-slide', { heading }, create('p', {}, body));
    const warnings = await captureWarnings(async () => {
      carousel = await attach(create('mhm-five-reasons', { heading: 'Principles' }, slide('Flexible', 'No single model.'), slide('Community-based', 'With communities.')));
    });
    expect(warnings).to.deep.equal([]);
    expect(carousel.slideCount).to.equal(2);
    expect(textOf(part(carousel, '[part~="slide-heading"]'))).to.equal('Flexible');
    carousel.querySelector('mhm-slide')!.heading = 'Adaptable';
    expect(carousel.querySelector('mhm-slide')!.getAttribute('heading')).to.equal('Adaptable');
    await new Promise((resolve) => setTimeout(resolve));
    await elementUpdated(carousel);
    expect(textOf(part(carousel, '[part~="slide-heading"]'))).to.equal('Adaptable');
  });
});
