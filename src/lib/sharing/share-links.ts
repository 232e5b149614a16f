/**
 * Share links: each network's own share address with the page's URL and text, encoded.
 * Plain links, no third-party script: the visitor's browser only talks to a network when they
 * follow its link. Also the embed snippet member organisations paste into their own sites.
 */
import { escapeHtml } from '#src/lib/site/html.ts';

/** What is shared: the page's canonical URL, a title (email subject) and a short text. */
export interface SharedPage {
  url: string;
  title: string;
  text: string;
}

type ShareNetwork = 'email' | 'whatsapp' | 'bluesky' | 'linkedin' | 'facebook' | 'x';

export interface ShareLink {
  network: ShareNetwork;
  /** The network's name, as the link text says it. */
  label: string;
  href: string;
}

/** Longest posts, in characters, where a network has a limit; a link counts as LINK_LENGTH on X and Mastodon. */
const LIMITS = { bluesky: 300, x: 280, mastodon: 500 } as const;
const LINK_LENGTH = 23;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The text cut at a word boundary, with an ellipsis, so that it is at most `max` characters long. */
export function shortenText(text: string, max: number): string {
  const letters = [...segmenter.segment(text)].map((s) => s.segment);
  if (letters.length <= max) return text;
  const cut = letters.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const q = encodeURIComponent;

/** Share links for every network with a share address of its own, in the order shown. */
export function shareLinks(page: SharedPage): ShareLink[] {
  const { url, title, text } = page;
  const bluesky = `${shortenText(text, LIMITS.bluesky - url.length - 1)} ${url}`;
  return [
    // RFC 6068: line breaks in a mailto body are written %0D%0A.
    { network: 'email', label: 'Email', href: `mailto:?subject=${q(title)}&body=${q(`${text}\r\n\r\n${url}`)}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${q(`${text} ${url}`)}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(bluesky)}` },
    { network: 'linkedin', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${q(url)}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?text=${q(shortenText(text, LIMITS.x - LINK_LENGTH - 1))}&url=${q(url)}` },
  ];
}

/** The post a reader shares on Mastodon: text and link, within Mastodon's usual 500 characters. */
export function mastodonPost(page: SharedPage): string {
  return `${shortenText(page.text, LIMITS.mastodon - LINK_LENGTH - 1)} ${page.url}`;
}

/**
 * The Mastodon server's host name from what a reader types: "mastodon.social",
 * "https://mastodon.social/", "@name@mastodon.social" or "name@mastodon.social".
 * Undefined when it is not a host name.
 */
export function mastodonInstance(input: string): string | undefined {
  let host = input.trim().replace(/^@?[\w.-]+@(?=[^@]+$)/, '');
  if (!/^https?:\/\//i.test(host)) host = `https://${host}`;
  let parsed: URL;
  try {
    parsed = new URL(host);
  } catch {
    return undefined;
  }
  const name = parsed.hostname;
  if (parsed.username || parsed.password || parsed.port) return undefined;
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(name)) return undefined;
  return name;
}

/** The share address on the reader's own Mastodon server, or undefined when the server name is not valid. */
export function mastodonShareUrl(instanceInput: string, page: SharedPage): string | undefined {
  const instance = mastodonInstance(instanceInput);
  return instance && `https://${instance}/share?text=${q(mastodonPost(page))}`;
}

/** An image another site can show, with the page it links back to. */
export interface EmbeddedImage {
  pageUrl: string;
  imageUrl: string;
  width: number;
  height: number;
  alt: string;
}

/** Ready-to-paste HTML: the image, scaled to its container, with alt text, linking back to the page. */
export function embedSnippet(image: EmbeddedImage): string {
  const a = escapeHtml;
  return [
    `<a href="${a(image.pageUrl)}">`,
    `  <img src="${a(image.imageUrl)}" width="${image.width}" height="${image.height}" alt="${a(image.alt)}" style="max-width:100%;height:auto">`,
    '</a>',
  ].join('\n');
}
