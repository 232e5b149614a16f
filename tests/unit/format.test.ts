import { describe, expect, it } from 'vitest';
import { dateline, formatDate, formatDateRange, formatDateTime, formatStatedDate, isoDay, statedDateAttr } from '#src/lib/site/format.ts';

const day = new Date('2018-11-25');

describe('dates in the page’s language', () => {
  it('write a day in each language’s own form', () => {
    expect(formatDate(day, 'en')).toBe('25 November 2018');
    expect(formatDate(day, 'de')).toBe('25. November 2018');
    expect(formatDate(day, 'fr')).toBe('25 novembre 2018');
    expect(formatDate(day, 'pl')).toBe('25 listopada 2018');
  });
  it('keep the calendar day wherever the build runs', () => {
    expect(formatDate(new Date('2018-11-25T23:30:00Z'), 'en')).toBe('25 November 2018');
    expect(isoDay(new Date('2018-11-25T23:30:00Z'))).toBe('2018-11-25');
  });
  it('write a period with its year once, or twice when it spans two years', () => {
    expect(formatDateRange(new Date('2023-11-25'), new Date('2023-12-10'), 'en')).toBe('25 November – 10 December 2023');
    expect(formatDateRange(new Date('2023-11-25'), new Date('2023-12-10'), 'de')).toBe('25. November – 10. Dezember 2023');
    expect(formatDateRange(new Date('2023-12-25'), new Date('2024-01-05'), 'en')).toBe('25 December 2023 – 5 January 2024');
  });
  it('date a release only as far as its source does', () => {
    const yearOnly = { date: new Date('2023-11-25'), datePrecision: 'year' as const };
    expect(formatStatedDate(yearOnly, 'de')).toBe('2023');
    expect(statedDateAttr(yearOnly)).toBe('2023');
    expect(formatStatedDate({ date: day }, 'it')).toBe('25 novembre 2018');
    expect(statedDateAttr({ date: day })).toBe('2018-11-25');
  });
  it('put the place before the date in a dateline, when the source gives one', () => {
    expect(dateline({ date: day, location: 'Berlin' }, 'es')).toBe('Berlin, 25 de noviembre de 2018');
    expect(dateline({ date: day }, 'en')).toBe('25 November 2018');
  });
  it('give a moment with its time in UTC', () => {
    expect(formatDateTime(new Date('2026-11-25T08:00:00Z'), 'de')).toBe('25. November 2026, 08:00 UTC');
  });
});
