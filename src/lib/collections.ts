/**
 * The site's queries over the content collections. Pages ask these, never getCollection
 * directly, so the publication rules are applied in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildTime, byOrder, byYearDesc, isPublic, newestFirst } from './content-rules';

export type PressRelease = CollectionEntry<'press'>;
export type Myth = CollectionEntry<'myths'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type ImpactEntry = CollectionEntry<'impact'>;
export type Voice = CollectionEntry<'voices'>;

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
} as const;
