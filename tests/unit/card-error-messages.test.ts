/** The errors an editor reads when a card cannot be made from their words (the renderer's own errors, explained). */
import { describe, expect, it } from 'vitest';
import { explainCardError, type CardWords } from '#src/lib/sharing/cards/errors.ts';
import { CardFitError, CardGlyphError } from '#src/lib/sharing/cards/render.ts';

const myth: CardWords = {
  file: 'content/myths/risk.mdx',
  fields: [
    { name: 'myth', text: 'Programmes ☃ increase the risk' },
    { name: 'fact', text: 'In fact, they can increase safety.' },
  ],
  card: '1200x630 share card',
  typefaceOf: 'share card',
  shorten: 'Shorten the myth or the fact; the page can explain more in the body.',
  blameOneField: true,
};
const impact: CardWords = {
  file: 'content/impact/finding.mdx',
  fields: [
    { name: 'charts.0.title', text: 'A title' },
    { name: 'charts.0.description', text: 'A description ☃' },
  ],
  card: 'link-preview card',
  typefaceOf: 'card',
  shorten: 'Shorten one of them.',
};
const message = (error: unknown) => (error as Error).message;

describe('card errors name the file, the fields and what to do', () => {
  it('when the words are too long for the card', () => {
    const error = new CardFitError('too long', 700, 630);
    expect(message(explainCardError(error, myth))).toBe(
      'content/myths/risk.mdx: "myth" (30 characters) and "fact" (34 characters) are too long for the 1200x630 share card, even in the smallest legible type (they need 700px of 630px). Shorten the myth or the fact; the page can explain more in the body.',
    );
    expect(message(explainCardError(error, impact))).toBe(
      'content/impact/finding.mdx: "charts.0.title" (7 characters) and "charts.0.description" (15 characters) are too long for the link-preview card, even in the smallest legible type (they need 700px of 630px). Shorten one of them.',
    );
    expect((explainCardError(error, impact) as Error).cause).toBe(error);
  });
  it('when the typeface lacks a letter: the field holding it, or every field', () => {
    const error = new CardGlyphError('no glyph', '☃');
    expect(message(explainCardError(error, myth))).toBe(
      'content/myths/risk.mdx: "myth" has characters the share card\'s typeface cannot show: “☃”. Write it without them.',
    );
    const inFact = {
      ...myth,
      fields: [
        { name: 'myth', text: 'Words' },
        { name: 'fact', text: 'In fact ☃' },
      ],
    };
    expect(message(explainCardError(error, inFact))).toBe(
      'content/myths/risk.mdx: "fact" has characters the share card\'s typeface cannot show: “☃”. Write it without them.',
    );
    // A letter in neither field (the site's name or address on the card) is blamed on the last one.
    expect(message(explainCardError(new CardGlyphError('no glyph', '✓'), inFact))).toContain('"fact" has characters');
    expect(message(explainCardError(error, impact))).toBe(
      'content/impact/finding.mdx: "charts.0.title" or "charts.0.description" has characters the card\'s typeface cannot show: “☃”. Write it without them.',
    );
  });
  it('and pass any other error on as it is', () => {
    const other = new Error('disk full');
    expect(explainCardError(other, myth)).toBe(other);
  });
});
