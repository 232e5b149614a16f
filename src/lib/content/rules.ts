/** Plain rules over content entries: which are public, and in what order they are shown. */
import { formatDateTime } from '#src/lib/site/format.ts';
import { DEFAULT_LOCALE } from '#src/i18n/locales.ts';
import { buildTimeProblem } from './build-time.ts';
import { ENV, type Env } from '#src/env.ts';

export interface PublishableData {
  draft?: boolean;
  embargoUntil?: Date;
}

/**
 * Whether a press release may appear anywhere in the published site at `now`.
 * Drafts never do; an embargoed release does from the exact moment its embargo ends.
 * Every output (pages, lists, feed, sitemap, search, downloads) asks this one function.
 */
export function isPublic(data: PublishableData, now: Date): boolean {
  if (data.draft) return false;
  if (data.embargoUntil && now.getTime() < data.embargoUntil.getTime()) return false;
  return true;
}

/**
 * What the dev server marks on a release that the published site leaves out, or undefined for
 * a public one. Built sites never show these: they never contain such a release.
 */
export function publicationNote(data: PublishableData, now: Date): string | undefined {
  if (data.draft) return 'Draft: not published';
  if (!isPublic(data, now) && data.embargoUntil) return `Embargoed until ${formatDateTime(data.embargoUntil, DEFAULT_LOCALE)}: not published yet`;
  return undefined;
}

/** Newest first; releases on the same day keep a stable order by title. */
export function newestFirst<T extends { data: { date: Date; title: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title),
  );
}

/** By the editor's `order` field, then by title. */
export function byOrder<T extends { data: { order: number; title?: string; myth?: string } }>(entries: readonly T[]): T[] {
  const label = (e: T) => e.data.title ?? e.data.myth ?? '';
  return [...entries].sort((a, b) => a.data.order - b.data.order || label(a).localeCompare(label(b)));
}

/** Most recent edition first. */
export function byYearDesc<T extends { data: { year: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.year - a.data.year);
}

/** Group entries by year of their date, newest year first, keeping the given order inside a year. */
export function groupByYear<T extends { data: { date: Date } }>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const e of entries) {
    const year = e.data.date.getUTCFullYear();
    groups.set(year, [...(groups.get(year) ?? []), e]);
  }
  return [...groups.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, entries: list }));
}

/** Default dates of an edition: the 16 Days, 25 November to 10 December of its year. */
export function editionDates(data: { year: number; start?: Date; end?: Date }): { start: Date; end: Date } {
  return {
    start: data.start ?? new Date(Date.UTC(data.year, 10, 25)),
    end: data.end ?? new Date(Date.UTC(data.year, 11, 10)),
  };
}

/** Set by src/integrations/content-guard.ts from the command: true only under `astro dev`. */
declare const __RT_DEV_SERVER__: boolean | undefined;

/**
 * Whether drafts and embargoed releases are shown (marked): only by the dev server. The command
 * decides, never a mode or environment flag a build can be given (`astro build --mode development`).
 */
export const showsUnpublished: boolean = typeof __RT_DEV_SERVER__ !== 'undefined' && __RT_DEV_SERVER__ === true;

/** The build's clock. BUILD_TIME (ISO 8601, with its zone) lets tests and previews build "as of" a moment. */
export function buildTime(env: Env = ENV): Date {
  const fixed = env.BUILD_TIME;
  if (!fixed) return new Date();
  const problem = buildTimeProblem(fixed);
  if (problem) throw new Error(problem);
  return new Date(fixed);
}
