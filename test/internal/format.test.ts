import { expect } from '@open-wc/testing';
import { count, date, percentage } from '../../src/internal/format.js';

describe('formatting in the element language', () => {
  const time = Date.UTC(2026, 10, 25, 12);
  const long: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

  it('formats a date in the language, and in English when the language tag is malformed', () => {
    expect(date('fr', time, long)).to.equal('25 novembre 2026');
    expect(date('not a tag!', time, long)).to.equal('November 25, 2026');
  });

  it('formats the first and the last date there is', () => {
    expect(date('en', -8.64e15, { year: 'numeric', timeZone: 'UTC' })).to.match(/271822/);
    expect(date('en', 8.64e15, { year: 'numeric', timeZone: 'UTC' })).to.equal('275760');
  });

  for (const [name, value] of [
    ['past the last date', 9e15],
    ['before the first date', -9e15],
    ['not a number', NaN],
    ['infinite', Infinity],
    ['minus infinity', -Infinity],
  ] as const) {
    it(`shows nothing, and does not throw, for a time ${name}`, () => {
      expect(date('en', value, long)).to.equal('');
      expect(date('ar', value, { timeStyle: 'short' })).to.equal('');
      expect(date('not a tag!', value, long)).to.equal('');
    });
  }

  it('formats numbers and percentages in the language', () => {
    expect(count('fr', 2.5)).to.equal('2,5');
    expect(percentage('en', 80)).to.equal('80%');
  });
});
