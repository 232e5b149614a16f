/**
 * The shape of every content collection, in plain zod so unit tests can use them directly.
 * `src/content.config.ts` wires them to the files under `content/` (and adds references).
 */
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '#src/i18n/locales.ts';
import { hiddenCharacter, urlProblem } from './url-rules.ts';

/**
 * An address written in front matter: https:, http:, mailto: or a path on this site, with no
 * control or invisible character (src/lib/content/url-rules.ts, the rule bodies follow too).
 */
export const contentUrl = z.string({ error: 'Expected an address as text, e.g. https://www.work-with-perpetrators.eu/.' }).superRefine((url, ctx) => {
  const problem = urlProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** The years an edition or a voice may belong to. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;
const yearSchema = (what: string) =>
  z
    .number({ error: `Expected ${what} as a number, e.g. 2023.` })
    .int(`Expected ${what} as a whole number, e.g. 2023.`)
    .min(FIRST_YEAR, `Expected ${what} between ${FIRST_YEAR} and ${LAST_YEAR}.`)
    .max(LAST_YEAR, `Expected ${what} between ${FIRST_YEAR} and ${LAST_YEAR}.`);

/** A source shown on the page under the content it supports. */
const sourceSchema = z.object({
  /** What the source is, as a reader would cite it. */
  label: z.string().min(3, 'Give the source a label a reader can cite, e.g. "WWP EN press release, 25 November 2018".').meta({ title: "Source", description: "What the source is, as a reader would cite it." }),
  /** Where to read it, when it is online. */
  url: contentUrl.optional().meta({ title: 'Address', description: 'Where to read it, when it is online: its full address, starting with https.' }),
});

/** A calendar date written as YYYY-MM-DD in front matter. */
const isoDate = z.coerce.date({
  error: 'Expected a date written as YYYY-MM-DD, e.g. 2018-11-25.',
});

/** Fields every collection shares. */
const baseSchema = z.object({
  /** One or two sentences: used as the meta description and in lists. */
  summary: z
    .string({ error: 'Expected a summary: one or two sentences saying what this page is about.' })
    .min(20, 'Expected a summary of at least 20 characters.')
    .max(300, 'Keep the summary under 300 characters: it is the description shown in search engines and link previews.')
    .meta({ title: 'Summary', description: 'One or two sentences, shown in lists, search engines and link previews.', cmsWidget: 'text' }),
  /** Where every fact on the page comes from. */
  sources: z.array(sourceSchema).min(1, 'Expected at least one source: every fact on the site shows where it comes from.')
    .meta({ title: 'Sources', description: 'Where every fact on the page comes from: at least one.' }),
});

/** Lowercase words joined by hyphens: the last part of an address, e.g. "mediation". */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A hashtag as people type it, e.g. #ResponsibleTogether23. */
const hashtag = z.string().regex(/^#[\p{L}\p{N}_]+$/u, 'Expected a hashtag such as #ResponsibleTogether23 (a # followed by letters and numbers)');

/** One edition of the Responsible Together campaign. The file name is the year. */
export const campaignSchema = baseSchema.extend({
  /** The year of the edition, e.g. 2023. */
  year: yearSchema('the year of the edition').meta({ title: 'Year' }),
  /** The edition's name or theme as a headline. */
  title: z.string({ error: 'Expected a title.' }).min(3).meta({ title: "Title", description: "The edition’s name or theme as a headline." }),
  /** The edition's hashtag, where one is known. */
  hashtag: hashtag.optional().meta({ title: "Hashtag", description: "Where one is known, e.g. #ResponsibleTogether23." }),
  /** The topic the edition focused on, in a sentence. */
  focus: z.string({ error: 'Expected the focus of the edition in a sentence.' }).min(10).meta({ title: "Focus", description: "The topic the edition focused on, in a sentence." }),
  /** How many member organisations took part, where a source states it. */
  organisations: z.number().int().positive().optional().meta({ title: "Member organisations taking part", description: "Only where a source states it." }),
  /** In how many countries, where a source states it. */
  countries: z.number().int().positive().optional().meta({ title: "Countries", description: "Only where a source states it." }),
  /** First and last day of the edition; defaults to the 16 Days (25 November to 10 December). */
  start: isoDate.optional().meta({ title: "First day", description: "Leave empty for 25 November." }),
  end: isoDate.optional().meta({ title: "Last day", description: "Leave empty for 10 December." }),
}).refine((c) => !c.start || !c.end || c.start <= c.end, {
  message: 'The edition cannot end before it starts: check start and end.',
  path: ['end'],
});

/** Contact for journalists. */
const mediaContactSchema = z.object({
  /** The person or office to contact. */
  name: z.string().min(2).meta({ title: "Name", description: "The person or office to contact." }),
  /** Email address, shown as a mailto link. */
  email: z.email({ message: 'Expected an email address such as press@example.org.' }).meta({ title: "Email" }),
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
const zonedDateTime = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'Put the date and time in quotes, e.g. "2026-11-25T09:00:00+01:00": without quotes its zone is lost.'
        : 'Expected a date and time with its zone, e.g. "2026-11-25T09:00:00+01:00".',
  })
  .regex(ZONED_DATE_TIME, 'Expected a date and time with its zone, e.g. 2026-11-25T09:00:00+01:00 (the +01:00 or Z is required).')
  .refine(existsAsWritten, 'This date and time does not exist in the calendar: check the day, the hour and the zone (from -12:00 to +14:00).')
  .transform((s) => new Date(s))
  .meta({ cmsWidget: 'zoned-date-time' });

/** A press release. The campaign field is added in content.config.ts as a reference. */
export const pressSchema = baseSchema.extend({
  /** The headline. */
  title: z.string({ error: 'Expected a headline (title).' }).min(5).meta({ title: "Headline" }),
  /** The release date as printed in the dateline. */
  date: isoDate.meta({ title: "Release date", description: "The date printed in the dateline." }),
  /** How much of the date the source states: "year" shows only the year (the day then only orders lists). */
  datePrecision: z.enum(['day', 'year'], { error: 'Expected datePrecision to be "day" or "year".' }).default('day').meta({ title: "Date shown", description: "“year” when the source states only the year." }),
  /** Where the release was issued, for the dateline; leave it out when the source does not say. */
  location: z.string({ error: 'Expected the location for the dateline as text, e.g. Berlin.' }).min(2, 'Expected the location for the dateline, e.g. Berlin.').optional().meta({ title: 'Place', description: 'Where the release was issued, for the dateline; leave empty when the source does not say.' }),
  /** The release's own "About WWP EN" paragraph as issued; when absent, none is shown (nothing is added to a release as if it were its own). */
  about: z.string().min(20).optional().meta({ title: 'About WWP EN (as issued)', description: 'Only when the release has its own “About” paragraph, exactly as issued.' }),
  /** Media contact as issued; when absent, the network's general contact is shown set apart, marked as not part of the release. */
  mediaContact: mediaContactSchema.optional().meta({ title: 'Media contact', description: 'As issued with the release; leave empty when it names none.' }),
  /** A draft never appears on the published site. */
  draft: z.boolean().default(false).meta({ title: "Draft", description: "A draft never appears on the site." }),
  /** Not public before this moment. */
  embargoUntil: zonedDateTime.optional().meta({ title: "Embargo until", description: "The release stays off the site until this moment (Berlin time); the scheduled rebuild publishes it then." }),
});

/** One myth from the leaflet "Perpetrator Programmes: Starting a Conversation". */
/**
 * Fields of entries that exist in several languages. A translation lives in a folder named after
 * its language (content/myths/de/risk.mdx) and keeps the English entry's file name and slug.
 */
const translatableSchema = z.object({
  /** The entry's language; English is the source. */
  lang: z.enum(LOCALE_CODES as [Locale, ...Locale[]], {
    error: `Expected one of the site's languages: ${LOCALE_CODES.join(', ')}.`,
  }).default(DEFAULT_LOCALE).meta({ title: 'Language' }),
  /** A translation written by the team is shown with a notice until a native-speaking member organisation has reviewed it. */
  reviewed: z.boolean({ error: 'Expected reviewed: true or reviewed: false.' }).default(false).meta({ title: "Reviewed", description: "Tick once a native-speaking member organisation has reviewed this translation." }),
});

export const mythSchema = baseSchema.extend({
  /** Position on the myths page and in the leaflet's order of cards. */
  order: z.number({ error: 'Expected the order as a whole number, e.g. 1.' }).int().positive().meta({ title: "Order", description: "Its place in the list of myths." }),
  /** Short address of the myth's page: /myths/<slug>/. */
  slug: z
    .string({ error: 'Expected a short slug such as "mediation".' })
    .regex(SLUG, 'Expected a short slug of lowercase letters, digits and hyphens, e.g. "mediation".')
    .max(40, 'Keep the slug under 40 characters: it is part of a link people share.')
    .meta({ title: 'Address', description: 'Lowercase words joined by hyphens, e.g. risk for the page /myths/risk/. The same in every language.' }),
  /** The myth as people say it, e.g. "Perpetrator programmes focus only on men". */
  myth: z.string({ error: 'Expected the myth as people say it.' }).min(10).meta({ title: "Myth", description: "As people say it." }),
  /** The short fact that answers it, starting "In fact, ..." (in translations, the language's equivalent). */
  fact: z.string({ error: 'Expected the fact that answers the myth, starting "In fact, ...".' }).min(10).meta({ title: "Fact", description: "The answer, starting “In fact, ” (in a translation, the language’s own words for it)." }),
}).extend(translatableSchema.shape).superRefine((myth, ctx) => {
  if (myth.lang === DEFAULT_LOCALE && !myth.fact.startsWith('In fact, ')) {
    ctx.addIssue({ code: 'custom', path: ['fact'], message: 'Expected the fact to start with "In fact, ".' });
  }
});

/** The name of a column in a dataset's CSV header, e.g. "partner_pre_pct". */
const columnName = z
  .string({ error: 'Expected the name of a column of the dataset, e.g. "partner_pre_pct".' })
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'Expected a column name of letters, digits and underscores, as in the CSV header.');

/**
 * What the cells of a column hold. The build checks every cell:
 * text (not empty), count (a whole number, 0 or more), number, percent (0 to 100),
 * marker (one of the listed values, e.g. the stars an article prints beside a row).
 */
const COLUMN_TYPES = ['text', 'count', 'number', 'percent', 'marker'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One column of a dataset, as declared in content/datasets/<name>.json. */
export const datasetColumnSchema = z
  .object({
    /** The column's name exactly as in the CSV header. */
    name: columnName,
    /** What its cells hold. */
    type: z.enum(COLUMN_TYPES, { error: `Expected the column type to be one of: ${COLUMN_TYPES.join(', ')}.` }),
    /** What the column means, in words a reader understands, e.g. "(Ex-)partners, after: percentage". */
    label: z.string({ error: 'Expected a label saying what the column means.' }).min(2, 'Expected a label saying what the column means.'),
    /** For a marker column: the values a cell may hold ("" for none). */
    values: z.array(z.string()).min(1).optional(),
    /** For a marker column: what a mark means, only as far as the source says. */
    meaning: z.string().min(5).optional(),
  })
  .refine((c) => c.type !== 'marker' || (c.values && c.meaning), {
    message: 'A marker column needs "values" (what a cell may hold) and "meaning" (what a mark means, as the source says).',
    path: ['values'],
  });

/** The publication a dataset comes from, cited beside every chart, table and download. */
const citationSchema = z
  .object({
    /** Title of the publication. */
    title: z.string({ error: 'Expected the title of the publication the data comes from.' }).min(5),
    /** Where it was published: a journal, publisher or organisation. */
    publishedIn: z.string({ error: 'Expected where it was published, e.g. the journal.' }).min(2),
    /** Year, volume, issue and article number as cited, e.g. "2023, 12(11), 613". */
    details: z.string().optional(),
    /** Publication date. */
    date: isoDate.optional(),
    /** The part of the publication the figures are from, e.g. "Appendix A". */
    part: z.string().optional(),
    /** The DOI, e.g. 10.3390/socsci12110613; it is linked as https://doi.org/<doi>. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'Expected a DOI such as 10.3390/socsci12110613 (without https://doi.org/).')
      .superRefine((doi, ctx) => {
        const hidden = hiddenCharacter(doi);
        if (hidden) ctx.addIssue({ code: 'custom', message: `The DOI contains an invisible or control character (${hidden.codePoint}) at character ${hidden.position}: delete it and type the DOI again.` });
      })
      .optional(),
    /** Where to read it, when it has no DOI. */
    url: contentUrl.optional(),
  })
  .refine((c) => c.doi || c.url, { message: 'Expected a "doi" or a "url" so readers can check the source.', path: ['doi'] });

/** The declaration beside each CSV in content/datasets/: content/datasets/<name>.json. */
export const datasetDeclarationSchema = z.object({
  /** What the figures are, as a heading. */
  title: z.string({ error: 'Expected a title saying what the figures are.' }).min(5),
  /** One or two sentences: what was measured, by whom. */
  description: z.string({ error: 'Expected a description of the figures.' }).min(20),
  /** Where the figures come from. */
  source: citationSchema,
  /** Notes readers need to read the figures right, e.g. "Counts and percentages as printed.". */
  notes: z.array(z.string().min(5)).default([]),
  /** Every column of the CSV, in order. */
  columns: z
    .array(datasetColumnSchema)
    .min(1, 'Expected the columns of the CSV.')
    .refine((cols) => new Set(cols.map((c) => c.name)).size === cols.length, 'Each column may be declared only once.'),
});

/** The columns a chart reads for one group at one moment (before or after). */
const chartValueSchema = z.object({
  /** Column with the value drawn (a percent, number or count column). */
  value: columnName,
  /** Column with the count behind that value, shown in the table (a count column). */
  count: columnName.optional(),
});

/** One group compared in a chart, e.g. the men in the programme, or their (ex-)partners. */
const chartGroupSchema = z.object({
  /** The group's name in full, e.g. "Men in the programme". */
  label: z.string({ error: 'Expected the group\'s name, e.g. "Men in the programme".' }).min(2),
  /** A short name shown beside each mark, e.g. "Men". */
  short: z
    .string({ error: 'Expected a short name for the group, e.g. "Men".' })
    .min(2)
    .max(16, 'Keep the short name under 16 characters: it is printed beside every mark.'),
  /** Columns before the programme. */
  before: chartValueSchema,
  /** Columns after the programme. */
  after: chartValueSchema,
});

/** The kinds of chart the build draws. */
const CHART_KINDS = ['dumbbell', 'grouped-bars'] as const;

/**
 * A chart declared in an IMPACT entry's front matter. It names the dataset and its columns; the
 * build draws it as inline SVG with the exact numbers in a table beside it, on its own page
 * /impact/<slug>/.
 */
export const chartSchema = z.object({
  /** Address of the chart's own page: /impact/<slug>/. */
  slug: z
    .string({ error: 'Expected a slug for the chart\'s own page, e.g. "partner-reports-chart".' })
    .regex(SLUG, 'Expected a short slug of lowercase letters, digits and hyphens, e.g. "partner-reports-chart".')
    .max(60, 'Keep the slug under 60 characters: it is part of a link people share.'),
  /** Heading of the chart, also its SVG <title>. */
  title: z.string({ error: 'Expected a title for the chart.' }).min(5),
  /** What the chart shows, in a sentence or two: its text alternative (SVG <desc>). */
  description: z
    .string({ error: 'Expected a description: what the chart shows, for people who cannot see it.' })
    .min(40, 'Expected a description of at least 40 characters: it is the text alternative for people who cannot see the chart.'),
  /** "dumbbell": each group's before and after joined by a line; "grouped-bars": a bar for each group before and after. */
  kind: z.enum(CHART_KINDS, { error: `Expected kind to be one of: ${CHART_KINDS.join(', ')}.` }),
  /** The dataset drawn: the name of a CSV in content/datasets/ without .csv. */
  dataset: z.string({ error: 'Expected the name of a dataset in content/datasets/, e.g. "impact-appendix-a".' }).regex(SLUG, 'Expected a dataset name such as "impact-appendix-a".'),
  /** Column naming each row, e.g. the indicator. */
  label: columnName,
  /** Marker column shown beside each row's name, e.g. the stars of significance. */
  marker: columnName.optional(),
  /** The groups compared, in order (at most four). */
  groups: z.array(chartGroupSchema).min(1, 'Expected at least one group.').max(4, 'A chart compares at most four groups.'),
  /** Names of the two moments compared. */
  phases: z
    .object({ before: z.string().min(2).default('Before'), after: z.string().min(2).default('After') })
    .default({ before: 'Before', after: 'After' }),
});

/** An IMPACT entry: the method, or one finding with its source. */
export const impactSchema = baseSchema.extend({
  /** Headline of the entry. */
  title: z.string({ error: 'Expected a title.' }).min(5).meta({ title: "Title" }),
  /** "method" describes the toolkit; "finding" states one result. */
  kind: z.enum(['method', 'finding'], { error: 'Expected kind to be "method" or "finding".' }).meta({ title: "Kind", description: "“method” describes the toolkit; “finding” states one result." }),
  /** Order on the IMPACT page. */
  order: z.number().int().nonnegative().default(0).meta({ title: "Order", description: "Its place on the IMPACT page." }),
  /** Charts of this finding's figures, each with its own page (see chartSchema). */
  charts: z
    .array(chartSchema)
    .default([])
    .refine((charts) => new Set(charts.map((c) => c.slug)).size === charts.length, 'Each chart needs a slug of its own: two charts share one.')
    .meta({ title: 'Charts (advanced)', description: 'Each chart names a dataset and its columns (see the README, “IMPACT data and charts”).', cmsCollapsed: true }),
});

/** A person as a source names them: name, and role or organisation where it gives one. */
const personSchema = z.object({
  /** The name as the source writes it. */
  name: z.string({ error: 'Expected the name as the source writes it.' }).min(2),
  /** Their role or organisation as the source states it, e.g. "Executive Director of WWP EN". */
  role: z.string().min(2).optional(),
});

/**
 * A voice: an interview or post by someone else, retold with short quotes. An interview names who
 * was interviewed and, where the source says, by whom; a post names the organisation that posted
 * it. Nothing is shown that the source does not state.
 */
export const voiceSchema = baseSchema.extend({
  /** Headline of our summary. */
  title: z.string({ error: 'Expected a title.' }).min(5).meta({ title: 'Title', description: 'Headline of our summary.' }),
  /** What kind of piece the original is. */
  kind: z.enum(['interview', 'post'], { error: 'Expected kind to be "interview" or "post".' }).meta({ title: 'Kind' }),
  /** Who published the original, only where the source names a publisher (a post: who posted it). */
  publisher: z.string({ error: 'Expected the publisher as text.' }).min(2).optional().meta({ title: 'Publisher', description: 'Only where the source names one (a post: who posted it).' }),
  /** Where the original appeared, as the source names it, e.g. a series: "Interview of the Month". */
  appearedIn: z.string({ error: 'Expected where the original appeared, as text.' }).min(2).optional().meta({ title: 'Appeared in', description: 'Where the original appeared, as the source names it.' }),
  /** An interview: the person interviewed. */
  interviewee: personSchema.optional(),
  /** An interview: who asked the questions, where the source says. */
  interviewer: personSchema.optional(),
  /** Not used: an interview has no author; the person speaking is the interviewee. */
  author: z
    .never({ error: 'A voice has no "author" field: for an interview, name the person interviewed as interviewee (and interviewer, where the source says); for a post, name who posted it as publisher.' })
    .optional(),
  /** The campaign edition it belongs to, where it belongs to one (a year). */
  campaignYear: yearSchema('the year of the campaign edition').optional().meta({ title: 'Campaign year', description: 'The edition it belongs to, where it belongs to one.' }),
  /** Publication date of the original, where known. */
  date: isoDate.optional().meta({ title: 'Date of the original', description: 'Where known.' }),
}).superRefine((voice, ctx) => {
  if (voice.kind === 'interview' && !voice.interviewee) {
    ctx.addIssue({ code: 'custom', path: ['interviewee'], message: 'An interview needs the person interviewed: interviewee: { name: ..., role: ... }.' });
  }
  if (voice.kind === 'post' && (voice.interviewee || voice.interviewer)) {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: 'Only an interview has an interviewee or interviewer: set kind: interview, or remove them.' });
  }
  if (voice.kind === 'post' && !voice.publisher) {
    ctx.addIssue({ code: 'custom', path: ['publisher'], message: 'A post needs the organisation or person who posted it: publisher: ...' });
  }
  if (!voice.publisher && !voice.appearedIn) {
    ctx.addIssue({ code: 'custom', path: ['appearedIn'], message: 'Say where the original appeared (appearedIn) or who published it (publisher), as the source states it.' });
  }
});

export type SourceRef = z.infer<typeof sourceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type DatasetColumnDeclaration = z.infer<typeof datasetColumnSchema>;
export type DatasetDeclaration = z.infer<typeof datasetDeclarationSchema>;
export type ChartSpec = z.infer<typeof chartSchema>;

/** A standalone page written by editors (about, get help, safety). The file name is its address. */
export const pageSchema = baseSchema.extend({
  /** The page's h1 and title. */
  title: z.string({ error: 'Expected a title.' }).min(3).meta({ title: "Title", description: "The page’s heading." }),
}).extend(translatableSchema.shape);
