/**
 * `<Quote by role lang>` as an editor component of the admin: editors fill in a form (who, their
 * role, the language the words were said in, the exact words) and never type JSX. Plain data, so a
 * unit test can check that every quote in content/ reads and writes back unchanged.
 */
import { LOCALE_CODES } from '#src/i18n/locales.ts';
import { escapeHtml } from '#src/lib/site/html.ts';
import { attribution } from '#src/lib/site/quotation.ts';
import { QUOTE_COMPONENT } from './names.ts';

export interface QuoteData {
  by: string;
  role: string;
  lang: string;
  text: string;
}

/** A quote as the site's MDX writes it, alone on its line. */
export const QUOTE_PATTERN = /^<Quote by="([^"]*)"(?: role="([^"]*)")?(?: lang="([a-z]{2,3})")?>([^<]*)<\/Quote>$/m;

// The MDX source's own attribute quoting, not HTML: only & and " are escaped, and unattribute()
// undoes exactly that, so a quote opened and saved unchanged is written back byte for byte.
const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const unattribute = (value: string) => value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

export function quoteFromBlock(match: RegExpMatchArray): QuoteData {
  return { by: unattribute(match[1] ?? ''), role: unattribute(match[2] ?? ''), lang: match[3] ?? '', text: match[4] ?? '' };
}

export function quoteToBlock(data: Partial<QuoteData>): string {
  const role = data.role?.trim() ? ` role="${attribute(data.role.trim())}"` : '';
  const lang = data.lang?.trim() ? ` lang="${data.lang.trim()}"` : '';
  // Words on one line: the site reads a quote as one paragraph, and < would start markup.
  const text = (data.text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replaceAll('<', '‹')
    .trim();
  return `<Quote by="${attribute((data.by ?? '').trim())}"${role}${lang}>${text}</Quote>`;
}

export function quoteToPreview(data: Partial<QuoteData>): string {
  const lang = data.lang ? ` lang="${escapeHtml(data.lang)}"` : '';
  return `<figure><blockquote${lang}><p>${escapeHtml(data.text ?? '')}</p></blockquote><figcaption>${escapeHtml(attribution({ by: data.by ?? '', role: data.role }))}</figcaption></figure>`;
}

/** The definition passed to CMS.registerEditorComponent(). */
export const quoteComponent = {
  id: QUOTE_COMPONENT,
  label: 'Quote',
  icon: 'format_quote',
  fields: [
    { name: 'by', label: 'Who said it', widget: 'string', hint: 'Only real quotes, by the person who said them.' },
    { name: 'role', label: 'Their role', widget: 'string', required: false, hint: 'e.g. WWP EN Executive Director' },
    {
      name: 'lang',
      label: 'Language the words were said in',
      widget: 'select',
      options: LOCALE_CODES,
      required: false,
      hint: 'Only on a translated page: keep the original words here and give the translation after the quote.',
    },
    { name: 'text', label: 'The exact words', widget: 'text' },
  ],
  pattern: QUOTE_PATTERN,
  fromBlock: quoteFromBlock,
  toBlock: quoteToBlock,
  toPreview: quoteToPreview,
};
