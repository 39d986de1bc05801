/**
 * Numbers and dates in interface text, formatted by `Intl` for the element's language, so a
 * partial score reads "2.5" in English and "2,5" in French, and a percentage "80%" or "80 %".
 *
 * `Intl` throws on a malformed language tag (an author's `lang="en_GB"`); every formatter here then
 * formats in English, which is better than nothing.
 */

/**
 * Formats with `Intl` in `lang`, or in English when `lang` is not a tag `Intl` accepts.
 * @param lang The element's language tag, as the author wrote it.
 * @param format Formats a value for one locale, e.g. `(locale) => new Intl.NumberFormat(locale).format(2)`.
 */
export function formatIn(lang: string, format: (locale: string) => string): string {
  try {
    return format(lang);
  } catch {
    return format('en');
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for a language and options (cached: a long quiz formats often). */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let formatter = numberFormats.get(key);
  if (!formatter) {
    numberFormats.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  }
  return formatter;
}

/**
 * A count or a score with at most two decimals, e.g. `count('fr', 2.5)` is "2,5".
 * @param style `percent` for a fraction shown as a whole percentage (`percentage` uses it).
 */
export function count(locale: string, value: number, style?: 'percent'): string {
  return formatIn(locale, (tag) => numberFormat(tag, { style, maximumFractionDigits: style ? 0 : 2 }).format(value));
}

/** A percentage given from 0 to 100, e.g. `percentage('fr', 80)` is "80 %". */
export function percentage(locale: string, value: number): string {
  return count(locale, value / 100, 'percent');
}

/** A number of minutes in words, e.g. "5 minutes" or "٥ دقائق". */
export function minutes(locale: string, value: number): string {
  return formatIn(locale, (tag) => numberFormat(tag, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(value));
}

/**
 * A date (and time, as the options say) in the element's language; nothing for a time that is not a
 * date (NaN, infinite, or past the range of a `Date`), which `Intl` would throw on: a missing date
 * reads better than a blank element, and the caller can say it has none.
 */
export function date(locale: string, time: number, options: Intl.DateTimeFormatOptions): string {
  if (Number.isNaN(new Date(time).getTime())) {
    return '';
  }
  return formatIn(locale, (tag) => new Intl.DateTimeFormat(tag, options).format(time));
}
