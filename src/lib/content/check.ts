/**
 * Every content file, read as untrusted input before Astro loads or renders anything: file names
 * that are addresses, no two files for one address, no reserved name, readable UTF-8, sizes
 * within limits, and bodies that are text (body-rules.ts). All problems are reported at once,
 * each naming its file (and line), so an editor can fix them in one go.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { BODY_ELEMENTS, MAX_BODY_CHARACTERS, bodyOf, checkBody, type BodyCollection } from './body-rules.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, TRANSLATED_LOCALES } from '#src/i18n/locales.ts';
import { LOCALIZED_ROUTES } from '#src/i18n/routing.ts';

/** A file name that is an address: lowercase letters, digits and hyphens. */
const FILE_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Collections that have translations in folders named after their language. */
const TRANSLATED: readonly BodyCollection[] = ['myths', 'pages'];

/** Where each collection's entries are published, relative to src/pages/, for its reserved names. */
const ROUTE_FOLDERS: Record<BodyCollection, string> = {
  campaigns: 'campaigns',
  press: 'press',
  myths: 'myths',
  impact: 'impact',
  voices: 'voices',
  pages: '.',
};

/** The most rows a dataset may have: a chart and its table must stay readable on a phone. */
const MAX_DATASET_ROWS = 2_000;
/** The largest data file read: a CSV this size is far more than a chart can show. */
const MAX_DATASET_BYTES = 2_000_000;

/** A link to this site written in a content file, with where it was written. */
interface ContentLink {
  file: string;
  line: number;
  href: string;
}

export interface ContentReport {
  problems: string[];
  links: ContentLink[];
}

/**
 * Names an entry of a route folder may not take, because a page of the site's own has that
 * address: every file or folder of src/pages/<folder> and of src/pages/[...locale]/<folder> (the
 * routes serving every language) that is not a [parameter] or a _private helper, and, at the top,
 * the languages and the folders the build writes (_astro, pagefind). A translation's address
 * starts with its language, so for `translated` entries only the routes serving every language count.
 */
export function reservedNames(routesDir: string, folder: string, translated = false): string[] {
  const dirs = [join(routesDir, LOCALIZED_ROUTES, folder), ...(translated ? [] : [join(routesDir, folder)])];
  const names = new Set(['index']);
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith('[') && !name.startsWith('_')) names.add(name.replace(/\..*$/, ''));
    }
  }
  if (folder === '.' && !translated) for (const name of [...LOCALE_CODES, '_astro', 'pagefind']) names.add(name);
  return [...names].sort();
}

/** A file's text, or why it cannot be read as UTF-8 (with the line of the first bad byte). */
function readUtf8(file: string): { text: string } | { problem: string } {
  const bytes = readFileSync(file);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, Math.max(bad, 0)).split('\n').length;
    return { problem: `${file}:${line}: this file is not UTF-8 text (it was probably saved as Latin-1 or Windows-1252): save it again as UTF-8.` };
  }
}

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.mdx?$/i.test(f) && !f.split(sep).at(-1)!.startsWith('_'))
    .sort();
}

function checkCollection(contentDir: string, routesDir: string, collection: BodyCollection, report: ContentReport): void {
  const dir = join(contentDir, collection);
  const byAddress = new Map<string, string>();
  const reserved = reservedNames(routesDir, ROUTE_FOLDERS[collection]);
  const translatedReserved = collection === 'pages' ? reservedNames(routesDir, ROUTE_FOLDERS.pages, true) : reserved;
  for (const path of mdxFiles(dir)) {
    const file = join(dir, path);
    const parts = path.split(sep);
    const name = parts.at(-1)!.replace(/\.mdx?$/i, '');
    const folder = parts.length > 1 ? parts.slice(0, -1).join('/') : undefined;
    if (folder !== undefined && (!TRANSLATED.includes(collection) || !(TRANSLATED_LOCALES as string[]).includes(folder))) {
      report.problems.push(
        TRANSLATED.includes(collection)
          ? `${file}: folders in content/${collection}/ are for translations and are named after their language (${TRANSLATED_LOCALES.join(', ')}); move the file.`
          : `${file}: content/${collection}/ has no folders (its entries have no translations); move the file into content/${collection}/.`,
      );
      continue;
    }
    if (!/\.mdx$/.test(parts.at(-1)!)) {
      report.problems.push(`${file}: content files end in .mdx; rename it to ${name}.mdx.`);
    }
    if (collection === 'campaigns' ? !/^\d{4}$/.test(name) : !FILE_SLUG.test(name)) {
      report.problems.push(
        collection === 'campaigns'
          ? `${file}: a campaign edition's file name is its year, e.g. 2024.mdx.`
          : `${file}: a file name is part of an address: use only lowercase letters, digits and hyphens, e.g. "${suggestSlug(name)}.mdx".`,
      );
    }
    const names = folder ? translatedReserved : reserved;
    if (names.includes(name.toLowerCase())) {
      report.problems.push(`${file}: the file name "${name}" is taken by a page of the site. Rename the file; these names are reserved in content/${collection}/${folder ? `${folder}/` : ''}: ${names.join(', ')}.`);
    }
    const address = `${folder ?? DEFAULT_LOCALE}/${name.toLowerCase()}`;
    const other = byAddress.get(address);
    if (other) report.problems.push(`${file} and ${other} would have the same address: rename or remove one of them.`);
    else byAddress.set(address, file);

    const read = readUtf8(file);
    if ('problem' in read) {
      report.problems.push(read.problem);
      continue;
    }
    const source = read.text.replace(/^\uFEFF/, '');
    const bodyLength = bodyOf(source).length;
    if (bodyLength > MAX_BODY_CHARACTERS) {
      report.problems.push(`${file}: the body is ${bodyLength.toLocaleString('en')} characters long; the limit is ${MAX_BODY_CHARACTERS.toLocaleString('en')} (a page, PDF or feed longer than that is unusable). Shorten it or split it into several entries.`);
      continue;
    }
    const body = checkBody(source, file, collection);
    report.problems.push(...body.problems);
    report.links.push(...body.siteLinks.map((link) => ({ file, ...link })));
  }
}

/** A file name turned into a slug, to suggest one: "My Release" → "my-release". */
function suggestSlug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-entry';
}

function checkDatasets(contentDir: string, report: ContentReport): void {
  const dir = join(contentDir, 'datasets');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name);
    if (!/\.(csv|json)$/.test(name) || !statSync(file).isFile()) continue;
    if (!FILE_SLUG.test(name.replace(/\.(csv|json)$/, ''))) {
      report.problems.push(`${file}: a dataset's name is part of its download address: use only lowercase letters, digits and hyphens, e.g. "${suggestSlug(name.replace(/\.(csv|json)$/, ''))}${name.slice(name.lastIndexOf('.'))}".`);
    }
    const size = statSync(file).size;
    if (size > MAX_DATASET_BYTES) {
      report.problems.push(`${file}: the file is ${(size / 1e6).toFixed(1)} MB; a dataset may be at most ${MAX_DATASET_BYTES / 1e6} MB (${MAX_DATASET_ROWS.toLocaleString('en')} rows): publish a summary of the figures the site shows.`);
      continue;
    }
    const read = readUtf8(file);
    if ('problem' in read) {
      report.problems.push(read.problem);
      continue;
    }
    if (name.endsWith('.csv')) {
      const rows = read.text.split(/\r?\n/).filter((l) => l.trim() !== '').length - 1;
      if (rows > MAX_DATASET_ROWS) {
        report.problems.push(`${file}: the dataset has ${rows.toLocaleString('en')} rows; the limit is ${MAX_DATASET_ROWS.toLocaleString('en')} (a chart and its table must stay readable on a phone): publish a summary of the figures the site shows.`);
      }
    }
  }
}

/** Every problem of every content file under `contentDir`, and every link to this site they hold. */
export function checkContent(contentDir: string, routesDir = 'src/pages'): ContentReport {
  const report: ContentReport = { problems: [], links: [] };
  for (const collection of Object.keys(BODY_ELEMENTS) as BodyCollection[]) checkCollection(contentDir, routesDir, collection, report);
  checkDatasets(contentDir, report);
  return report;
}

/** A link's target as a file of the built site, e.g. /press/ → press/index.html, or undefined when it has none. */
export function builtFileOf(target: string, outDir: string): string | undefined {
  const path = target.endsWith('/') ? `${target}index.html` : target;
  const file = join(outDir, path);
  if (relative(outDir, file).startsWith('..')) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
