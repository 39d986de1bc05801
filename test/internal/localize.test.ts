import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/lesson-card/lesson-card.js';
import type { MhmLessonCard } from '../../src/components/lesson-card/lesson-card.component.js';
import { loadTranslation, matchLocale, uiLocales } from '../../src/internal/localize.js';
import english from '../../src/translations/en.js';
import { part, textOf } from '../support/helpers.js';

describe('localisation', () => {
  const keys = Object.keys(english).sort();

  it('ships interface text in en, fr, ar, pt and es', () => {
    expect([...uiLocales].sort()).to.deep.equal(['ar', 'en', 'es', 'fr', 'pt']);
  });

  for (const code of ['en', 'fr', 'ar', 'pt', 'es']) {
    it(`ships every interface string in "${code}"`, async () => {
      const translation = await loadTranslation(code);
      expect(translation, `no translation for ${code}`).to.exist;
      expect(Object.keys(translation).sort()).to.deep.equal(keys);
      expect(translation.$code).to.equal(code);
      for (const key of keys) {
        const value = translation[key as keyof typeof translation];
        expect(typeof value, `${code}.${key}`).to.equal(typeof english[key as keyof typeof english]);
        expect(String(value).trim(), `${code}.${key} is empty`).to.not.equal('');
      }
    });
  }

  for (const lang of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`treats lang="${lang}" as an unknown language: English, no exception`, async () => {
      expect(matchLocale(lang)).to.equal('en');
      const rejections: unknown[] = [];
      const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L" lang=${lang}></mhm-lesson-card>`);
        expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Mark as complete');
        await new Promise((resolve) => setTimeout(resolve));
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
    });
  }

  it('matches regional tags to the shipped locale and falls back to English', () => {
    expect(matchLocale('fr-CA')).to.equal('fr');
    expect(matchLocale('PT-br')).to.equal('pt');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('de')).to.equal('en');
    expect(matchLocale('')).to.equal('en');
  });

  it('follows the document language when nothing nearer sets one', async () => {
    const html0 = document.documentElement;
    const before = html0.getAttribute('lang');
    html0.setAttribute('lang', 'es');
    try {
      const el = await fixture<MhmLessonCard>(html`<mhm-lesson-card heading="L"></mhm-lesson-card>`);
      expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marcar como completado');
      html0.setAttribute('lang', 'ar');
      await new Promise((resolve) => setTimeout(resolve));
      await elementUpdated(el);
      expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    } finally {
      if (before === null) html0.removeAttribute('lang');
      else html0.setAttribute('lang', before);
    }
  });

  it('reads the language of a shadow host when placed inside another shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><mhm-lesson-card heading="L"></mhm-lesson-card></section>';
    const el = root.querySelector<MhmLessonCard>('mhm-lesson-card')!;
    await elementUpdated(el);
    expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marquer comme terminé');

    root.querySelector('section')!.setAttribute('lang', 'pt');
    el.setAttribute('dir', 'rtl');
    await elementUpdated(el);
    expect(textOf(part(el, '[part="complete-button"]'))).to.equal('Marcar como concluído');
    expect(part(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
  });
});
