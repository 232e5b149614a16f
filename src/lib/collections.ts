/**
 * The site's queries over the content collections. Pages ask these, never getCollection
 * directly, so the publication rules are applied in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime, byOrder, byYearDesc, isPublic, newestFirst } from './content-rules';
import { chartData, type ChartData } from './charts/data';
import type { Dataset } from './datasets';
import { chartCard, entryCard, type ImpactCard } from './cards/impact-card';

export type PressRelease = CollectionEntry<'press'>;
export type Myth = CollectionEntry<'myths'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type ImpactEntry = CollectionEntry<'impact'>;
export type Voice = CollectionEntry<'voices'>;

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
  return newestFirst(all.filter((e) => import.meta.env.DEV || isPublic(e.data, now)));
}

export async function getMyths(): Promise<Myth[]> {
  return byOrder(await getCollection('myths'));
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

/** URL of an entry's page. One place for every address the site links to. */
export const urls = {
  campaign: (c: Campaign) => `/campaigns/${c.data.year}/`,
  press: (p: PressRelease) => `/press/${p.id}/`,
  myth: (m: Myth) => `/myths/${m.data.slug}/`,
  impact: (i: ImpactEntry) => `/impact/${i.id}/`,
  voice: (v: Voice) => `/voices/${v.id}/`,
  chart: (c: ImpactChart) => `/impact/${c.data.slug}/`,
  datasetCsv: (d: Pick<Dataset, 'name'>) => `/impact/data/${d.name}.csv`,
  datasetJson: (d: Pick<Dataset, 'name'>) => `/impact/data/${d.name}.json`,
} as const;
