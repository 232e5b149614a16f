/**
 * The shape of every content collection, in plain zod so unit tests can use them directly.
 * `src/content.config.ts` wires them to the files under `content/` (and adds references).
 */
import { z } from 'astro/zod';

/** A source shown on the page under the content it supports. */
export const sourceSchema = z.object({
  /** What the source is, as a reader would cite it. */
  label: z.string().min(3, 'Give the source a label a reader can cite, e.g. "WWP EN press release, 25 November 2018".'),
  /** Where to read it, when it is online. */
  url: z.url({ message: 'Expected a full address starting with https://' }).optional(),
});

/** A calendar date written as YYYY-MM-DD in front matter. */
export const isoDate = z.coerce.date({
  error: 'Expected a date written as YYYY-MM-DD, e.g. 2018-11-25.',
});

/** Fields every collection shares. */
export const baseSchema = z.object({
  /** One or two sentences: used as the meta description and in lists. */
  summary: z
    .string({ error: 'Expected a summary: one or two sentences saying what this page is about.' })
    .min(20, 'Expected a summary of at least 20 characters.')
    .max(300, 'Keep the summary under 300 characters: it is the description shown in search engines and link previews.'),
  /** Where every fact on the page comes from. */
  sources: z.array(sourceSchema).min(1, 'Expected at least one source: every fact on the site shows where it comes from.'),
});

/** A hashtag as people type it, e.g. #ResponsibleTogether23. */
const hashtag = z.string().regex(/^#[\p{L}\p{N}_]+$/u, 'Expected a hashtag such as #ResponsibleTogether23 (a # followed by letters and numbers)');

/** One edition of the Responsible Together campaign. The file name is the year. */
export const campaignSchema = baseSchema.extend({
  /** The year of the edition, e.g. 2023. */
  year: z.number({ error: 'Expected the year of the edition as a number, e.g. 2023.' }).int().min(2000).max(2100),
  /** The edition's name or theme as a headline. */
  title: z.string({ error: 'Expected a title.' }).min(3),
  /** The edition's hashtag, where one is known. */
  hashtag: hashtag.optional(),
  /** The topic the edition focused on, in a sentence. */
  focus: z.string({ error: 'Expected the focus of the edition in a sentence.' }).min(10),
  /** How many member organisations took part, where a source states it. */
  organisations: z.number().int().positive().optional(),
  /** In how many countries, where a source states it. */
  countries: z.number().int().positive().optional(),
  /** First and last day of the edition; defaults to the 16 Days (25 November to 10 December). */
  start: isoDate.optional(),
  end: isoDate.optional(),
}).refine((c) => !c.start || !c.end || c.start <= c.end, {
  message: 'The edition cannot end before it starts: check start and end.',
  path: ['end'],
});

/** Contact for journalists. */
export const mediaContactSchema = z.object({
  /** The person or office to contact. */
  name: z.string().min(2),
  /** Email address, shown as a mailto link. */
  email: z.email({ message: 'Expected an email address such as press@example.org.' }),
});

const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether the date, time and zone as written all exist: 30 February, 25:00 or +25:00 do not. */
function existsAsWritten(text: string): boolean {
  const m = ZONED_DATE_TIME.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second = 0, zoneHours = 0, zoneMinutes = 0] = m.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
  const t = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second));
  return (
    t.getUTCFullYear() === year && t.getUTCMonth() === month! - 1 && t.getUTCDate() === day &&
    t.getUTCHours() === hour && t.getUTCMinutes() === minute && second < 60 && zoneHours <= 14 && zoneMinutes < 60
  );
}

/**
 * A date and time with its zone, e.g. "2026-11-25T00:00:00+01:00" or "2026-11-24T23:00:00Z".
 * The zone is required: an embargo without one would lift at a different moment on every machine.
 * Written without quotes, YAML turns it into a date and drops the zone, so quotes are required too.
 */
export const zonedDateTime = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'Put the date and time in quotes, e.g. "2026-11-25T09:00:00+01:00": without quotes its zone is lost.'
        : 'Expected a date and time with its zone, e.g. "2026-11-25T09:00:00+01:00".',
  })
  .regex(ZONED_DATE_TIME, 'Expected a date and time with its zone, e.g. 2026-11-25T09:00:00+01:00 (the +01:00 or Z is required).')
  .refine(existsAsWritten, 'This date and time does not exist in the calendar: check the day, the hour and the zone (from -12:00 to +14:00).')
  .transform((s) => new Date(s));

/** A press release. The campaign field is added in content.config.ts as a reference. */
export const pressSchema = baseSchema.extend({
  /** The headline. */
  title: z.string({ error: 'Expected a headline (title).' }).min(5),
  /** The release date as printed in the dateline. */
  date: isoDate,
  /** Where the release was issued, for the dateline. */
  location: z.string({ error: 'Expected the location for the dateline, e.g. Berlin.' }).min(2),
  /** The release's own "About WWP EN" paragraph as issued; when absent the current one is used. */
  about: z.string().min(20).optional(),
  /** Media contact; when absent the network's general contact is shown. */
  mediaContact: mediaContactSchema.optional(),
  /** A draft never appears on the published site. */
  draft: z.boolean().default(false),
  /** Not public before this moment. */
  embargoUntil: zonedDateTime.optional(),
});

/** One myth from the leaflet "Perpetrator Programmes: Starting a Conversation". */
export const mythSchema = baseSchema.extend({
  /** Position on the myths page and in the leaflet's order of cards. */
  order: z.number({ error: 'Expected the order as a whole number, e.g. 1.' }).int().positive(),
  /** Short address of the myth's page: /myths/<slug>/. */
  slug: z
    .string({ error: 'Expected a short slug such as "mediation".' })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Expected a short slug of lowercase letters, digits and hyphens, e.g. "mediation".')
    .max(40, 'Keep the slug under 40 characters: it is part of a link people share.'),
  /** The myth as people say it, e.g. "Perpetrator programmes focus only on men". */
  myth: z.string({ error: 'Expected the myth as people say it.' }).min(10),
  /** The short fact that answers it, starting "In fact, ...". */
  fact: z
    .string({ error: 'Expected the fact that answers the myth, starting "In fact, ...".' })
    .regex(/^In fact, /, 'Expected the fact to start with "In fact, ".'),
});

/** An IMPACT entry: the method, or one finding with its source. */
export const impactSchema = baseSchema.extend({
  /** Headline of the entry. */
  title: z.string({ error: 'Expected a title.' }).min(5),
  /** "method" describes the toolkit; "finding" states one result. */
  kind: z.enum(['method', 'finding'], { error: 'Expected kind to be "method" or "finding".' }),
  /** Order on the IMPACT page. */
  order: z.number().int().nonnegative().default(0),
});

/** A voice: an interview or post by someone else, retold with short quotes. */
export const voiceSchema = baseSchema.extend({
  /** Headline of our summary. */
  title: z.string({ error: 'Expected a title.' }).min(5),
  /** Who published the original. */
  publisher: z.string({ error: 'Expected the publisher of the original.' }).min(2),
  /** Who is speaking or writing, where known. */
  author: z.string().optional(),
  /** What kind of piece the original is. */
  kind: z.enum(['interview', 'post'], { error: 'Expected kind to be "interview" or "post".' }),
  /** The campaign edition it belongs to, where it belongs to one (a year). */
  campaignYear: z.number().int().optional(),
  /** Publication date of the original, where known. */
  date: isoDate.optional(),
});

/** A number written in a CSV cell: digits with an optional decimal point, nothing else. */
const csvNumber = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'Expected a number (digits, optionally with a decimal point).')
  .transform(Number);
const csvPercent = csvNumber.refine((n) => n >= 0 && n <= 100, 'Expected a percentage between 0 and 100');

/** One row of Appendix A of the 2023 IMPACT article (facts/impact-appendix-a.csv). */
export const appendixARowSchema = z.object({
  indicator: z.string().min(3, 'Expected the indicator text.'),
  significance_marker: z.enum(['', '*', '**', '***'], { error: 'Expected "", "*", "**" or "***".' }),
  client_pre_count: csvNumber,
  client_pre_pct: csvPercent,
  partner_pre_count: csvNumber,
  partner_pre_pct: csvPercent,
  client_post_count: csvNumber,
  client_post_pct: csvPercent,
  partner_post_count: csvNumber,
  partner_post_pct: csvPercent,
});

export type SourceRef = z.infer<typeof sourceSchema>;
export type AppendixARow = z.infer<typeof appendixARowSchema>;

/** A standalone page written by editors (about, get help, safety). The file name is its address. */
export const pageSchema = baseSchema.extend({
  /** The page's h1 and title. */
  title: z.string({ error: 'Expected a title.' }).min(3),
});
