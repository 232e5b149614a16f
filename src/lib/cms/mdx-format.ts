/**
 * How the admin reads and writes an entry file: YAML front matter between `---` lines, a blank
 * line, then the MDX body. Registered with the CMS as the format of every collection, so that
 *  - an entry opened and saved without a change is written back byte for byte as it was;
 *  - empty optional fields are left out, not written as '' or null;
 *  - a date and time with its zone (an embargo) is written in quotes, as the schema requires;
 *  - dates stay YYYY-MM-DD and everything else is plain YAML the build reads.
 */
import { Document, isScalar, parse, visit } from 'yaml';
import { DEFAULT_LOCALE } from '#src/i18n/locales.ts';

type Data = Record<string, unknown>;

/**
 * The house style of front matter: a single word (a slug, a language, a date, an address) stays
 * plain; other text goes in double quotes, or single quotes when it holds double quotes. A date and time with
 * its zone (an embargo) is always quoted, as the schema requires.
 */
function quoteStyle(text: string): 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' {
  if (/^[\p{L}\p{N}(][^\s"']*$/u.test(text) && !text.endsWith(':') && !ZONED.test(text)) return 'PLAIN';
  return text.includes('"') && !text.includes("'") ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Values the schemas default to: the same entry whether written or not. */
const DEFAULTS: Data = { lang: DEFAULT_LOCALE, draft: false, reviewed: false, datePrecision: 'day' };

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEmpty));

/** Drops empty values, at every depth. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((v) => !isEmpty(v));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, withoutEmpty(v)] as const)
        .filter(([, v]) => !isEmpty(v)),
    );
  }
  return value;
}

/** A key for what an entry says, whatever the order of its fields, defaults written or not, numbers as text. */
function meaningOf(data: Data): string {
  const normal = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(normal);
    if (value instanceof Date) return value.toISOString();
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, normal((value as Data)[k])]),
      );
    }
    return typeof value === 'string' ? value.replace(/\r\n/g, '\n').trim() : String(value);
  };
  const top = withoutEmpty(data) as Data;
  for (const [key, value] of Object.entries(DEFAULTS)) if (top[key] === value) delete top[key];
  return JSON.stringify(normal(top));
}

/** The files read in this session, by what they say: unchanged entries are written back as they were. */
const readFiles = new Map<string, string>();

export function fromFile(text: string): Data {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text };
  const data = (parse(match[1]!) ?? {}) as Data;
  // The blank line after the front matter belongs to the file's layout, not to the body.
  const body = text.slice(match[0].length).replace(/^\r?\n/, '');
  const entry = { ...data, body };
  readFiles.set(meaningOf(entry), text);
  return entry;
}

export function toFile(entry: Data): string {
  const known = readFiles.get(meaningOf(entry));
  if (known !== undefined) return known;
  const { body = '', ...fields } = entry;
  const data = withoutEmpty(fields) as Data;
  // English is the source: it has no language field, and "reviewed" only concerns translations.
  if (data.lang === DEFAULT_LOCALE) delete data.lang;
  if (!data.lang && data.reviewed === false) delete data.reviewed;
  // The relation to a campaign edition gives its file name as text; the site writes the year as a number.
  if (typeof data.campaign === 'string' && /^\d{4}$/.test(data.campaign)) data.campaign = Number(data.campaign);
  const doc = new Document(data);
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || !isScalar(node) || typeof node.value !== 'string') return;
      node.type = quoteStyle(node.value);
    },
  });
  const yaml = doc.toString({ lineWidth: 0 });
  const text = String(body).replace(/\r\n/g, '\n').replace(/^\n+/, '').replace(/\s*$/, '\n');
  return `---\n${yaml}---\n\n${text}`;
}

/** Forgets what was read (tests). */
export function forgetReadFiles(): void {
  readFiles.clear();
}
