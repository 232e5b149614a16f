/** Formatting shared by pages, feeds and downloads, in the source language. Dates are calendar dates, kept in UTC. */
import { DEFAULT_LOCALE, LOCALES } from '#src/i18n/locales.ts';

const tag = LOCALES[DEFAULT_LOCALE].tag;
const dateFormat = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** 25 November 2018 */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** 25 November 2026, 08:00 UTC: a moment such as an embargo, unambiguous wherever it is read. */
export function formatDateTime(date: Date): string {
  const time = date.toISOString().slice(11, 16);
  return `${formatDate(date)}, ${time} UTC`;
}

/** 2018-11-25, for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 25 November – 10 December 2023 (or with both years when they differ). */
export function formatDateRange(start: Date, end: Date): string {
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const startText = sameYear
    ? new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(start)
    : formatDate(start);
  return `${startText} – ${formatDate(end)}`;
}

/** A release's date as far as its source states it: the day, or only the year. */
export interface StatedDate {
  date: Date;
  /** "year" when the source gives no day: the day stored then only orders lists. */
  datePrecision?: 'day' | 'year';
}

/** 25 November 2018, or 2023 when only the year is known. */
export function formatStatedDate({ date, datePrecision = 'day' }: StatedDate): string {
  return datePrecision === 'year' ? String(date.getUTCFullYear()) : formatDate(date);
}

/** The <time datetime> value: 2018-11-25, or 2023. */
export function statedDateAttr({ date, datePrecision = 'day' }: StatedDate): string {
  return datePrecision === 'year' ? String(date.getUTCFullYear()) : isoDay(date);
}

/** "Berlin, 25 November 2018": the location where the source gives one, then the date. */
export function dateline(data: StatedDate & { location?: string }): string {
  return [data.location, formatStatedDate(data)].filter(Boolean).join(', ');
}
