import { describe, expect, it } from 'vitest';
import { BODY_ELEMENTS, checkBody, type BodyCollection } from '#src/lib/content/body-rules.ts';

const FRONT = '---\ntitle: A title\n---\n';
/** The problems of a body written after three lines of front matter, in a file named x.mdx. */
const problems = (body: string, collection: BodyCollection = 'myths') => checkBody(FRONT + body, 'x.mdx', collection).problems;
const ALL = Object.keys(BODY_ELEMENTS) as BodyCollection[];

describe('bodies are text, not code', () => {
  it.each(ALL)('%s accepts paragraphs, headings, lists, links, emphasis and <Quote>', (collection) => {
    const body =
      '\nA paragraph with *emphasis*, **bold** and a [link](https://example.org/).\n\n## A heading\n\n- one\n- two\n\n<Quote by="Name" role="Role">Words.</Quote>\n\n{/* a comment stays */}\n';
    expect(problems(body, collection)).toEqual([]);
  });

  it.each(ALL)('%s refuses expressions, naming the line (after blank lines too)', (collection) => {
    expect(problems('\n\nText {1 + 1} here.\n', collection)).toEqual([expect.stringMatching(/^x\.mdx:6: text in braces/)]);
    expect(problems('\n{globalThis.x}\n', collection)).toEqual([expect.stringMatching(/^x\.mdx:5: text in braces/)]);
  });

  it.each(ALL)('%s refuses import and export', (collection) => {
    const found = problems('\nimport X from "node:fs"\n\nexport const y = 1\n', collection);
    expect(found).toEqual([expect.stringMatching(/^x\.mdx:5: import and export/), expect.stringMatching(/^x\.mdx:7: import and export/)]);
  });

  it.each([
    'meta http-equiv="refresh" content="0"',
    'iframe src="https://example.org/"',
    'link rel="prefetch" href="https://example.org/"',
    'img src="https://example.org/a.png" alt=""',
    'script',
    'style',
    'object',
    'form',
    'base href="https://example.org/"',
    'a href="javascript:x"',
    'Chart',
    'Fragment',
  ])('refuses <%s>, naming line and element and what may be used instead', (element) => {
    const name = element.split(' ')[0];
    const found = problems(`\nText.\n\n<${element} />\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^x\\.mdx:7: <${name}> is not allowed in myths bodies, which may use paragraphs`));
  });

  it('refuses an element inside a line of text and inside a quote', () => {
    expect(problems('\nSome <span>words</span>.\n')).toEqual([expect.stringMatching(/^x\.mdx:5: <span> is not allowed/)]);
    expect(problems('\n<Quote by="A">Some <b>words</b>.</Quote>\n')).toEqual([expect.stringMatching(/^x\.mdx:5: <b> is not allowed/)]);
  });

  it("refuses code in a component's attributes, and attributes it does not take", () => {
    expect(problems('\n<Quote by={process.env.HOME}>w</Quote>\n')[0]).toMatch(/x\.mdx:5: <Quote by> must be written as text in quotes/);
    expect(problems('\n<Quote {...props}>w</Quote>\n')[0]).toMatch(/is code, which bodies may not contain/);
    expect(problems('\n<Quote by="A" onclick="x">w</Quote>\n')[0]).toMatch(/<Quote> takes only by="…", role="…", lang="…" \(got onclick\)/);
  });

  it('refuses what press release downloads cannot show, and what no collection lists', () => {
    expect(problems('\n![A chart](./chart.png)\n', 'press')[0]).toMatch(/^x\.mdx:5: An image is not allowed in press bodies/);
    expect(problems('\n![A chart](./chart.png)\n', 'campaigns')).toEqual([]);
    expect(problems('\n| a |\n|---|\n| 1 |\n', 'press')[0]).toMatch(/A table is not allowed in press bodies/);
    expect(problems('\nA footnote[^1].\n\n[^1]: Note.\n', 'pages')[0]).toMatch(/A footnote is not allowed in pages bodies/);
    expect(problems('\n```js\nalert(1)\n```\n', 'voices')[0]).toMatch(/A code block is not allowed/);
  });

  it('checks every address: links and reference definitions by the URL rule, images must be files beside the entry', () => {
    expect(problems('\n[x](javascript:alert(1))\n')[0]).toMatch(/^x\.mdx:5: Link: Expected an address starting with https/);
    expect(problems('\n[x](<\u0001javascript:alert(1)>)\n')[0] ?? '').toMatch(/U\+0001|Expected an address/);
    expect(problems('\n[x](https://example.org/\u202Eexe)\n')[0]).toMatch(/U\+202E/);
    expect(problems('\n![x](https://tracker.example/pixel.png)\n')[0]).toMatch(/^x\.mdx:5: An image must be a file beside the entry/);
    expect(problems('\n![x](/favicon.svg)\n')[0]).toMatch(/An image must be a file beside the entry/);
    expect(problems('\n![x](../../src/assets/private.png)\n')[0]).toMatch(/An image must be a file beside the entry/);
    expect(problems('\n![x](./images/photo.jpg)\n')).toEqual([]);
  });

  it('collects the links to this site with their lines', () => {
    const report = checkBody(`${FRONT}\nSee [risk](/myths/risk/) and [out](https://example.org/).\n\n[press](/press/)\n`, 'x.mdx', 'myths');
    expect(report.siteLinks).toEqual([
      { line: 5, href: '/myths/risk/' },
      { line: 7, href: '/press/' },
    ]);
  });

  it('names the line of a body that cannot be read as MDX, and what to write instead', () => {
    const found = problems('\nOne.\n\nA < b and {unclosed\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^x\.mdx:7: this body cannot be read as MDX/);
    expect(found[0]).toContain('\\{');
  });
});

describe("what a press release's downloads need, checked with the rest", () => {
  it('a <Quote> says who said it, in every collection', () => {
    expect(problems('\n<Quote role="Role">Words.</Quote>\n', 'voices')).toEqual([
      expect.stringMatching(/^x\.mdx:5: A <Quote> needs by="…": who said it\./),
    ]);
  });
  it('a press release has no list inside a list, and no <Quote> inside a sentence', () => {
    expect(problems('\n- one\n  - inner\n', 'press')).toEqual([expect.stringMatching(/^x\.mdx:6: A list inside a list cannot be shown/)]);
    expect(problems('\n- one\n  - inner\n', 'pages')).toEqual([]);
    expect(problems('\nHe said <Quote by="A">w</Quote> today.\n', 'press')).toEqual([
      expect.stringMatching(/^x\.mdx:5: <Quote> must stand on a line of its own/),
    ]);
  });
});

describe('a quote in a press release', () => {
  it('holds words only', () => {
    expect(problems('\n<Quote by="A">\n\n- a list\n\n</Quote>\n', 'press')).toEqual([
      expect.stringMatching(/^x\.mdx:5: A <Quote> in a press release holds words only/),
    ]);
    expect(problems('\n<Quote by="A">\n\nOne paragraph.\n\nAnother, *stressed*.\n\n</Quote>\n', 'press')).toEqual([]);
  });
});
