/** The interface in every language: one typed dictionary per language, checked for missing keys. */
import { en } from './ui/en.ts';
import { de } from './ui/de.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';
import { es } from './ui/es.ts';
import { pl } from './ui/pl.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

export type UiKey = keyof typeof en;
/** A language's dictionary: every key of the English one, each a string. */
export type Dictionary = { readonly [K in UiKey]: string };

export const DICTIONARIES: Record<Locale, Dictionary> = { en, de, fr, it, es, pl };

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * What is wrong with a dictionary compared with the English one: missing keys, keys English does
 * not have, and translations that lost or renamed a {placeholder}. Empty when it is complete.
 */
export function dictionaryProblems(lang: string, dictionary: Record<string, unknown>, reference: Record<string, string> = en): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) {
    const value = dictionary[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`src/i18n/ui/${lang}.ts is missing the key "${key}" (English: "${reference[key]}").`);
    } else if (placeholders(value).join() !== placeholders(reference[key]!).join()) {
      problems.push(
        `src/i18n/ui/${lang}.ts, key "${key}": expected the placeholders ${
          placeholders(reference[key]!)
            .map((p) => `{${p}}`)
            .join(' ') || '(none)'
        }, found ${
          placeholders(value)
            .map((p) => `{${p}}`)
            .join(' ') || '(none)'
        }.`,
      );
    }
  }
  for (const key of Object.keys(dictionary)) {
    if (!(key in reference))
      problems.push(`src/i18n/ui/${lang}.ts has the key "${key}", which the English dictionary does not: remove it or add it to en.ts.`);
  }
  return problems;
}

/** Throws, listing every problem, when any dictionary is incomplete. Run at the start of every build. */
export function assertCompleteDictionaries(dictionaries: Record<string, Record<string, unknown>> = DICTIONARIES): void {
  const problems = Object.entries(dictionaries).flatMap(([lang, dict]) => dictionaryProblems(lang, dict));
  if (problems.length) throw new Error(`Interface translations are incomplete:\n  ${problems.join('\n  ')}`);
}

/** t(key, values) for one language, e.g. t('myth.label', { n: 3 }) → "Myth 3". */
export function useTranslations(lang: Locale = DEFAULT_LOCALE) {
  const dictionary = DICTIONARIES[lang];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Whether a native-speaking member organisation has reviewed a language's interface and home page.
 * Team translations start false; the home page shows the review notice until an editor sets true.
 */
export const DICTIONARY_REVIEWED: Record<Locale, boolean> = { en: true, de: false, fr: false, it: false, es: false, pl: false };
