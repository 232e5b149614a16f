/** The plain-text version, the feed's HTML, the structured data and the document they share. */
import { describe, expect, it } from 'vitest';
import { releaseDocument } from '#src/lib/press/release.ts';
import { releaseText } from '#src/lib/press/to-text.ts';
import { releaseHtml } from '#src/lib/press/to-html.ts';
import { jsonLdText, newsArticleJsonLd, organizationJsonLd } from '#src/lib/site/structured-data.ts';
import { publicationNote } from '#src/lib/content/rules.ts';
import { formatDateTime } from '#src/lib/site/format.ts';
import { accentsRelease } from '../fixtures/releases/accents.ts';

const NOW = new Date('2027-01-01T00:00:00Z');
const doc = releaseDocument(accentsRelease, NOW);

describe('releaseDocument', () => {
  it('gives the dateline, the page address and the release’s own contact, and adds no boilerplate it did not carry', () => {
    expect(doc.dateline).toBe('Kraków, 25 November 2026');
    expect(doc.url).toMatch(/^https:\/\/[^/]+\/press\/accents\/$/);
    expect(doc.closing).toEqual([
      {
        id: 'media-contact',
        heading: 'Media contact',
        paragraph: [{ text: 'Zoë Łukasiewicz: ' }, { text: 'press@example.org', href: 'mailto:press@example.org' }],
      },
    ]);
    expect(doc.notice).toBeUndefined();
  });

  it('keeps the release’s own boilerplate, and sets the network’s contact apart as not part of the original', () => {
    const { mediaContact: _none, ...data } = accentsRelease.data;
    const own = releaseDocument(
      { ...accentsRelease, data: { ...data, about: 'WWP EN was, as issued then, a network of 55 members.' } },
      NOW,
    );
    expect(own.closing.map((section) => section.heading)).toEqual(['About WWP EN', 'Contacting WWP EN']);
    expect(own.closing[0]!.paragraph[0]!.text).toBe('WWP EN was, as issued then, a network of 55 members. More at ');
    expect(own.closing[0]!.addedNote).toBeUndefined();
    expect(own.closing[1]!.addedNote).toMatch(/^Not part of the original, which names no media contact/);
    expect(own.closing[1]!.paragraph).toEqual([
      { text: 'WWP EN: ' },
      { text: 'info@work-with-perpetrators.eu', href: 'mailto:info@work-with-perpetrators.eu' },
    ]);
  });
});

describe('releaseText', () => {
  const text = releaseText(doc);
  const paragraphs = text.trim().split('\n\n');

  it('sets out label, headline, dateline, body, contact and address, in that order, adding no boilerplate', () => {
    expect(paragraphs.slice(0, 3)).toEqual(['PRESS RELEASE', 'Café, Straße, Łódź: 5 € – “quoted” headline', 'Kraków, 25 November 2026']);
    expect(paragraphs.at(-3)).toBe('The last paragraph links www.work-with-perpetrators.eu.');
    expect(paragraphs.at(-2)).toBe('Media contact\nZoë Łukasiewicz: press@example.org');
    expect(paragraphs.at(-1)).toBe(`This release online: ${doc.url}`);
    expect(text).not.toContain('About WWP EN');
  });

  it('marks the network’s general contact as not part of a release that names no media contact', () => {
    const { mediaContact: _none, ...data } = accentsRelease.data;
    const parts = releaseText(releaseDocument({ ...accentsRelease, data }, NOW))
      .trim()
      .split('\n\n');
    expect(parts.at(-2)).toBe(
      'Contacting WWP EN\nNot part of the original, which names no media contact: the general contact of WWP EN.\nWWP EN: info@work-with-perpetrators.eu',
    );
    expect(parts.join('\n')).not.toMatch(/^Media contact$/m);
  });

  it('puts quotes in quotation marks with their speaker, keeps lists and gives link addresses once', () => {
    expect(paragraphs).toContain('“Größe matters – “naïve” façades cost 5 € in Łódź.”\n– Renée Groß, Spokesperson');
    expect(paragraphs).toContain('“Paragraph one of a long quote.\nParagraph two of a long quote.”\n– Jan Kowalski');
    expect(paragraphs).toContain('- First point, with é.\n- Second point, with €.');
    expect(paragraphs).toContain('1. Ordered one.\n2. Ordered two.');
    expect(paragraphs).toContain(
      'The first paragraph has emphasis, strong words and a link to the network (https://www.work-with-perpetrators.eu/). It continues on a second source line.',
    );
    expect(paragraphs).toContain('The last paragraph links www.work-with-perpetrators.eu.');
  });

  it('leads with the reason a release is not published, on the dev server', () => {
    const embargoed = releaseDocument(
      { ...accentsRelease, data: { ...accentsRelease.data, embargoUntil: new Date('2027-06-01T07:00:00Z') } },
      NOW,
    );
    expect(releaseText(embargoed).split('\n\n')[0]).toBe('EMBARGOED UNTIL 1 JUNE 2027, 07:00 UTC: NOT PUBLISHED YET');
  });
});

describe('releaseHtml', () => {
  const html = releaseHtml(doc);

  it('keeps emphasis, links, headings, lists and attributed quotes', () => {
    expect(html).toContain(
      '<p>The first paragraph has <em>emphasis</em>, <strong>strong words</strong> and a <a href="https://www.work-with-perpetrators.eu/">link to the network</a>. It continues on a second source line.</p>',
    );
    expect(html).toContain('<h2>A heading with ł and ß</h2>');
    expect(html).toContain('<ul><li>First point, with é.</li><li>Second point, with €.</li></ul>');
    expect(html).toContain(
      '<figure><blockquote><p>Paragraph one of a long quote.</p><p>Paragraph two of a long quote.</p></blockquote><figcaption>– Jan Kowalski</figcaption></figure>',
    );
    expect(html).toContain('<p>Zoë Łukasiewicz: <a href="mailto:press@example.org">press@example.org</a></p>');
  });

  it('sets the network’s contact apart, labelled, in a release that names no media contact', () => {
    const { mediaContact: _none, ...data } = accentsRelease.data;
    const plain = releaseHtml(releaseDocument({ ...accentsRelease, data }, NOW));
    expect(plain).toContain(
      '<h2>Contacting WWP EN</h2>\n<p><em>Not part of the original, which names no media contact: the general contact of WWP EN.</em></p>',
    );
    expect(plain).not.toContain('Media contact');
    expect(plain).not.toContain('About WWP EN');
  });

  it('escapes markup in the words', () => {
    const tricky = releaseDocument(
      {
        ...accentsRelease,
        body: 'Fish & chips, and `</p><script>` written as code, and [a "quoted" link](https://example.org/?a=1&b="2").',
      },
      NOW,
    );
    expect(releaseHtml(tricky)).toContain(
      '<p>Fish &amp; chips, and &lt;/p&gt;&lt;script&gt; written as code, and <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">a “quoted” link</a>.</p>',
    );
  });
});

describe('structured data', () => {
  it('describes a release as a NewsArticle by the network, without an image it does not have', () => {
    const article = newsArticleJsonLd(doc);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: doc.title,
      datePublished: '2026-11-25',
      dateline: 'Kraków, 25 November 2026',
      url: doc.url,
      author: { '@type': 'Organization', name: 'European Network for the Work with Perpetrators of Domestic Violence' },
    });
    expect(article.publisher).toEqual(article.author);
    expect(article).not.toHaveProperty('image');
    expect(newsArticleJsonLd(doc, 'https://example.org/card.png')).toHaveProperty('image', 'https://example.org/card.png');
  });

  it('names the network with its address and social accounts', () => {
    expect(organizationJsonLd()).toMatchObject({
      '@type': 'Organization',
      alternateName: 'WWP EN',
      email: 'info@work-with-perpetrators.eu',
      address: { addressLocality: 'Berlin' },
    });
    expect(organizationJsonLd().sameAs).toContain('https://x.com/wwp_en');
  });

  it('writes JSON that cannot close its script element', () => {
    const data = { headline: 'Before </script><script>alert(1)</script> after' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('publicationNote', () => {
  const embargo = new Date('2026-11-25T08:00:00Z');
  it('says why the dev server shows a release the published site leaves out, until the second it is public', () => {
    expect(publicationNote({ draft: true }, NOW)).toBe('Draft: not published');
    expect(publicationNote({ embargoUntil: embargo }, new Date('2026-11-25T07:59:59Z'))).toBe(
      `Embargoed until ${formatDateTime(embargo, 'en')}: not published yet`,
    );
    expect(formatDateTime(embargo, 'en')).toBe('25 November 2026, 08:00 UTC');
    expect(publicationNote({ embargoUntil: embargo }, embargo)).toBeUndefined();
    expect(publicationNote({}, NOW)).toBeUndefined();
  });
});
