import { describe, expect, it } from 'vitest';
import { buildTime, editionDates, groupByYear, isPublic, newestFirst, showsUnpublished } from '#src/lib/content/rules.ts';
import { formatDate, formatDateRange } from '#src/lib/site/format.ts';

const release = (title: string, date: string) => ({ data: { title, date: new Date(date) } });

describe('isPublic', () => {
  const embargo = new Date('2026-11-25T08:00:00Z');
  it('hides drafts always', () => {
    expect(isPublic({ draft: true }, new Date('2100-01-01'))).toBe(false);
  });
  it('hides a release a second before its embargo ends, shows it from that second on', () => {
    expect(isPublic({ embargoUntil: embargo }, new Date('2026-11-25T07:59:59Z'))).toBe(false);
    expect(isPublic({ embargoUntil: embargo }, new Date('2026-11-25T08:00:00Z'))).toBe(true);
    expect(isPublic({ embargoUntil: embargo }, new Date('2026-11-25T08:00:01Z'))).toBe(true);
  });
  it('shows a release with neither', () => {
    expect(isPublic({}, new Date('2000-01-01'))).toBe(true);
  });
});

describe('ordering and grouping', () => {
  it('sorts releases newest first', () => {
    const sorted = newestFirst([release('A', '2018-11-25'), release('B', '2023-11-25'), release('C', '2019-01-01')]);
    expect(sorted.map((r) => r.data.title)).toEqual(['B', 'C', 'A']);
  });
  it('groups by year, newest year first', () => {
    const groups = groupByYear([release('B', '2023-11-25'), release('A', '2018-11-25'), release('A2', '2018-01-02')]);
    expect(groups.map((g) => [g.year, g.entries.map((e) => e.data.title)])).toEqual([
      [2023, ['B']],
      [2018, ['A', 'A2']],
    ]);
  });
});

describe('dates', () => {
  it('defaults an edition to the 16 Days', () => {
    const { start, end } = editionDates({ year: 2023 });
    expect(formatDateRange(start, end, 'en')).toBe('25 November – 10 December 2023');
  });
  it('formats calendar dates in English without shifting the day', () => {
    expect(formatDate(new Date('2018-11-25'), 'en')).toBe('25 November 2018');
  });
  it('reads BUILD_TIME and rejects a value that is not a time', () => {
    expect(buildTime({ BUILD_TIME: '2026-11-25T09:00:00+01:00' }).toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(() => buildTime({ BUILD_TIME: 'tomorrow' })).toThrow('BUILD_TIME="tomorrow" is not a date');
  });
  it.each(['2026-11-25T09:00:00', '2026-11-25', '2026-11-25 09:00', '2026-11-25T09:00:00 CET'])(
    'refuses BUILD_TIME=%s: without a zone each machine reads another moment',
    (value) => {
      expect(() => buildTime({ BUILD_TIME: value })).toThrow(
        `BUILD_TIME="${value}" is not a date and time with its zone; write it as ISO 8601 with Z or an offset, e.g. BUILD_TIME=2026-11-25T09:00:00+01:00.`,
      );
    },
  );
  it('shows unpublished releases only on the dev server, which a build cannot claim to be', () => {
    expect(showsUnpublished).toBe(false);
  });
});
