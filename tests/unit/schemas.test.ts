import { describe, expect, it } from 'vitest';
import { campaignSchema, mythSchema, pressSchema, appendixARowSchema, voiceSchema } from '../../src/lib/schemas';

const sources = [{ label: 'WWP EN press release, 25 November 2018' }];
const firstMessage = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? '' : `${r.error!.issues[0]!.path.join('.')}: ${r.error!.issues[0]!.message}`;

describe('press release schema', () => {
  const valid = { title: 'Launch of the campaign', date: '2018-11-25', location: 'Berlin', summary: 'The network launches its campaign today.', sources };

  it('accepts a complete release and defaults draft to false', () => {
    const r = pressSchema.parse(valid);
    expect(r.date.toISOString()).toBe('2018-11-25T00:00:00.000Z');
    expect(r.draft).toBe(false);
  });

  it('names the date field and the format expected for a wrong date', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, date: '25/11/2018' }))).toMatch(/^date: Expected a date written as YYYY-MM-DD/);
  });

  it('asks for a location when it is missing', () => {
    const { location: _omit, ...rest } = valid;
    expect(firstMessage(pressSchema.safeParse(rest))).toMatch(/^location: Expected the location/);
  });

  it('requires a zone on an embargo time', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil: '2026-11-25T09:00:00' }))).toMatch(/^embargoUntil: .*zone/);
    const ok = pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00:00+01:00' });
    expect(ok.embargoUntil?.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it.each(['2026-02-30T09:00:00+01:00', '2026-11-25T24:30:00Z', '2026-11-25T09:00:61Z', '2026-11-25T09:00:00+25:00', '2026-11-25T09:00:00+01:60'])(
    'rejects an embargo time that does not exist: %s',
    (embargoUntil) => {
      expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil }))).toMatch(/^embargoUntil: This date and time does not exist in the calendar/);
    },
  );

  it('asks for quotes when YAML has already turned the embargo time into a date without its zone', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, embargoUntil: new Date('2026-11-25T09:00:00Z') }))).toMatch(/^embargoUntil: Put the date and time in quotes/);
  });

  it('accepts zones from -12:00 to +14:00, with or without seconds', () => {
    expect(pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00-12:00' }).embargoUntil?.toISOString()).toBe('2026-11-25T21:00:00.000Z');
    expect(pressSchema.parse({ ...valid, embargoUntil: '2026-11-25T09:00:00.500+14:00' }).embargoUntil?.toISOString()).toBe('2026-11-24T19:00:00.500Z');
  });

  it('rejects a media contact whose email is not an address', () => {
    expect(firstMessage(pressSchema.safeParse({ ...valid, mediaContact: { name: 'Press office', email: 'press' } }))).toMatch(/^mediaContact.email: Expected an email/);
  });
});

describe('myth schema', () => {
  const valid = { order: 1, slug: 'mediation', myth: 'Perpetrator programmes are a form of mediation', fact: 'In fact, they are not.', summary: 'Why perpetrator programmes are not mediation.', sources };

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
  const valid = { year: 2023, title: 'Perpetrator work as a critical tool', focus: 'Perpetrator programmes in ending domestic violence.', summary: 'The 2023 edition of the campaign.', sources };
  it('accepts an edition without participation figures', () => {
    expect(campaignSchema.parse(valid).organisations).toBeUndefined();
  });
  it('rejects a hashtag without #', () => {
    expect(firstMessage(campaignSchema.safeParse({ ...valid, hashtag: 'ResponsibleTogether23' }))).toMatch(/^hashtag: Expected a hashtag/);
  });
  it('rejects an edition that ends before it starts', () => {
    expect(firstMessage(campaignSchema.safeParse({ ...valid, start: '2023-12-10', end: '2023-11-25' }))).toMatch(/^end: The edition cannot end before it starts/);
  });
});

describe('voice schema', () => {
  it('accepts only interview or post', () => {
    const r = voiceSchema.safeParse({ title: 'An interview', publisher: 'A publisher', kind: 'podcast', summary: 'A summary of an interview.', sources });
    expect(firstMessage(r)).toMatch(/^kind: Expected kind to be "interview" or "post"/);
  });
});

describe('Appendix A row schema', () => {
  const row = {
    indicator: '(Partner) felt sadness', significance_marker: '***',
    client_pre_count: '72', client_pre_pct: '54.1', partner_pre_count: '58', partner_pre_pct: '81.7',
    client_post_count: '76', client_post_pct: '57.1', partner_post_count: '20', partner_post_pct: '28.2',
  };
  it('turns the cells into numbers', () => {
    expect(appendixARowSchema.parse(row).partner_pre_pct).toBe(81.7);
  });
  it('rejects a percentage over 100 and a non-number', () => {
    expect(firstMessage(appendixARowSchema.safeParse({ ...row, client_pre_pct: '154.1' }))).toMatch(/^client_pre_pct: Expected a percentage between 0 and 100/);
    expect(firstMessage(appendixARowSchema.safeParse({ ...row, partner_post_count: 'twenty' }))).toMatch(/^partner_post_count: Expected a number/);
  });
});
