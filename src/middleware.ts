/**
 * Finds the language of each page from its address, once, for every component to read with
 * pageLocale(Astro) (src/i18n/routing.ts). Not Astro.currentLocale: Astro also takes a language
 * from any route parameter, so an English voice or myth whose slug is a language code ("it")
 * would be rendered in that language.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from '#src/i18n/routing.ts';
import type { Locale } from '#src/i18n/locales.ts';

declare global {
  namespace App {
    interface Locals {
      /** The language of the page being rendered. */
      locale: Locale;
    }
  }
}

export const onRequest = defineMiddleware((context, next) => {
  context.locals.locale = localeOfPath(context.url.pathname);
  return next();
});
