/**
 * Rules that keep the site saying what its sources say, in every language: translations keep
 * English's sections and links, no interface text promises complete safety, the label beside the
 * exit button is the safety page's own title, and a fact is dated only as its source dates it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DICTIONARIES } from '#src/i18n/ui.ts';
import { TRANSLATED_LOCALES, LOCALE_CODES } from '#src/i18n/locales.ts';
import { NETWORK_FACTS } from '#src/config.ts';

/** Where each site link of an MDX body sits: the number of headings before it (0: before the first). */
function linkSections(file: string, lang: string): { headings: string[]; links: string[]; blocks: string[] } {
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const headings: string[] = [];
  const links: string[] = [];
  /** The kind of each block in order (heading level, list item, paragraph), so no part goes missing. */
  const blocks: string[] = [];
  for (const line of body.split('\n')) {
    const heading = /^(#{1,6}) /.exec(line);
    if (heading) headings.push(heading[1]!);
    if (line.trim())
      blocks.push(heading ? heading[1]! : /^\s*(-|\d+\.) /.test(line) ? 'item' : line.startsWith('<Quote') ? 'quote' : 'paragraph');
    for (const [, href] of line.matchAll(/\]\((\/[^)\s]*)\)/g)) {
      const path = lang === 'en' ? href! : href!.replace(new RegExp(`^/${lang}/`), '/');
      links.push(`${path} in section ${headings.length}`);
    }
  }
  return { headings, links, blocks };
}

const translations = ['pages', 'myths'].flatMap((collection) =>
  TRANSLATED_LOCALES.flatMap((lang) => {
    const folder = join('content', collection, lang);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ lang, file: join(folder, f), english: join('content', collection, f) }));
  }),
);

describe('translated pages', () => {
  it('exist for every language (so the rules below have something to hold)', () => {
    expect(new Set(translations.map((t) => t.lang))).toEqual(new Set(TRANSLATED_LOCALES));
  });

  it.each(translations.map((t) => [t.file, t] as const))(
    '%s has the English headings and links each site link in the same section',
    (_, t) => {
      const english = linkSections(t.english, 'en');
      const translated = linkSections(t.file, t.lang);
      expect(translated.headings, 'heading levels, in order').toEqual(english.headings);
      expect(translated.links.sort(), 'site links and the section each is in').toEqual(english.links.sort());
      expect(translated.blocks, 'paragraphs, list items and quotes, in order').toEqual(english.blocks);
    },
  );
});

describe('the safety page', () => {
  const body = readFileSync('content/pages/safety.mdx', 'utf8');
  it('does not claim the site records nothing, and names what can still show a visit', () => {
    expect(body).not.toMatch(/^Nothing\./m);
    expect(body).toContain('Two things can still show a visit');
    for (const words of [
      'history',
      'cache',
      "web host's logs",
      'keeps no access log',
      'record server errors',
      'includes the internet address of the visitor whose request met the error',
      'Other hosts may keep their own logs',
    ])
      expect(body).toContain(words);
  });
  it('says plainly that Back can show earlier pages again, and what helps', () => {
    expect(body).not.toContain('does not bring it back');
    expect(body).toMatch(/pressing Back can show again the pages of this site[^.]*\. Nothing on this site can prevent that\./);
    expect(body).toContain('a private browsing window or another device');
  });
});

/** Words that promise complete or total safety, in each of the site's languages. */
const COMPLETE_SAFETY =
  /complete(ly)? saf|totally safe|100 ?%|toute sécurité|en toute sûreté|völlig sicher|vollkommen sicher|absolut sicher|totalmente sicur|in tutta sicurezza|completamente segur|total seguridad|toda seguridad|całkowicie bezpieczn|w pełni bezpieczn|pełne bezpieczeństwo/i;

describe('interface dictionaries', () => {
  it.each(LOCALE_CODES)('%s promises no complete safety anywhere', (lang) => {
    const promising = Object.entries(DICTIONARIES[lang]).filter(([, text]) => COMPLETE_SAFETY.test(text));
    expect(promising).toEqual([]);
  });

  it('the rule catches the label the French dictionary had', () => {
    expect(COMPLETE_SAFETY.test('Utiliser ce site en toute sécurité')).toBe(true);
  });

  it.each(LOCALE_CODES)('%s labels the link beside the exit button with the safety page’s own title', (lang) => {
    const file = lang === 'en' ? 'content/pages/safety.mdx' : `content/pages/${lang}/safety.mdx`;
    const title = /^title: "(.*)"$/m.exec(readFileSync(file, 'utf8'))![1];
    expect(DICTIONARIES[lang]['exit.safety']).toBe(title);
  });

  it('English says perpetrator work can increase safety, as the sources do, not that it makes anyone safer', () => {
    const text = Object.values(DICTIONARIES.en).join('\n');
    expect(text).not.toMatch(/makes? (women|partners|children|survivors)[^.]* safer/i);
    expect(DICTIONARIES.en['home.intro']).toContain('can increase the safety of women and children');
  });
});

describe('facts for journalists', () => {
  it.each(NETWORK_FACTS.map((f) => [f.fact, f] as const))('“%s” is dated only as its source dates it', (_, fact) => {
    if (fact.date !== 'undated') expect(fact.source).toContain(fact.date);
  });
});
