import { describe, expect, it } from 'vitest';
import {
  embedSnippet,
  mastodonInstance,
  mastodonPost,
  mastodonShareUrl,
  shareLinks,
  shortenText,
  type SharedPage,
} from '#src/lib/sharing/share-links.ts';

const page: SharedPage = {
  url: 'https://campaign.work-with-perpetrators.eu/myths/mediation/',
  title: 'Myth: Perpetrator programmes are a form of mediation or couple’s counselling',
  text: "Myth: “Perpetrator programmes are a form of mediation or couple's counselling” In fact, perpetrator programmes are obliged to comply with the Istanbul Convention & prohibit mediation? #yes = 100%",
};

const graphemes = (s: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s)].length;

function link(network: string) {
  const found = shareLinks(page).find((l) => l.network === network);
  if (!found) throw new Error(`no ${network} link`);
  return new URL(found.href);
}

describe('shareLinks', () => {
  it('offers email, WhatsApp, Bluesky, LinkedIn, Facebook and X', () => {
    expect(shareLinks(page).map((l) => l.label)).toEqual(['Email', 'WhatsApp', 'Bluesky', 'LinkedIn', 'Facebook', 'X']);
  });

  it('opens each network’s own share address', () => {
    expect(link('whatsapp').origin + link('whatsapp').pathname).toBe('https://wa.me/');
    expect(link('bluesky').origin + link('bluesky').pathname).toBe('https://bsky.app/intent/compose');
    expect(link('linkedin').origin + link('linkedin').pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    expect(link('facebook').origin + link('facebook').pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(link('x').origin + link('x').pathname).toBe('https://x.com/intent/post');
    expect(link('email').protocol).toBe('mailto:');
  });

  it('decodes back to the page URL and text, special characters intact', () => {
    expect(link('linkedin').searchParams.get('url')).toBe(page.url);
    expect(link('facebook').searchParams.get('u')).toBe(page.url);
    expect(link('x').searchParams.get('url')).toBe(page.url);
    expect(link('x').searchParams.get('text')).toBe(page.text);
    expect(link('whatsapp').searchParams.get('text')).toBe(`${page.text} ${page.url}`);
    expect(link('bluesky').searchParams.get('text')).toBe(`${page.text} ${page.url}`);
    const email = link('email');
    expect(email.searchParams.get('subject')).toBe(page.title);
    expect(email.searchParams.get('body')).toBe(`${page.text}\r\n\r\n${page.url}`);
  });

  it('never writes a character that a URL would read differently', () => {
    for (const { href } of shareLinks(page)) {
      const query = href.slice(href.indexOf('?') + 1);
      // Spaces, '+', '#', and '&' inside a value would each change what the network receives.
      expect(query).not.toMatch(/[ +#"<>“”’]/);
      expect(query.split('&').every((pair) => /^[a-z]+=[^=]*$/.test(pair))).toBe(true);
    }
  });

  it('keeps posts within Bluesky’s 300 and X’s 280 characters, always with the whole link', () => {
    const long = { ...page, text: `${page.text} ${'and more words '.repeat(40)}` };
    const links = shareLinks(long);
    const bluesky = new URL(links.find((l) => l.network === 'bluesky')!.href).searchParams.get('text')!;
    expect(graphemes(bluesky)).toBeLessThanOrEqual(300);
    expect(bluesky.endsWith(` ${page.url}`)).toBe(true);
    const x = new URL(links.find((l) => l.network === 'x')!.href).searchParams.get('text')!;
    expect(graphemes(x) + 1 + 23).toBeLessThanOrEqual(280);
    expect(x.endsWith('…')).toBe(true);
  });
});

describe('shortenText', () => {
  it('leaves short text alone and cuts long text at a word, with an ellipsis', () => {
    expect(shortenText('Short text.', 50)).toBe('Short text.');
    expect(shortenText('One two three four five six', 16)).toBe('One two three…');
    expect(graphemes(shortenText('Zażółć gęślą jaźń '.repeat(10), 40))).toBeLessThanOrEqual(40);
  });
});

describe('Mastodon', () => {
  it('finds the server in what a reader types', () => {
    expect(mastodonInstance('mastodon.social')).toBe('mastodon.social');
    expect(mastodonInstance('  https://Mastodon.Social/ ')).toBe('mastodon.social');
    expect(mastodonInstance('@someone@eupolicy.social')).toBe('eupolicy.social');
    expect(mastodonInstance('someone@social.example.org')).toBe('social.example.org');
    expect(mastodonInstance('https://mastodon.social/@someone')).toBe('mastodon.social');
  });

  it('rejects what is not a server name', () => {
    for (const bad of [
      '',
      'mastodon',
      'not a server',
      'javascript:alert(1)',
      'user:pw@evil.example',
      'mastodon.social:8080',
      '-bad-.example',
      'a..b',
    ]) {
      expect(mastodonInstance(bad), bad).toBeUndefined();
    }
  });

  it('opens the share page of the reader’s own server with the text and the page URL', () => {
    const href = mastodonShareUrl('@someone@eupolicy.social', page)!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://eupolicy.social/share');
    expect(url.searchParams.get('text')).toBe(mastodonPost(page));
    expect(url.searchParams.get('text')).toBe(`${page.text} ${page.url}`);
    expect(mastodonShareUrl('nonsense', page)).toBeUndefined();
  });
});

describe('embedSnippet', () => {
  const image = {
    pageUrl: page.url,
    imageUrl: 'https://campaign.work-with-perpetrators.eu/myths/mediation/card.png',
    width: 1200,
    height: 630,
    alt: 'Myth: “a form of mediation or couple\'s counselling” <b>In fact</b> & "quoted"',
  };
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const attribute = (html: string, name: string) => decode(new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1] ?? '');

  it('is an image with alt text and size, linking back to the page', () => {
    const html = embedSnippet(image);
    expect(html).toMatch(/^<a href="[^"]+">\n {2}<img [^>]+>\n<\/a>$/);
    expect(attribute(html, 'href')).toBe(page.url);
    expect(attribute(html, 'src')).toBe(image.imageUrl);
    expect(attribute(html, 'alt')).toBe(image.alt);
    expect(attribute(html, 'width')).toBe('1200');
    expect(attribute(html, 'height')).toBe('630');
  });
});
