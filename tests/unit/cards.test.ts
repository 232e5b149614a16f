import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CARD_DESIGN,
  CARD_SIZES,
  CardFitError,
  CardGlyphError,
  chooseTypeSize,
  layoutCard,
  renderCardPng,
  typeLadder,
  type CardContent,
  type CardLayout,
  type CardSize,
} from '#src/lib/sharing/cards/render.ts';
import { cachedCardPng, cardCacheKey } from '#src/lib/sharing/cards/cache.ts';
import { pngSize } from '../support/png.ts';

const SIZES = Object.keys(CARD_SIZES) as CardSize[];

const mediation: CardContent = {
  eyebrow: 'Myth 5',
  title: '“Perpetrator programmes are a form of mediation or couple’s counselling”',
  body: 'In fact, perpetrator programmes are obliged to comply with the Istanbul Convention, which prohibits performing mediation in cases of gender-based violence.',
  footer: 'Responsible Together',
  address: 'campaign.work-with-perpetrators.eu',
};

/** A myth far longer than any in the leaflet, with letters from Polish, German and French. */
const veryLong: CardContent = {
  ...mediation,
  title:
    '“Programy dla sprawców to mediacja; Täterprogramme sind bloß Paartherapie; les programmes pour auteurs ne changent rien à la violence”',
  body: 'In fact, perpetrator programmes are obliged to comply with the Istanbul Convention, which prohibits performing mediation in cases of gender-based violence; they hold the perpetrator accountable and work closely with specialised support services. Zażółć gęślą jaźń, Straße, à, é, è.',
};

/** Every piece of text lies inside the canvas and its padding: nothing is cut off. */
function expectAllTextInside(layout: CardLayout) {
  const f = CARD_DESIGN.formats[layout.size];
  expect(layout.textBoxes.length).toBe(5);
  for (const box of layout.textBoxes) {
    expect(box.left, box.text).toBeGreaterThanOrEqual(f.padX);
    expect(box.left + box.width, box.text).toBeLessThanOrEqual(layout.width - f.padX);
    expect(box.top, box.text).toBeGreaterThanOrEqual(f.padY);
    expect(box.top + box.height, box.text).toBeLessThanOrEqual(layout.height - f.padY);
  }
}

describe('typeLadder and chooseTypeSize', () => {
  it('tries title sizes from the largest to the smallest legible one', () => {
    for (const size of SIZES) {
      const ladder = typeLadder(size).map((s) => s.title);
      expect(ladder[0]).toBe(CARD_DESIGN.formats[size].titleMax);
      expect(ladder.at(-1)).toBe(CARD_DESIGN.formats[size].titleMin);
      expect(ladder).toEqual([...ladder].sort((a, b) => b - a));
    }
  });

  it('picks the largest size that fits, asking few questions, and nothing when none fits', async () => {
    const ladder = [60, 58, 56, 54, 52, 50, 48, 46, 44, 42, 40, 38, 36];
    for (const limit of [61, 60, 59, 50, 45, 37, 36]) {
      const asked: number[] = [];
      const pick = await chooseTypeSize(ladder, async (size) => (asked.push(size), size <= limit));
      expect(pick, `limit ${limit}`).toBe(ladder.find((size) => size <= limit));
      expect(asked[0]).toBe(60);
      expect(asked.length).toBeLessThanOrEqual(1 + Math.ceil(Math.log2(ladder.length)));
      expect(asked).toContain(pick);
    }
    expect(await chooseTypeSize(ladder, async () => false)).toBeUndefined();
    expect(await chooseTypeSize([], async () => true)).toBeUndefined();
  });
});

describe('layoutCard', () => {
  it.each(SIZES)('sets a leaflet myth large and inside the %s canvas', async (size) => {
    const layout = await layoutCard(mediation, size);
    expect(layout.contentHeight).toBeLessThanOrEqual(CARD_SIZES[size].height);
    expect(layout.titleSize).toBeGreaterThanOrEqual(CARD_DESIGN.formats[size].titleMin + 10);
    expectAllTextInside(layout);
    expect(layout.textBoxes.map((b) => b.text)).toEqual([
      mediation.eyebrow,
      mediation.title,
      mediation.body,
      mediation.footer,
      mediation.address,
    ]);
  });

  it.each(SIZES)('shrinks and wraps a very long myth until it fits the %s canvas', async (size) => {
    const normal = await layoutCard(mediation, size);
    const long = await layoutCard(veryLong, size);
    expect(long.titleSize).toBeLessThan(normal.titleSize);
    expect(long.bodySize).toBeLessThan(normal.bodySize);
    expectAllTextInside(long);
    // Wrapped over several lines, all of it: the title alone is several lines high.
    const title = long.textBoxes.find((b) => b.text === veryLong.title)!;
    expect(title.height).toBeGreaterThan(long.titleSize * 3);
    const png = await renderCardPng(veryLong, size);
    expect(pngSize(png)).toEqual(CARD_SIZES[size]);
  });

  it('refuses text that would not be legible at any size, saying how much room it needs', async () => {
    const tooLong = { ...veryLong, body: veryLong.body.repeat(4) };
    await expect(layoutCard(tooLong, '1200x630')).rejects.toThrow(CardFitError);
    await expect(layoutCard(tooLong, '1200x630')).rejects.toThrow(/does not fit on the 1200x630 card .* needs \d+px of 630px/);
  });

  it('names letters the typeface cannot show instead of printing boxes', async () => {
    const error = await layoutCard({ ...mediation, body: 'In fact, 家庭暴力 is not mediation.' }, '1200x630').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardGlyphError);
    expect((error as CardGlyphError).message).toContain('家庭暴力');
  });
});

describe('renderCardPng', () => {
  it.each(SIZES)('makes a PNG of exactly %s pixels', async (size) => {
    expect(pngSize(await renderCardPng(mediation, size))).toEqual(CARD_SIZES[size]);
  });
});

describe('the card cache', () => {
  it('renders a card once and reuses it until what it shows changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-cards-'));
    try {
      const first = await cachedCardPng(mediation, '1200x630', dir);
      const again = await cachedCardPng(mediation, '1200x630', dir);
      expect(first.fromCache).toBe(false);
      expect(again.fromCache).toBe(true);
      expect(Buffer.from(again.png).equals(Buffer.from(first.png))).toBe(true);
      const edited = await cachedCardPng({ ...mediation, body: `${mediation.body} Edited.` }, '1200x630', dir);
      expect(edited.fromCache).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keys cards by their text and format', () => {
    expect(cardCacheKey(mediation, '1200x630')).toBe(cardCacheKey({ ...mediation }, '1200x630'));
    expect(cardCacheKey(mediation, '1200x630')).not.toBe(cardCacheKey(mediation, '1080x1080'));
    expect(cardCacheKey(mediation, '1200x630')).not.toBe(cardCacheKey({ ...mediation, eyebrow: 'Myth 6' }, '1200x630'));
  });
});
