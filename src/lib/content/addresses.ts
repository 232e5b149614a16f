/**
 * One address, one entry: rules over the loaded entries of a collection (with their front matter)
 * that no single file can break alone. Each problem names both files, or the file and the field.
 */
import { resolve } from 'node:path';
import { DEFAULT_LOCALE } from '#src/i18n/locales.ts';

export interface LoadedEntry {
  id: string;
  filePath?: string;
  data: Record<string, unknown>;
}

const fileOf = (entry: LoadedEntry) => (entry.filePath ? resolve(entry.filePath) : entry.id);
/** The id without its language folder: de/risk → risk. */
const baseIdOf = (entry: LoadedEntry) => entry.id.split('/').pop()!;
const isTranslation = (entry: LoadedEntry) => entry.id.includes('/');

/** Names a myth's slug may not take: /myths/<name>/ is a page of the site's own. */
const RESERVED_MYTH_SLUGS = ['index'];

/**
 * Myths: two myths of one language may not share a slug (one would silently replace the other),
 * no slug may be reserved, and a translation keeps its English original's slug (every language
 * link depends on it).
 */
export function mythAddressProblems(entries: readonly LoadedEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, LoadedEntry>();
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const slug = String(entry.data.slug);
    const lang = String(entry.data.lang ?? DEFAULT_LOCALE);
    if (RESERVED_MYTH_SLUGS.includes(slug)) {
      problems.push(`${fileOf(entry)}: field "slug": "${slug}" is reserved (${RESERVED_MYTH_SLUGS.join(', ')}); choose another slug.`);
    }
    const other = seen.get(`${lang}/${slug}`);
    if (other) problems.push(`${fileOf(entry)} and ${fileOf(other)} both have the slug "${slug}", so they would share one address: give one of them another slug.`);
    else seen.set(`${lang}/${slug}`, entry);
  }
  problems.push(...translationProblems(entries, 'slug'));
  return problems;
}

/**
 * Translations: each has an English original with the same file name and, for `field`, the same
 * value (the address every language version shares).
 */
export function translationProblems(entries: readonly LoadedEntry[], field?: string): string[] {
  const problems: string[] = [];
  const originals = new Map(entries.filter((e) => !isTranslation(e)).map((e) => [e.id, e]));
  for (const entry of entries.filter(isTranslation)) {
    const original = originals.get(baseIdOf(entry));
    if (!original) {
      problems.push(`${fileOf(entry)}: a translation needs its English original with the same file name (${baseIdOf(entry)}.mdx in the folder above); none was found.`);
    } else if (field && entry.data[field] !== original.data[field]) {
      problems.push(`${fileOf(entry)}: field "${field}" is "${String(entry.data[field])}" but the English original (${fileOf(original)}) has "${String(original.data[field])}": a translation keeps the English ${field}, so that every language links the others.`);
    }
  }
  return problems;
}

/** Campaign editions: the file name is the year, since the year is the address /campaigns/<year>/. */
export function campaignAddressProblems(entries: readonly LoadedEntry[]): string[] {
  return entries
    .filter((e) => String(e.data.year) !== e.id)
    .map((e) => `${fileOf(e)}: field "year" is ${String(e.data.year)} but the file is named ${e.id}.mdx: a campaign's file name is its year. Rename the file to ${String(e.data.year)}.mdx or correct the year.`);
}
