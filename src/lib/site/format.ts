/**
 * Dates as pages, feeds and downloads write them, in the language of the text around them: one
 * function per format, each taking the locale. Dates are calendar dates, kept in UTC.
 */
import { LOCALES, type Locale } from '#src/i18n/locales.ts';

const FORMS = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters are slow to make and used for every date of the build: one per language and form. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, form: keyof typeof FORMS): Intl.DateTimeFormat {
  const key = `${locale}:${form}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[locale].tag, { ...FORMS[form], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** 25 November 2018; 25. November 2018 in German. */
export function formatDate(date: Date, locale: Locale): string {
  return formatter(locale, 'date').format(date);
}

/** 25 November 2026, 08:00 UTC: a moment such as an embargo, unambiguous wherever it is read. */
export function formatDateTime(date: Date, locale: Locale): string {
  const time = date.toISOString().slice(11, 16);
  return `${formatDate(date, locale)}, ${time} UTC`;
}

/** 2018-11-25, for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 25 November – 10 December 2023 (or with both years when they differ). */
export function formatDateRange(start: Date, end: Date, locale: Locale): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const startText = sameYear ? formatter(locale, 'dayMonth').format(start) : formatDate(start, locale);
  return `${startText} – ${formatDate(end, locale)}`;
}

/** A release's date as far as its source states it: the day, or only the year. */
export interface StatedDate {
  date: Date;
  /** "year" when the source gives no day: the day stored then only orders lists. */
  datePrecision?: 'day' | 'year';
}

/** 25 November 2018, or 2023 when only the year is known. */
export function formatStatedDate({ date, datePrecision = 'day' }: StatedDate, locale: Locale): string {
  return datePrecision === 'year' ? String(date.getUTCFullYear()) : formatDate(date, locale);
}

/** The <time datetime> value: 2018-11-25, or 2023. */
export function statedDateAttr({ date, datePrecision = 'day' }: StatedDate): string {
  return datePrecision === 'year' ? String(date.getUTCFullYear()) : isoDay(date);
}

/** "Berlin, 25 November 2018": the location where the source gives one, then the date. */
export function dateline(data: StatedDate & { location?: string }, locale: Locale): string {
  return [data.location, formatStatedDate(data, locale)].filter(Boolean).join(', ');
}
