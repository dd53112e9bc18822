/**
 * Numbers and dates as the language writes them: 1,234.5 in English, 1.234,5 in Portuguese and
 * Spanish (CLDR: Spanish groups from five digits, 12.345, but writes 1234).
 */
import { language } from './index';

const formats = new Map<string, Intl.NumberFormat>();

/** A number in the language shown (or `lng`), with Intl options. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}, lng = language()) {
  const key = `${lng}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lng, options);
    formats.set(key, f);
  }
  return f.format(n);
}

/** A year range, "2015–2023", or one year. */
export function formatYears(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** Today's date in words, e.g. "30 November 2026" / "30 de noviembre de 2026". */
export function formatDate(date: Date, lng = language()): string {
  return date.toLocaleDateString(lng === 'en' ? 'en-GB' : lng, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

const collators = new Map<string, Intl.Collator>();

/** Orders names as the language shown does ("Perú" with "Peru"), with one collator per language. */
export function compareNames(a: string, b: string, lng = language()): number {
  let c = collators.get(lng);
  if (!c) {
    c = new Intl.Collator(lng);
    collators.set(lng, c);
  }
  return c.compare(a, b);
}
