/**
 * The site's queries over the content collections. Pages ask these, never getCollection
 * directly, so the publication rules are applied in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import { buildTime, byOrder, byYearDesc, isPublic, newestFirst } from './content-rules';
import { pressDownloadPath, pressPath, releaseDocument, type ReleaseDocument } from './press-release';

export type PressRelease = CollectionEntry<'press'>;
export type Myth = CollectionEntry<'myths'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type ImpactEntry = CollectionEntry<'impact'>;
export type Voice = CollectionEntry<'voices'>;
export type Dataset = CollectionEntry<'datasets'>;

/** Pages under /press/ of their own, whose addresses no release may take as its file name. */
const RESERVED_PRESS_SLUGS = ['media'];

/**
 * Whether this is the dev server, which also shows unpublished releases (marked). Vite's mode, not
 * import.meta.env.DEV: a build run with NODE_ENV=test or development has DEV set, and must still
 * leave drafts and embargoed releases out.
 */
const showsUnpublished = import.meta.env.MODE === 'development';

/** Press releases that are public now, newest first. The dev server also shows drafts. */
export async function getPublicPress(): Promise<PressRelease[]> {
  const now = buildTime();
  const all = await getCollection('press');
  for (const release of all) {
    if (RESERVED_PRESS_SLUGS.includes(release.id)) {
      throw new Error(`${release.filePath}: the file name "${release.id}" is taken by the page /press/${release.id}/; rename the file.`);
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

export async function getMyths(): Promise<Myth[]> {
  return byOrder(await getCollection('myths'));
}

export async function getCampaigns(): Promise<Campaign[]> {
  return byYearDesc(await getCollection('campaigns'));
}

export async function getImpactEntries(): Promise<ImpactEntry[]> {
  return byOrder(await getCollection('impact'));
}

export async function getVoices(): Promise<Voice[]> {
  return (await getCollection('voices')).sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/** The validated CSV datasets, published byte for byte under /impact/data/. */
export async function getDatasets(): Promise<Dataset[]> {
  return (await getCollection('datasets')).sort((a, b) => a.id.localeCompare(b.id));
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
  press: (p: PressRelease) => pressPath(p.id),
  pressPdf: (p: PressRelease) => pressDownloadPath(p.id, 'pdf'),
  pressText: (p: PressRelease) => pressDownloadPath(p.id, 'txt'),
  myth: (m: Myth) => `/myths/${m.data.slug}/`,
  impact: (i: ImpactEntry) => `/impact/${i.id}/`,
  voice: (v: Voice) => `/voices/${v.id}/`,
} as const;
