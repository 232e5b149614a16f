import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeText } from '#src/lib/site/html.ts';
import { quoteToPreview } from '#src/lib/cms/quote-component.ts';

describe('HTML escaping', () => {
  it('escapes & < > and " for content or a quoted attribute', () => {
    expect(escapeHtml('Fish & chips <b>"bold"</b>')).toBe('Fish &amp; chips &lt;b&gt;&quot;bold&quot;&lt;/b&gt;');
  });
  it('escapes an ampersand once, before the rest, so an entity in the text stays readable', () => {
    expect(escapeHtml('&lt; means <')).toBe('&amp;lt; means &lt;');
  });
  it('leaves quotation marks in element content as they are', () => {
    expect(escapeText('a "quoted" <word> & more')).toBe('a "quoted" &lt;word&gt; &amp; more');
  });
  it('is what the admin’s quote preview shows, words and attribution alike', () => {
    expect(quoteToPreview({ by: 'A & B', role: 'Role <x>', lang: 'en', text: 'Say "no" <now>' })).toBe(
      '<figure><blockquote lang="en"><p>Say &quot;no&quot; &lt;now&gt;</p></blockquote><figcaption>– A &amp; B, Role &lt;x&gt;</figcaption></figure>',
    );
  });
});
