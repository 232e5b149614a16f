import { describe, expect, it } from 'vitest';
import { blockingStylesheets, formatTable, gzipSize, inlineScripts, pageTypeOf, weightOf } from '../support/page-weight';

describe('page types', () => {
  it.each([
    ['/', 'home'],
    ['/myths/mediation/', 'myth'],
    ['/myths/', 'myths list'],
    ['/press/2018-campaign-launch/', 'press release'],
    ['/campaigns/2018/', 'campaign'],
    ['/impact/method/', 'impact finding or chart'],
    ['/impact/data/', 'impact data'],
    ['/press/media/', 'press room'],
    ['/search/', 'search'],
    ['/404.html', '404'],
    ['/get-help/', 'page (about, get help, toolkit)'],
  ])('%s is a %s page', (path, name) => {
    expect(pageTypeOf(path)?.name).toBe(name);
  });

  it('only myth, press release and campaign pages must fit the first round trip', () => {
    expect(['/myths/x/', '/press/x/', '/campaigns/2018/'].every((p) => pageTypeOf(p)?.firstRoundTrip)).toBe(true);
    expect(['/', '/press/', '/about/', '/impact/x/'].some((p) => pageTypeOf(p)?.firstRoundTrip)).toBe(false);
  });
});

describe('reading built HTML', () => {
  it('finds the stylesheets that block the first paint, not print ones or preloads', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href=/_astro/b.css>
      <link rel="stylesheet" href="/print.css" media="print"><link rel="preload" href="/_astro/f.woff2" as="font">`;
    expect(blockingStylesheets(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
  });

  it('counts inline scripts but not external ones or JSON data', () => {
    const html = `<script type="module">console.log(1)</script><script src="/x.js"></script>
      <script type="application/ld+json">{"a":1}</script><script>  </script>`;
    expect(inlineScripts(html)).toEqual(['console.log(1)']);
  });
});

describe('sizes and tables', () => {
  it('measures gzip on the bytes themselves', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
    expect(weightOf(['abc', 'dé'])).toMatchObject({ raw: 6 });
  });

  it('aligns a table: names left, figures right', () => {
    expect(formatTable(['type', 'size'], [['home', '1 KB'], ['myth', '12 KB']]).split('\n')).toEqual([
      'type   size',
      '----  -----',
      'home   1 KB',
      'myth  12 KB',
    ]);
  });
});
