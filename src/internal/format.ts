/**
 * Numbers in interface text, formatted by `Intl` for the locale of a translation file, so a
 * partial score reads "2.5" in English and "2,5" in French, and a percentage "80%" or "80 %".
 */

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A count or a score with at most two decimals, e.g. `count('fr', 2.5)` is "2,5".
 * @param style `percent` for a fraction shown as a whole percentage (`percentage` uses it).
 */
export function count(locale: string, value: number, style?: 'percent'): string {
  const key = locale + style;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatters.set(key, (formatter = new Intl.NumberFormat(locale, { style, maximumFractionDigits: style ? 0 : 2 })));
  }
  return formatter.format(value);
}

/** A percentage given from 0 to 100, e.g. `percentage('fr', 80)` is "80 %". */
export function percentage(locale: string, value: number): string {
  return count(locale, value / 100, 'percent');
}
