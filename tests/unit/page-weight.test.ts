import { describe, expect, it } from 'vitest';
import {
  blockingStylesheets,
  eagerImages,
  externalScripts,
  fontFiles,
  formatTable,
  gzipSize,
  inlineScripts,
  pageTypeOf,
  weightOf,
} from '../support/page-weight.ts';

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
    ['/get-help/', 'page (about, get help)'],
    ['/toolkit/', 'toolkit'],
    ['/toolkit/page/3/', 'toolkit'],
    ['/myths/page/2/', 'myths list'],
    ['/press/page/12/', 'press list'],
    ['/de/myths/page/2/', 'myths list'],
    ['/de/myths/risk/', 'myth'],
  ])('%s is a %s page', (path, name) => {
    expect(pageTypeOf(path)?.name).toBe(name);
  });

  it('myth, press release and campaign pages have the 20 KB budget, every other page 35 KB', () => {
    for (const p of ['/myths/x/', '/press/x/', '/campaigns/2018/', '/pl/myths/x/']) expect(pageTypeOf(p)?.budget, p).toBe(20 * 1024);
    for (const p of ['/', '/press/', '/about/', '/impact/x/', '/search/', '/myths/page/2/'])
      expect(pageTypeOf(p)?.budget, p).toBe(35 * 1024);
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

  it('finds the scripts, eager images and web fonts a first visit downloads', () => {
    const html = `<script type="module" src="/_astro/a.js"></script><script>inline()</script>
      <img src="/myths/x/card.png" width="1" height="1" alt=""><img src="/y.png" loading="lazy" alt="">`;
    expect(externalScripts(html)).toEqual(['/_astro/a.js']);
    expect(eagerImages(html)).toEqual(['/myths/x/card.png']);
    const css = `@font-face{font-family:X;src:url(/_astro/x.woff2) format("woff2")} body{background:url(/bg.png)}`;
    expect(fontFiles(css)).toEqual(['/_astro/x.woff2']);
  });
});

describe('sizes and tables', () => {
  it('measures gzip on the bytes themselves', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
    expect(weightOf(['abc', 'dé'])).toMatchObject({ raw: 6 });
  });

  it('aligns a table: names left, figures right', () => {
    expect(
      formatTable(
        ['type', 'size'],
        [
          ['home', '1 KB'],
          ['myth', '12 KB'],
        ],
      ).split('\n'),
    ).toEqual(['type   size', '----  -----', 'home   1 KB', 'myth  12 KB']);
  });
});
