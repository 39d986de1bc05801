import { expect } from '@open-wc/testing';
import { contentSource } from '../../src/internal/built-in-content.js';
import { count, date, formatIn, minutes } from '../../src/internal/format.js';
import { safeUrl } from '../../src/internal/safe-url.js';

describe('URL guard options', () => {
  it('allows only the schemes a place names', () => {
    const support = { schemes: ['https', 'tel'], relative: false };
    expect(safeUrl('tel:+233000000', support)).to.deep.equal({ ok: true, url: 'tel:+233000000' });
    expect(safeUrl(' https://help.example.org ', support)).to.deep.equal({ ok: true, url: 'https://help.example.org' });
    expect(safeUrl('mailto:help@example.org', support)).to.deep.equal({ ok: false, reason: 'the "mailto:" scheme is not allowed here' });
    expect(safeUrl('http://help.example.org', support)).to.deep.equal({ ok: false, reason: 'the "http:" scheme is not allowed here' });
  });

  it('refuses a relative URL where a full address is needed, and allows it by default', () => {
    expect(safeUrl('/help', { relative: false })).to.deep.equal({ ok: false, reason: 'it is not a full address' });
    expect(safeUrl('/help')).to.deep.equal({ ok: true, url: '/help' });
  });

  it('reads obfuscated schemes as the browser does, whatever the options', () => {
    for (const options of [{}, { schemes: ['https', 'http'] }, { relative: false }]) {
      expect(safeUrl('java\tscript:alert(1)', options).ok).to.be.false;
      expect(safeUrl(' JAVASCRIPT:alert(1)', options).ok).to.be.false;
    }
  });
});

describe('Intl formatting with an English fallback', () => {
  it('formats in the element language', () => {
    expect(count('fr', 2.5)).to.equal('2,5');
    expect(minutes('en', 5)).to.equal('5 minutes');
    expect(date('fr', Date.UTC(2026, 10, 25), { dateStyle: 'long', timeZone: 'UTC' })).to.equal('25 novembre 2026');
  });

  it('formats in English when the author wrote a tag Intl refuses', () => {
    expect(count('en_GB!', 2.5)).to.equal('2.5');
    expect(minutes('not a tag!', 5)).to.equal('5 minutes');
    expect(formatIn('x-', (locale) => new Intl.NumberFormat(locale).format(1000))).to.equal('1,000');
  });
});

describe('built-in content source', () => {
  const source = contentSource({
    en: async () => ({ default: 'English' }),
    fr: async () => ({ default: 'Français' }),
  });

  it('matches a tag exactly, then by its primary subtag, else English, and says when English stands in', () => {
    expect(source.locales).to.deep.equal(['en', 'fr']);
    expect(source.locale('fr-CA')).to.deep.equal({ locale: 'fr', fallback: false });
    expect(source.locale(' en-GB ')).to.deep.equal({ locale: 'en', fallback: false });
    expect(source.locale('ha')).to.deep.equal({ locale: 'en', fallback: true });
    expect(source.locale('constructor')).to.deep.equal({ locale: 'en', fallback: true });
    expect(source.locale('english')).to.deep.equal({ locale: 'en', fallback: true });
  });

  it('downloads only the language asked for', async () => {
    expect(await source.load('fr-BE')).to.equal('Français');
    expect(await source.load('ps')).to.equal('English');
  });
});
