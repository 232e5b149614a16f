/**
 * What an editor reads when a card cannot be made from their words, for every kind of card (a
 * myth's share cards, the IMPACT link previews): the content file, the fields to change and how.
 */
import { CardFitError, CardGlyphError } from './render.ts';

/** A field whose words the card shows, named as in the content file. */
interface CardField {
  name: string;
  text: string;
}

/** Where a card's words come from, and how the messages name the card. */
export interface CardWords {
  /** The content file, e.g. content/myths/risk.mdx. */
  file: string;
  /** The fields the card shows, in the order the messages name them. */
  fields: readonly CardField[];
  /** The card, as in "too long for the 1200x630 share card". */
  card: string;
  /** Whose typeface, as in "the share card's typeface". */
  typefaceOf: string;
  /** What to do when the words are too long. */
  shorten: string;
  /** Names only the field that holds a letter the typeface lacks (else every field, as "a" or "b"). */
  blameOneField?: boolean;
}

/** The renderer's error about these words as the editor's error, naming file and fields; any other error as it is. */
export function explainCardError(error: unknown, words: CardWords): unknown {
  const { file, fields } = words;
  if (error instanceof CardFitError) {
    return new Error(
      `${file}: ${fields.map((f) => `"${f.name}" (${f.text.length} characters)`).join(' and ')} are too long for the ${words.card}, ` +
        `even in the smallest legible type (they need ${error.needed}px of ${error.available}px). ${words.shorten}`,
      { cause: error },
    );
  }
  if (error instanceof CardGlyphError) {
    const holder = fields.find((f) => [...error.letters].some((letter) => f.text.includes(letter))) ?? fields.at(-1)!;
    const blamed = words.blameOneField ? [holder] : fields;
    return new Error(
      `${file}: ${blamed.map((f) => `"${f.name}"`).join(' or ')} has characters the ${words.typefaceOf}'s typeface cannot show: “${error.letters}”. Write it without them.`,
      { cause: error },
    );
  }
  return error;
}
