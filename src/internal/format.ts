/**
 * Numbers in interface text, formatted by `Intl` for the locale of a translation file, so a
 * partial score reads "2.5" in English and "2,5" in French, and a percentage "80%" or "80 %".
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${options.style ?? 'decimal'}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A count or a score with at most two decimals, e.g. `count('fr', 2.5)` is "2,5". */
export function count(locale: string, value: number): string {
  return formatter(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A percentage given from 0 to 100, e.g. `percentage('fr', 80)` is "80 %". */
export function percentage(locale: string, value: number): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
