import { describe, expect, it } from 'vitest';
import { mythCardContent, mythCardFiles, mythCardPng, SITE_ADDRESS } from '#src/lib/sharing/cards/myth-card.ts';
import { mythSharing } from '#src/lib/sharing/myth-sharing.ts';
import { SITE } from '#src/config.ts';

const risk = {
  order: 2,
  lang: 'en' as const,
  slug: 'risk',
  myth: 'Perpetrator programmes increase the risk for (ex-)partners',
  fact: 'In fact, responsible perpetrator work can increase (ex-)partner and child safety.',
};

describe('a myth’s cards', () => {
  it('show the myth, the fact, the campaign name and the site address', () => {
    expect(mythCardContent(risk)).toEqual({
      eyebrow: 'Myth 2',
      title: `“${risk.myth}”`,
      body: risk.fact,
      footer: SITE.name,
      address: SITE_ADDRESS,
    });
    expect(SITE_ADDRESS).toBe(new URL(SITE.url).host);
  });

  it('live at stable addresses and download under names that say what they are', () => {
    const [card, square] = mythCardFiles(risk);
    expect(card).toMatchObject({
      path: '/myths/risk/card.png',
      width: 1200,
      height: 630,
      downloadName: 'responsible-together-myth-risk-1200x630.png',
    });
    expect(square).toMatchObject({
      path: '/myths/risk/square.png',
      width: 1080,
      height: 1080,
      downloadName: 'responsible-together-myth-risk-1080x1080.png',
    });
    expect(card!.alt).toBe(`Myth: “${risk.myth}” ${risk.fact} ${SITE.name}, ${SITE_ADDRESS}`);
  });

  it('are shared with the page’s canonical URL and embedded with the link-preview card', () => {
    const sharing = mythSharing(risk);
    expect(sharing.page.url).toBe(`${SITE.url}/myths/risk/`);
    expect(sharing.page.text).toContain(risk.myth);
    expect(sharing.page.text).toContain(risk.fact);
    expect(sharing.embed).toContain(`<a href="${SITE.url}/myths/risk/">`);
    expect(sharing.embed).toContain(`src="${SITE.url}/myths/risk/card.png" width="1200" height="630"`);
  });

  it('fail with the file and field when the typeface cannot show a character', async () => {
    const bad = { ...risk, myth: 'Perpetrator programmes ☃ increase the risk' };
    await expect(mythCardPng(bad, '1200x630', 'content/myths/risk.mdx')).rejects.toThrow(
      'content/myths/risk.mdx: "myth" has characters the share card\'s typeface cannot show: “☃”',
    );
  });
});
