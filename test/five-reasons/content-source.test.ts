import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/five-reasons/five-reasons.js';
import { MhmFiveReasons } from '../../src/components/five-reasons/five-reasons.component.js';
import { fiveReasonsContent } from '../../src/content/five-reasons/load.js';
import type { FiveReasonsContent } from '../../src/content/five-reasons/types.js';
import { contentSource, type ContentSource } from '../../src/internal/built-in-content.js';
import { captureWarnings, part, textOf } from '../support/helpers.js';

/** Text a partner hosts elsewhere, in one language. */
function text(lang: string, heading: string, titles: string[]): FiveReasonsContent {
  return { lang, dir: 'ltr', heading, reasons: titles.map((title) => ({ title, body: `${title}.` })) };
}

/** A partner's source: English and German, from wherever the partner keeps them. */
function partnerSource(): ContentSource<FiveReasonsContent> {
  return contentSource({
    en: async () => ({ default: text('en', 'Our reasons', ['First', 'Second']) }),
    de: async () => ({ default: text('de', 'Unsere Gründe', ['Erstens', 'Zweitens', 'Drittens']) }),
  });
}

/** A carousel given `source`, once its text is there. */
async function withSource(source: ContentSource<FiveReasonsContent>, lang = 'en'): Promise<MhmFiveReasons> {
  const wrapper = await fixture(html`<div lang=${lang}><mhm-five-reasons .contentSource=${source}></mhm-five-reasons></div>`);
  const el = wrapper.querySelector<MhmFiveReasons>('mhm-five-reasons')!;
  await el.updateComplete;
  return el;
}

describe('<mhm-five-reasons> contentSource', () => {
  it('is the built-in five reasons by default, and a JavaScript property only, with no attribute', () => {
    const el = document.createElement('mhm-five-reasons');
    expect(el.contentSource).to.equal(fiveReasonsContent);
    expect(MhmFiveReasons.observedAttributes.filter((name) => /content/i.test(name))).to.deep.equal([]);
    el.contentSource = partnerSource();
    expect(el.hasAttribute('content-source') || el.hasAttribute('contentsource')).to.be.false;
  });

  it("shows another source's text, in the page's language", async () => {
    const el = await withSource(partnerSource(), 'de');
    expect(textOf(part(el, '[part="heading"]'))).to.equal('Unsere Gründe');
    expect(part(el, '[part="heading"]').getAttribute('lang')).to.equal('de');
    expect(el.slideCount).to.equal(3);
  });

  it('asks the source, not the built-in text, for the language and the download', async () => {
    const source = partnerSource();
    const locale = sinon.spy(source, 'locale');
    const load = sinon.spy(source, 'load');
    await captureWarnings(() => withSource(source, 'fr'));
    expect(locale).to.have.been.calledWith('fr');
    expect(load).to.have.been.calledOnceWith('en');
  });

  it('tells the author when the source has no text in the page language', async () => {
    let el!: MhmFiveReasons;
    const warnings = await captureWarnings(async () => {
      el = await withSource(partnerSource(), 'sw');
    });
    expect(textOf(part(el, '[part="heading"]'))).to.equal('Our reasons');
    expect(warnings.join('\n')).to.include('<mhm-five-reasons> lang: got "sw". The built-in five reasons are written in English and German: showing English.');
  });

  it('downloads again, in the same language, when a new source is given', async () => {
    const el = await withSource(partnerSource());
    el.goTo(1);
    el.contentSource = contentSource({ en: async () => ({ default: text('en', 'Other reasons', ['A', 'B', 'C', 'D']) }) });
    await el.updateComplete;
    expect(textOf(part(el, '[part="heading"]'))).to.equal('Other reasons');
    expect(el.slideCount).to.equal(4);
    expect(el.index).to.equal(1);
  });

  it('tells the learner when the source fails, without controls that do nothing', async () => {
    const el = await withSource(contentSource({ en: () => Promise.reject(new TypeError('Failed to fetch')) }));
    expect(textOf(part(el, '[part="status"]'))).to.equal('The slides could not be loaded. Check your connection and reload the page.');
    expect(el.shadowRoot!.querySelector('[part="next-button"]')).to.be.null;
  });

  it('is not asked at all when the author gives slides', async () => {
    const source = partnerSource();
    const load = sinon.spy(source, 'load');
    const el = await fixture<MhmFiveReasons>(
      html`<mhm-five-reasons .contentSource=${source}><mhm-slide heading="Mine"><p>Text.</p></mhm-slide></mhm-five-reasons>`,
    );
    await el.updateComplete;
    expect(load).to.not.have.been.called;
    expect(el.slideCount).to.equal(1);
  });
});
