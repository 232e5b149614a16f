/**
 * What the admin writes is what the build reads, and it rewrites nothing on its own: every entry
 * in content/ comes back byte for byte from the admin's writer alone (content is kept in its
 * house style), and so does every <Quote> from the Quote form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetReadFiles, fromFile, toFile } from '#src/lib/cms/mdx-format.ts';
import { QUOTE_PATTERN, quoteFromBlock, quoteToBlock } from '#src/lib/cms/quote-component.ts';
import { pressSchema } from '#src/lib/content/schemas.ts';

const COLLECTIONS = ['press', 'myths', 'campaigns', 'impact', 'voices', 'pages'];
const entries = COLLECTIONS.flatMap((collection) =>
  (readdirSync(join('content', collection), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('content', collection, f)),
);

beforeEach(() => forgetReadFiles());

/** The file without the comment lines of its front matter (the body's # headings stay). */
function withoutFrontMatterComments(text: string): string {
  const end = text.indexOf('\n---\n', 4);
  return text.slice(0, end).replace(/^\s*#.*\n/gm, '') + text.slice(end);
}

describe('the admin writes entries as the site keeps them', () => {
  it('finds the entries', () => expect(entries.length).toBeGreaterThan(20));

  it.each(entries)('%s: read and written again without a change, byte for byte; a fresh writer changes only the comments', (file) => {
    const text = readFileSync(file, 'utf8');
    const data = fromFile(text);
    expect(toFile(data)).toBe(text);
    forgetReadFiles();
    // YAML comments in front matter (notes on sources) survive a save without change, not an edit.
    expect(toFile(structuredClone(data))).toBe(withoutFrontMatterComments(text));
  });

  // The editor's rich text mode writes emphasis as _word_: a body with *word* would be rewritten
  // by opening the entry and saving it unchanged (tests/e2e/admin.spec.ts sees this for English entries).
  it.each(entries)('%s: writes emphasis as _word_, the form the editor writes', (file) => {
    const body = readFileSync(file, 'utf8')
      .split(/\n---\n/)
      .slice(1)
      .join('\n---\n');
    const starred = body
      .split('\n')
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => /(^|[^*\w])\*[^*\s][^*]*?\*(?![*\w])/.test(line.replace(/\\\*/g, ''))); // \* is a plain asterisk
    expect(starred.map(({ line, i }) => `${file}, body line ${i + 1}: ${line}`)).toEqual([]);
  });

  it('leaves empty optional fields out, quotes an embargo time, keeps dates as YYYY-MM-DD and the campaign as a year', () => {
    const text = toFile({
      title: 'A release written in the admin',
      date: '2026-11-25',
      location: '',
      campaign: '2024',
      summary: 'A release written in the admin, to check what it writes.',
      about: null,
      mediaContact: { name: '', email: '' },
      draft: false,
      embargoUntil: '2026-11-25T09:00:00+01:00',
      sources: [{ label: 'Test', url: '' }],
      body: 'Text.\n\n<Quote by="A Person" role="A role">Words.</Quote>',
    });
    expect(text).toBe(
      '---\ntitle: "A release written in the admin"\ndate: 2026-11-25\ncampaign: 2024\nsummary: "A release written in the admin, to check what it writes."\n' +
        'draft: false\nembargoUntil: "2026-11-25T09:00:00+01:00"\nsources:\n  - label: Test\n---\n\nText.\n\n<Quote by="A Person" role="A role">Words.</Quote>\n',
    );
    const front = parse(text.split('---')[1]!, { version: '1.1' });
    const release = pressSchema.parse(front);
    expect(release.embargoUntil?.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(release.date.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });
});

describe('the Quote form', () => {
  const quotes = entries.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(new RegExp(QUOTE_PATTERN.source, 'gm'))].map((m) => [file, m[0]] as const),
  );

  it('reads every quote in content/', () => {
    const all = entries.flatMap((file) => readFileSync(file, 'utf8').match(/<Quote\b[^>]*>/g) ?? []);
    expect(quotes.length).toBe(all.length);
    expect(quotes.length).toBeGreaterThan(5);
  });

  it.each(quotes)('%s: writes the quote back unchanged: %s', (_file, block) => {
    expect(quoteToBlock(quoteFromBlock(block.match(QUOTE_PATTERN)!))).toBe(block);
  });

  it('writes what an editor fills in as the site expects it, without markup', () => {
    expect(quoteToBlock({ by: 'Alessandra Pauncz', role: 'WWP EN Executive Director', lang: 'en', text: 'Words\non two lines <b>' })).toBe(
      '<Quote by="Alessandra Pauncz" role="WWP EN Executive Director" lang="en">Words on two lines ‹b></Quote>',
    );
    expect(quoteToBlock({ by: 'Someone "quoted"', role: '', lang: '', text: 'x' })).toBe(
      '<Quote by="Someone &quot;quoted&quot;">x</Quote>',
    );
  });
});
