import type { AstroIntegration } from 'astro';
import { assertCompleteDictionaries } from '#src/i18n/ui.ts';

/**
 * Stops the build before anything is rendered when a language's dictionary lacks a key (or has a
 * key English does not, or lost a {placeholder}), naming the file and the key.
 */
export function i18nCheck(): AstroIntegration {
  return {
    name: 'rt-i18n-check',
    hooks: {
      'astro:config:setup': () => assertCompleteDictionaries(),
    },
  };
}
