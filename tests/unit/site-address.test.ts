/**
 * The site's own address appears in no source: cards, alt texts and documents print whatever
 * SITE_URL is at build time, never the placeholder, so a deploy to the real address is correct.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const ADDRESS = 'responsible-together.example.org';
const saved = process.env.SITE_URL;

describe('with SITE_URL set at build time', () => {
  beforeAll(() => {
    process.env.SITE_URL = `https://${ADDRESS}/`;
    vi.resetModules();
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
    vi.resetModules();
  });

  it('a myth card and its alt text carry that address', async () => {
    const { mythCardContent, mythCardAlt } = await import('#src/lib/sharing/cards/myth-card.ts');
    const myth = { order: 5, slug: 'mediation', myth: 'A myth', fact: 'In fact, a fact.', lang: 'en' } as const;
    expect(mythCardContent(myth).address).toBe(ADDRESS);
    expect(mythCardAlt(myth)).toContain(ADDRESS);
    expect(mythCardAlt(myth)).not.toContain('campaign.work-with-perpetrators.eu');
  });

  it('a press release’s text file (and so its PDF and feed, written from the same document) carries that address', async () => {
    const { releaseDocument } = await import('#src/lib/press/release.ts');
    const { releaseText } = await import('#src/lib/press/to-text.ts');
    const { accentsRelease } = await import('../fixtures/releases/accents.ts');
    const doc = releaseDocument(accentsRelease, new Date('2027-01-01T00:00:00Z'));
    expect(doc.url).toBe(`https://${ADDRESS}/press/accents/`);
    expect(releaseText(doc)).toContain(`This release online: https://${ADDRESS}/press/accents/`);
    expect(releaseText(doc)).not.toContain('campaign.work-with-perpetrators.eu');
  });
});
