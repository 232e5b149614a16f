import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlAttributes, localizedPath, splitLocalePath, LOCALES, type LocaleConfig } from '#src/i18n/locales.ts';
import { hreflangAlternates, urls } from '#src/lib/site/urls.ts';
import { localeOfPath, localizedPaths } from '#src/i18n/routing.ts';
import { DICTIONARIES, assertCompleteDictionaries, dictionaryProblems, useTranslations } from '#src/i18n/ui.ts';
import { formatDate } from '#src/lib/site/format.ts';
import { en } from '#src/i18n/ui/en.ts';
import { mythSchema } from '#src/lib/content/schemas.ts';
import { layoutCard } from '#src/lib/sharing/cards/render.ts';
import { mythCardContent, mythCardFiles } from '#src/lib/sharing/cards/myth-card.ts';

describe('languages and addresses', () => {
  it('keeps English addresses and prefixes the others', () => {
    expect(localizedPath('en', '/myths/risk/')).toBe('/myths/risk/');
    expect(localizedPath('pl', '/myths/risk/')).toBe('/pl/myths/risk/');
    expect(splitLocalePath('/de/myths/risk/')).toEqual({ lang: 'de', path: '/myths/risk/' });
    expect(splitLocalePath('/de/')).toEqual({ lang: 'de', path: '/' });
    expect(splitLocalePath('/myths/risk/')).toEqual({ lang: 'en', path: '/myths/risk/' });
    // A section whose name looks like a language code but is not one of ours stays English.
    expect(splitLocalePath('/xx/')).toEqual({ lang: 'en', path: '/xx/' });
  });

  it('takes the writing direction from the locale config, so a right-to-left language needs no code', () => {
    const arabic: LocaleConfig = { name: 'العربية', tag: 'ar', hreflang: 'ar', og: 'ar_AR', dir: 'rtl' };
    expect(htmlAttributes('ar', arabic)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(splitLocalePath('/ar/myths/', ['en', 'ar'])).toEqual({ lang: 'ar', path: '/myths/' });
    expect(htmlAttributes('de', LOCALES.de)).toEqual({ lang: 'de', dir: 'ltr' });
  });

  it('gives page heads and the sitemap the same alternates: language tags without region, and x-default', () => {
    expect(hreflangAlternates(['pl', 'en', 'de'], '/myths/risk/', 'https://example.org')).toEqual([
      { hreflang: 'en', href: 'https://example.org/myths/risk/' },
      { hreflang: 'de', href: 'https://example.org/de/myths/risk/' },
      { hreflang: 'pl', href: 'https://example.org/pl/myths/risk/' },
      { hreflang: 'x-default', href: 'https://example.org/myths/risk/' },
    ]);
    // A page in one language has no alternates.
    expect(hreflangAlternates(['en'], '/press/', 'https://example.org/')).toEqual([]);
  });

  it('builds every address of a list, a myth and its cards in each language from one place', () => {
    expect(urls.mythList('de')).toBe('/de/myths/');
    expect(urls.mythList('de', 2)).toBe('/de/myths/page/2/');
    expect(urls.pressList('en', 3)).toBe('/press/page/3/');
    expect(urls.myth({ slug: 'risk', lang: 'fr' })).toBe('/fr/myths/risk/');
    expect(urls.mythCard({ slug: 'risk', lang: 'en' }, 'square.png')).toBe('/myths/risk/square.png');
    expect(urls.page('get-help', 'pl')).toBe('/pl/get-help/');
    // Press releases, editions and IMPACT are in English only: their addresses have no language.
    expect(urls.pressPdf({ id: '2018-campaign-launch' })).toBe('/press/2018-campaign-launch.pdf');
    expect(urls.campaign({ year: 2018 })).toBe('/campaigns/2018/');
  });

  it('reads a page’s language from the start of its address only', () => {
    expect(localeOfPath('/de/myths/risk/')).toBe('de');
    expect(localeOfPath('/myths/risk/card.png')).toBe('en');
    // An English page whose slug is a language code stays English.
    expect(localeOfPath('/voices/it/')).toBe('en');
    expect(localeOfPath('/press/pl.pdf')).toBe('en');
  });

  it('gives a route its paths in every language, English without a prefix, each with its cache key', async () => {
    const paths = await localizedPaths((locale) =>
      locale === 'en' || locale === 'pl' ? [{ params: { slug: 'risk' }, cacheKey: `key-${locale}` }] : [],
    );
    expect(paths).toEqual([
      { params: { locale: undefined, slug: 'risk' }, cacheKey: 'key-en' },
      { params: { locale: 'pl', slug: 'risk' }, cacheKey: 'key-pl' },
    ]);
  });

  it('names every language in itself', () => {
    expect(Object.values(LOCALES).map((l) => l.name)).toEqual(['English', 'Deutsch', 'Français', 'Italiano', 'Español', 'Polski']);
  });

  it('formats dates in each language through Intl', () => {
    const day = new Date('2018-11-25');
    expect(formatDate(day, 'en')).toBe('25 November 2018');
    expect(formatDate(day, 'de')).toBe('25. November 2018');
    expect(formatDate(day, 'pl')).toBe('25 listopada 2018');
  });
});

describe('interface dictionaries', () => {
  it('are complete in every language', () => {
    expect(() => assertCompleteDictionaries()).not.toThrow();
    for (const [lang, dictionary] of Object.entries(DICTIONARIES)) expect(dictionaryProblems(lang, dictionary)).toEqual([]);
  });

  it('name a missing key, an extra key and a lost placeholder', () => {
    const { 'nav.myths': _gone, ...withoutKey } = DICTIONARIES.de;
    expect(dictionaryProblems('de', withoutKey)).toEqual([`src/i18n/ui/de.ts is missing the key "nav.myths" (English: "Myths").`]);
    expect(dictionaryProblems('de', { ...DICTIONARIES.de, 'nav.typo': 'x' })).toEqual([
      'src/i18n/ui/de.ts has the key "nav.typo", which the English dictionary does not: remove it or add it to en.ts.',
    ]);
    expect(dictionaryProblems('fr', { ...DICTIONARIES.fr, 'myth.label': 'Mythe' })[0]).toMatch(
      /key "myth.label": expected the placeholders \{n\}, found \(none\)/,
    );
    expect(() => assertCompleteDictionaries({ en, de: withoutKey })).toThrow('src/i18n/ui/de.ts is missing the key "nav.myths"');
  });

  it('fill placeholders and translate the interface', () => {
    expect(useTranslations('en')('myth.label', { n: 3 })).toBe('Myth 3');
    expect(useTranslations('de')('nav.myths')).not.toBe(en['nav.myths']);
    expect(useTranslations('pl')('myth.label', { n: 3 })).toContain('3');
  });
});

describe('translated content', () => {
  const myth = {
    order: 5,
    slug: 'mediation',
    myth: 'Programy dla sprawców przemocy są formą mediacji',
    summary: 'Dlaczego programy nie są mediacją.',
    sources: [{ label: 'Ulotka WWP EN' }],
  };

  it('asks English facts to start "In fact, " but lets translations use their own words', () => {
    expect(mythSchema.safeParse({ ...myth, lang: 'pl', fact: 'W rzeczywistości programy muszą przestrzegać Konwencji.' }).success).toBe(
      true,
    );
    const english = mythSchema.safeParse({ ...myth, lang: 'en', fact: 'They must comply with the Convention.' });
    expect(english.success ? '' : english.error.issues[0]!.message).toBe('Expected the fact to start with "In fact, ".');
    expect(mythSchema.parse({ ...myth, fact: 'In fact, no.' }).reviewed).toBe(false);
  });

  it('renders a Polish card with every diacritic in the site typeface, at its own address', async () => {
    const source = readFileSync('content/myths/pl/mediation.mdx', 'utf8');
    const field = (name: string) => JSON.parse(new RegExp(`^${name}: (".*")$`, 'm').exec(source)![1]!) as string;
    const polish = { order: 5, slug: 'mediation', lang: 'pl' as const, myth: `${field('myth')} ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ`, fact: field('fact') };
    const layout = await layoutCard(mythCardContent(polish), '1200x630');
    const text = layout.textBoxes.map((b) => b.text).join(' ');
    for (const letter of 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ') expect(text).toContain(letter);
    expect(mythCardFiles(polish).map((c) => c.path)).toEqual(['/pl/myths/mediation/card.png', '/pl/myths/mediation/square.png']);
    expect(mythCardFiles(polish)[0]!.downloadName).toBe('responsible-together-myth-mediation-pl-1200x630.png');
  }, 30_000);
});
