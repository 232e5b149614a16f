import { describe, expect, it } from 'vitest';
import { dateline, statedDateAttr } from '#src/lib/site/format.ts';
import { campaignSchema, chartSchema, impactSchema, mythSchema, pressSchema, voiceSchema } from '#src/lib/content/schemas.ts';

const sources = [{ label: 'WWP EN press release, 25 November 2018' }];
const firstMessage = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? '' : `${r.error!.issues[0]!.path.join('.')}: ${r.error!.issues[0]!.message}`;

describe('press release schema', () => {
  const valid = {
    title: 'Launch of the campaign',
    date: '2018-11-25',
    location: 'Berlin',
    summary: 'The network launches its campaign today.',
    sources,
  };

  it('accepts a complete release and defaults draft to false', () => {
    const r = pressSchema.parse(valid);
    expect(r.date.toISOString()).toBe('2018-11-25T00:00:00.000Z');
    expect(r.draft).toBe(false);
  });

  it('names the date field and the format expected for a wrong date', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, date: '25/11/2018' }))).toMatch(/^date: Expected a date written as YYYY-MM-DD/);
  });

  it('leaves the location out when the source gives none, but rejects an empty one', () => {
    const { location: _omit, ...rest } = valid;
    expect(pressSchema.parse(rest).location).toBeUndefined();
    expect(firstMessage(pressSchema.safeParse({ ...valid, location: '' }))).toMatch(/^location: Expected the location/);
  });

  it('shows only the year when that is all the source states', () => {
    const { location: _omit, ...rest } = valid;
    const release = pressSchema.parse({ ...rest, date: '2023-11-25', datePrecision: 'year' });
    expect(dateline(release, 'en')).toBe('2023');
    expect(statedDateAttr(release)).toBe('2023');
    expect(dateline(pressSchema.parse(valid), 'en')).toBe('Berlin, 25 November 2018');
    expect(firstMessage(pressSchema.safeParse({ ...valid, datePrecision: 'month' }))).toMatch(
      /^datePrecision: Expected datePrecision to be "day" or "year"/,
    );
  });

  it('requires a zone on an embargo time', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil: '2026-11-25T09:00:00' }))).toMatch(/^embargoUntil: .*zone/);
    const ok = pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00:00+01:00' });
    expect(ok.embargoUntil?.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it.each([
    '2026-02-30T09:00:00+01:00',
    '2026-11-25T24:30:00Z',
    '2026-11-25T09:00:61Z',
    '2026-11-25T09:00:00+25:00',
    '2026-11-25T09:00:00+01:60',
  ])('rejects an embargo time that does not exist: %s', (embargoUntil) => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil }))).toMatch(
      /^embargoUntil: This date and time does not exist in the calendar/,
    );
  });

  it('asks for quotes when YAML has already turned the embargo time into a date without its zone', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil: new Date('2026-11-25T09:00:00Z') }))).toMatch(
      /^embargoUntil: Put the date and time in quotes/,
    );
  });

  it('accepts zones from -12:00 to +14:00, with or without seconds', () => {
    expect(pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00-12:00' }).embargoUntil?.toISOString()).toBe(
      '2026-11-25T21:00:00.000Z',
    );
    expect(pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00:00.500+14:00' }).embargoUntil?.toISOString()).toBe(
      '2026-11-24T19:00:00.500Z',
    );
  });

  it('rejects a media contact whose email is not an address', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, mediaContact: { name: 'Press office', email: 'press' } }))).toMatch(
      /^mediaContact.email: Expected an email/,
    );
  });
});

describe('myth schema', () => {
  const valid = {
    order: 1,
    slug: 'mediation',
    myth: 'Perpetrator programmes are a form of mediation',
    fact: 'In fact, they are not.',
    summary: 'Why perpetrator programmes are not mediation.',
    sources,
  };

  it('accepts a myth with a short slug', () => {
    expect(mythSchema.parse(valid).slug).toBe('mediation');
  });
  it('rejects a slug with spaces or capitals', () => {
    expect(firstMessage(mythSchema.safeParse({ ...valid, slug: 'Not Mediation' }))).toMatch(/^slug: Expected a short slug/);
  });
  it('requires the fact to start with "In fact, "', () => {
    expect(firstMessage(mythSchema.safeParse({ ...valid, fact: 'They are not.' }))).toMatch(/^fact: .*In fact/);
  });
  it('requires at least one source', () => {
    expect(firstMessage(mythSchema.safeParse({ ...valid, sources: [] }))).toMatch(/^sources: Expected at least one source/);
  });
});

describe('campaign schema', () => {
  const valid = {
    year: 2023,
    title: 'Perpetrator work as a critical tool',
    focus: 'Perpetrator programmes in ending domestic violence.',
    summary: 'The 2023 edition of the campaign.',
    sources,
  };
  it('accepts an edition without participation figures', () => {
    expect(campaignSchema.parse(valid).organisations).toBeUndefined();
  });
  it('rejects a hashtag without #', () => {
    expect(firstMessage(campaignSchema.safeParse({ ...valid, hashtag: 'ResponsibleTogether23' }))).toMatch(/^hashtag: Expected a hashtag/);
  });
  it('rejects an edition that ends before it starts', () => {
    expect(firstMessage(campaignSchema.safeParse({ ...valid, start: '2023-12-10', end: '2023-11-25' }))).toMatch(
      /^end: The edition cannot end before it starts/,
    );
  });
});

describe('voice schema', () => {
  it('accepts only interview or post', () => {
    const r = voiceSchema.safeParse({
      title: 'An interview',
      publisher: 'A publisher',
      kind: 'podcast',
      summary: 'A summary of an interview.',
      sources,
    });
    expect(firstMessage(r)).toMatch(/^kind: Expected kind to be "interview" or "post"/);
  });
  const interview = {
    title: 'An interview',
    kind: 'interview',
    appearedIn: 'Interview of the Month',
    summary: 'A summary of an interview.',
    sources,
    interviewee: { name: 'Alessandra Pauncz', role: 'Executive Director of WWP EN' },
    interviewer: { name: 'Vibeke Thomsen', role: 'SHECANHECAN' },
  };
  it('accepts an interview that names who was interviewed, by whom and where it appeared, with no publisher', () => {
    expect(voiceSchema.safeParse(interview).error).toBeUndefined();
  });
  it('refuses an author: an interview is not written by the person interviewed', () => {
    expect(firstMessage(voiceSchema.safeParse({ ...interview, author: 'Alessandra Pauncz' }))).toMatch(
      /^author: A voice has no "author" field: for an interview, name the person interviewed as interviewee/,
    );
  });
  it('asks an interview for the person interviewed', () => {
    const { interviewee: _, ...withoutInterviewee } = interview;
    expect(firstMessage(voiceSchema.safeParse(withoutInterviewee))).toMatch(/^interviewee: An interview needs the person interviewed/);
  });
  it('asks a post for who posted it', () => {
    expect(
      firstMessage(
        voiceSchema.safeParse({ title: 'A post', kind: 'post', summary: 'A summary of a post.', sources, appearedIn: 'A blog' }),
      ),
    ).toMatch(/^publisher: A post needs the organisation or person who posted it/);
  });
});

describe('chart declared in an IMPACT entry', () => {
  const group = (short: string) => ({
    label: `${short} in full`,
    short,
    before: { value: 'a_pre' },
    after: { value: 'a_post', count: 'a_post_n' },
  });
  const chart = {
    slug: 'reports-chart',
    title: 'Reports before and after',
    kind: 'dumbbell',
    dataset: 'impact-appendix-a',
    label: 'indicator',
    description: 'What each group reported before and after the programme, as a dumbbell chart.',
    groups: [group('Men')],
  };
  it('accepts a complete declaration and names the moments Before and After by default', () => {
    expect(chartSchema.parse(chart).phases).toEqual({ before: 'Before', after: 'After' });
  });
  it('accepts only the kinds the build can draw', () => {
    expect(firstMessage(chartSchema.safeParse({ ...chart, kind: 'pie' }))).toBe(
      'kind: Expected kind to be one of: dumbbell, grouped-bars.',
    );
  });
  it('asks for a description long enough to stand in for the chart', () => {
    expect(firstMessage(chartSchema.safeParse({ ...chart, description: 'A chart.' }))).toMatch(/^description: .*text alternative/);
  });
  it('names a group field that is missing', () => {
    const { after: _omit, ...noAfter } = group('Men');
    expect(firstMessage(chartSchema.safeParse({ ...chart, groups: [noAfter] }))).toMatch(/^groups\.0\.after: /);
  });
  it('keeps short names short, since they are printed beside every mark', () => {
    expect(firstMessage(chartSchema.safeParse({ ...chart, groups: [group('Men who took part in the programme')] }))).toMatch(
      /^groups\.0\.short: Keep the short name under 16/,
    );
  });
  it('gives each chart of an entry its own slug', () => {
    const entry = { title: 'A finding', kind: 'finding', summary: 'A finding stated by the network.', sources, charts: [chart, chart] };
    expect(firstMessage(impactSchema.safeParse(entry))).toMatch(/^charts: Each chart needs a slug of its own/);
    expect(impactSchema.parse({ ...entry, charts: undefined }).charts).toEqual([]);
  });
});
