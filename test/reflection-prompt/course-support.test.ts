import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/reflection-prompt/reflection-prompt.js';
import type { MhmReflectionPrompt } from '../../src/components/reflection-prompt/reflection-prompt.component.js';
import { part, textOf } from '../support/helpers.js';
import { reflectionHooks } from '../harness/reflection-prompt.js';

/** The help a course gives its reflections (`courseSupport`, set by <mhm-course>). */

const link = (host: Element) => host.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="support-link"]');
const helpButton = (host: Element) => host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="help-button"]');

describe('courseSupport: the help of the course around an activity', () => {
  reflectionHooks();

  it('links a reflection without support of its own to the course’s contact, under its note', async () => {
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="What helps?"></mhm-reflection-prompt>`);
    el.courseSupport = { url: 'tel:+233800000000', label: 'Accra helpline', open: () => undefined };
    await el.updateComplete;

    expect(link(el)!.getAttribute('href')).to.equal('tel:+233800000000');
    expect(textOf(part(el, '[part~="support"]'))).to.contain('Accra helpline');
  });

  it('keeps a reflection’s own support-href before the course’s', async () => {
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="What helps?" support-href="tel:+221800000000"></mhm-reflection-prompt>`);
    el.courseSupport = { url: 'tel:+233800000000', open: () => undefined };
    await el.updateComplete;

    expect(link(el)!.getAttribute('href')).to.equal('tel:+221800000000');
  });

  it('offers a button that opens the course’s help when the course gives no address', async () => {
    let opened = 0;
    const el = await fixture<MhmReflectionPrompt>(html`<mhm-reflection-prompt prompt="What helps?"></mhm-reflection-prompt>`);
    el.courseSupport = { open: () => opened++ };
    await el.updateComplete;

    expect(link(el)).to.equal(null);
    helpButton(el)!.click();
    expect(opened).to.equal(1);
  });
});
