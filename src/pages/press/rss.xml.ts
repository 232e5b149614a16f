/**
 * RSS 2.0 feed of the public press releases, newest first, each with its full text. A release
 * whose source states only its year has no pubDate (RSS has no way to say "2023"; a made-up day
 * would be read as the day it came out); the channel's lastBuildDate says when the feed was built.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublicPress, releaseDocumentOf } from '#src/lib/content/collections.ts';
import { releaseHtml } from '#src/lib/press/to-html.ts';
import { escapeHtml } from '#src/lib/site/html.ts';
import { NETWORK, PRESS_FEED, SITE } from '#src/config.ts';
import { absoluteUrl, urls } from '#src/lib/site/urls.ts';
import { DEFAULT_LOCALE, LOCALES } from '#src/i18n/locales.ts';
import { buildTime } from '#src/lib/content/rules.ts';

export const GET: APIRoute = async () => {
  const releases = await getPublicPress();
  return rss({
    title: PRESS_FEED.title,
    description: PRESS_FEED.description,
    site: SITE.url,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${LOCALES[DEFAULT_LOCALE].tag.toLowerCase()}</language><lastBuildDate>${buildTime().toUTCString()}</lastBuildDate><atom:link href="${escapeHtml(absoluteUrl(PRESS_FEED.path))}" rel="self" type="application/rss+xml"/>`,
    items: releases.map((release) => {
      const doc = releaseDocumentOf(release);
      const downloads = `<p>Download this release: <a href="${absoluteUrl(urls.pressPdf(release))}">PDF</a> · <a href="${absoluteUrl(urls.pressText(release))}">plain text</a></p>`;
      return {
        title: doc.title,
        link: urls.press(release),
        // A release whose source gives only the year has no day to state.
        pubDate: release.data.datePrecision === 'year' ? undefined : doc.date,
        // Feed readers show a description as HTML, so the summary's words are escaped as in content:encoded.
        description: escapeHtml(doc.summary),
        content: `${releaseHtml(doc)}\n${downloads}`,
        author: `${NETWORK.email} (${NETWORK.shortName})`,
      };
    }),
  });
};
