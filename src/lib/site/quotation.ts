/**
 * How the site quotes someone, in every format (page, PDF, plain text, feed, share card, the
 * admin's preview): the quotation marks of the language the quote is shown in, and the
 * attribution under it. No node: imports: the admin's preview runs it in the browser.
 */
import type { Locale } from '#src/i18n/locales.ts';

export interface QuotationMarks {
  open: string;
  close: string;
}

/** Each language's quotation marks, as its readers expect them (French with no-break spaces inside). */
const MARKS = {
  en: { open: '“', close: '”' },
  de: { open: '„', close: '“' },
  fr: { open: '«\u00a0', close: '\u00a0»' },
  it: { open: '«', close: '»' },
  es: { open: '«', close: '»' },
  pl: { open: '„', close: '”' },
} as const satisfies Record<Locale, QuotationMarks>;

/** The quotation marks of a language. */
export function quotationMarks(locale: Locale): QuotationMarks {
  return MARKS[locale];
}

/** Words in a language's quotation marks: “words”, „Worte“. */
export function quoted(words: string, locale: Locale): string {
  const { open, close } = quotationMarks(locale);
  return `${open}${words}${close}`;
}

/**
 * The marks of one paragraph of a quote that runs over several: the opening mark before the
 * first, the closing one after the last, so that they enclose the whole quote.
 */
export function paragraphMarks(index: number, count: number, locale: Locale): QuotationMarks {
  const { open, close } = quotationMarks(locale);
  return { open: index === 0 ? open : '', close: index === count - 1 ? close : '' };
}

/** The attribution under a quote: "– Name, Role", or "– Name" without a role. */
export function attribution(quote: { by: string; role?: string }): string {
  return `– ${quote.by}${quote.role ? `, ${quote.role}` : ''}`;
}
