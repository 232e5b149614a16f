/**
 * The site's queries over the content collections. Pages ask these, never getCollection
 * directly, so the publication rules are applied in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { buildTime, byOrder, byYearDesc, isPublic, newestFirst, showsUnpublished } from './rules.ts';
import { chartData, type ChartData } from '#src/lib/impact/charts/data.ts';
import type { Dataset } from '#src/lib/impact/datasets.ts';
import { chartCard, entryCard, type ImpactCard } from '#src/lib/sharing/cards/impact-card.ts';
import { releaseDocument, type ReleaseDocument } from '#src/lib/press/release.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '#src/i18n/locales.ts';
import { urls } from '#src/lib/site/urls.ts';

export type PressRelease = CollectionEntry<'press'>;
export type Myth = CollectionEntry<'myths'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type ImpactEntry = CollectionEntry<'impact'>;
export type Voice = CollectionEntry<'voices'>;
export type Page = CollectionEntry<'pages'>;

/** Pages under /press/ of their own, whose addresses no release may take as its file name. */
const RESERVED_PRESS_SLUGS = ['media'];


/** A chart declared in an IMPACT entry, with the numbers it draws and the entry it belongs to. */
export interface ImpactChart {
  data: ChartData;
  entry: ImpactEntry;
  dataset: Dataset;
}

/** Press releases that are public now, newest first. The dev server also shows drafts. */
export async function getPublicPress(): Promise<PressRelease[]> {
  const now = buildTime();
  const all = await getCollection('press');
  for (const release of all) {
    if (RESERVED_PRESS_SLUGS.includes(release.id)) {
      throw new Error(`${release.filePath}: the file name "${release.id}" is taken by the page ${urls.press(release)}; rename the file.`);
    }
  }
  return newestFirst(all.filter((e) => showsUnpublished || isPublic(e.data, now)));
}

/** A release as its PDF, plain-text file and feed item present it. */
export function releaseDocumentOf(release: PressRelease): ReleaseDocument {
  return releaseDocument({ ...release, bodyLine: bodyLineOf(release) }, buildTime());
}

/** The line of its file on which an entry's body starts: the first after the front matter. */
function bodyLineOf(entry: { filePath?: string }): number {
  if (!entry.filePath || !existsSync(entry.filePath)) return 1;
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(readFileSync(entry.filePath, 'utf8'));
  return frontMatter ? frontMatter[0].split('\n').length : 1;
}

/**
 * Entries of one language. A translation sits in a folder named after its language and says so in
 * its front matter; when the two disagree the build stops, naming the file.
 */
function inLanguage<T extends { id: string; filePath?: string; data: { lang: Locale } }>(entries: T[], lang: Locale): T[] {
  for (const entry of entries) {
    const folder = entry.id.includes('/') ? entry.id.split('/')[0] : DEFAULT_LOCALE;
    if (folder !== entry.data.lang) {
      throw new Error(`${entry.filePath}: field "lang" says "${entry.data.lang}" but the file is in the folder for "${folder}". Move the file or correct lang.`);
    }
  }
  return entries.filter((e) => e.data.lang === lang);
}

/** The id of an entry without its language folder: de/risk → risk. */
export const baseId = (entry: { id: string }): string => entry.id.split('/').pop()!;

/** Myths in one language (English by default), in the leaflet's order. */
export async function getMyths(lang: Locale = DEFAULT_LOCALE): Promise<Myth[]> {
  return byOrder(inLanguage(await getCollection('myths'), lang));
}

/** Standalone pages (about, get help, safety) in one language. */
export async function getPages(lang: Locale = DEFAULT_LOCALE): Promise<Page[]> {
  return inLanguage(await getCollection('pages'), lang);
}

/** The languages in which a myth or standalone page exists, English first. */
export async function languagesOf(collection: 'myths' | 'pages', id: string): Promise<Locale[]> {
  const entries = await getCollection(collection);
  return LOCALE_CODES.filter((lang) => entries.some((e) => e.data.lang === lang && baseId(e) === id));
}

export async function getCampaigns(): Promise<Campaign[]> {
  return byYearDesc(await getCollection('campaigns'));
}

export async function getImpactEntries(): Promise<ImpactEntry[]> {
  return byOrder(await getCollection('impact'));
}

/** Every dataset in content/datasets/, validated, by name. */
export async function getDatasets(): Promise<Dataset[]> {
  return (await getCollection('datasets')).map((d) => d.data).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every chart declared in the IMPACT entries, in the entries' order. Two charts may not share an address. */
export async function getImpactCharts(): Promise<ImpactChart[]> {
  const datasets = new Map((await getDatasets()).map((d) => [d.name, d]));
  const charts: ImpactChart[] = [];
  for (const entry of await getImpactEntries()) {
    for (const spec of entry.data.charts) {
      const clash = charts.find((c) => c.data.slug === spec.slug);
      if (clash) throw new Error(`${entry.filePath}: a chart has the slug "${spec.slug}", which ${clash.entry.filePath} already uses. Each chart needs its own address.`);
      const dataset = datasets.get(spec.dataset)!; // the schema checked that it exists
      charts.push({ data: chartData(spec, dataset), entry, dataset });
    }
  }
  return charts;
}

/** The link-preview card of every IMPACT page: each entry and each chart, by slug. */
export async function getImpactCards(): Promise<ImpactCard[]> {
  const charts = await getImpactCharts();
  return [
    ...(await getImpactEntries()).map(entryCard),
    ...charts.map((c) => chartCard(c.entry, c.data, c.entry.data.charts.findIndex((s) => s.slug === c.data.slug))),
  ];
}

export async function getVoices(): Promise<Voice[]> {
  return (await getCollection('voices')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The campaign edition a press release belongs to (references are checked at validation). */
export async function campaignOf(release: PressRelease): Promise<Campaign> {
  const campaign = await getEntry(release.data.campaign);
  if (!campaign) throw new Error(`${release.filePath}: field "campaign" names an edition that does not exist.`);
  return campaign;
}
