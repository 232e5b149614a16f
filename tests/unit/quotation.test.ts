import { describe, expect, it } from 'vitest';
import { attribution, paragraphMarks, quotationMarks, quoted } from '#src/lib/site/quotation.ts';
import { LOCALE_CODES } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/ui.ts';

describe('quotation marks', () => {
  it('are each language’s own', () => {
    expect(quoted('words', 'en')).toBe('“words”');
    expect(quoted('Worte', 'de')).toBe('„Worte“');
    expect(quoted('mots', 'fr')).toBe('«\u00a0mots\u00a0»');
    expect(quoted('parole', 'it')).toBe('«parole»');
    expect(quoted('palabras', 'es')).toBe('«palabras»');
    expect(quoted('słowa', 'pl')).toBe('„słowa”');
  });
  it('enclose a quote of several paragraphs as a whole', () => {
    expect([0, 1, 2].map((i) => paragraphMarks(i, 3, 'en'))).toEqual([
      { open: '“', close: '' },
      { open: '', close: '' },
      { open: '', close: '”' },
    ]);
    expect(paragraphMarks(0, 1, 'de')).toEqual({ open: '„', close: '“' });
  });
  it('are the marks the translations quote a myth with in its share text and card alt text', () => {
    for (const lang of LOCALE_CODES) {
      const t = useTranslations(lang);
      const { open, close } = quotationMarks(lang);
      expect(t('myth.shareText', { myth: 'M', fact: 'F' }), lang).toContain(`${open}M${close}`);
      expect(t('myth.cardAlt', { myth: 'M', fact: 'F', site: 'S', address: 'A' }), lang).toContain(`${open}M${close}`);
    }
  });
});

describe('attribution', () => {
  it('names who said it and, where given, their role', () => {
    expect(attribution({ by: 'Alessandra Pauncz', role: 'WWP EN Executive Director' })).toBe(
      '– Alessandra Pauncz, WWP EN Executive Director',
    );
    expect(attribution({ by: 'WWP EN' })).toBe('– WWP EN');
    expect(attribution({ by: 'WWP EN', role: '' })).toBe('– WWP EN');
  });
});
