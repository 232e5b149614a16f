import { describe, expect, it } from 'vitest';
import { addressAfter, linkShowsAddress, printedAddress, releaseBlocks, ReleaseBodyError } from '#src/lib/press/blocks.ts';
import { accentsRelease } from '../fixtures/releases/accents.ts';

describe('releaseBlocks', () => {
  const blocks = releaseBlocks(accentsRelease.body, accentsRelease.filePath);

  it('keeps every block in order and leaves comments out', () => {
    expect(blocks.map((b) => b.type)).toEqual(['quote', 'paragraph', 'heading', 'list', 'list', 'quote', 'paragraph']);
  });

  it('reads a one-line quote with its speaker and role, with the site’s smart punctuation', () => {
    expect(blocks[0]).toEqual({
      type: 'quote',
      by: 'Renée Groß',
      role: 'Spokesperson',
      paragraphs: [[{ text: 'Größe matters – “naïve” façades cost 5 € in Łódź.' }]],
    });
  });

  it('reads a quote over several paragraphs, without a role', () => {
    expect(blocks[5]).toEqual({
      type: 'quote',
      by: 'Jan Kowalski',
      paragraphs: [[{ text: 'Paragraph one of a long quote.' }], [{ text: 'Paragraph two of a long quote.' }]],
    });
  });

  it('keeps emphasis, strong words and links as styled runs, and joins source lines with a space', () => {
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      inlines: [
        { text: 'The first paragraph has ' },
        { text: 'emphasis', emphasis: true },
        { text: ', ' },
        { text: 'strong words', strong: true },
        { text: ' and a ' },
        { text: 'link to the network', href: 'https://www.work-with-perpetrators.eu/' },
        { text: '. It continues on a second source line.' },
      ],
    });
  });

  it('reads headings with their level, and ordered and unordered lists', () => {
    expect(blocks[2]).toEqual({ type: 'heading', level: 2, inlines: [{ text: 'A heading with ł and ß' }] });
    expect(blocks[3]).toEqual({
      type: 'list',
      ordered: false,
      start: 1,
      items: [[{ text: 'First point, with é.' }], [{ text: 'Second point, with €.' }]],
    });
    expect(blocks[4]).toMatchObject({ type: 'list', ordered: true, start: 1 });
  });

  it.each([
    ['<Quote role="Director">Words.</Quote>', /file\.mdx:1: A <Quote> needs by="…"/],
    ['<Quote by="A"></Quote>', /needs the quoted words/],
    ['<Quote by={name}>Words.</Quote>', /<Quote by> must be written as text in quotes/],
    ['Text.\n\n<Chart data="x" />', /file\.mdx:3: <Chart> is not a component press releases can use/],
    ['![A photo](photo.jpg)', /An image cannot be shown in the downloads/],
    ['| a | b |\n|---|---|\n| 1 | 2 |', /A table cannot be shown/],
    ['> Said somewhere', /A Markdown quote \(>\) cannot be shown/],
    ['- one\n  - nested', /A list inside a list is not supported/],
    ['import X from "./x";\n\nText.', /An import or export cannot be shown/],
    ['Total: {1 + 1}', /An expression in braces is not supported/],
  ])('rejects %j naming the file, the line and what a release may use', (body, message) => {
    expect(() => releaseBlocks(body, 'file.mdx')).toThrow(ReleaseBodyError);
    expect(() => releaseBlocks(body, 'file.mdx')).toThrow(message);
    expect(() => releaseBlocks(body, 'file.mdx')).toThrow(/A press release body may use paragraphs, headings/);
  });
});

it('counts lines from where the body starts in its file', () => {
  expect(() => releaseBlocks('Text.\n\n<Chart />', 'file.mdx', 10)).toThrow(/^file\.mdx:12: <Chart>/);
});

describe('linkShowsAddress', () => {
  it('knows when a link’s words are its address', () => {
    expect(linkShowsAddress({ text: 'www.work-with-perpetrators.eu', href: 'https://www.work-with-perpetrators.eu/' })).toBe(true);
    expect(linkShowsAddress({ text: 'press@example.org', href: 'mailto:press@example.org' })).toBe(true);
    expect(linkShowsAddress({ text: 'the report', href: 'https://example.org/report' })).toBe(false);
  });
});

describe('addressAfter', () => {
  it('prints a link’s address after its words, for readers who cannot follow it', () => {
    expect(addressAfter({ text: 'the report', href: 'https://example.org/report' })).toBe(' (https://example.org/report)');
    expect(addressAfter({ text: 'our press office', href: 'mailto:press@example.org' })).toBe(' (press@example.org)');
  });
  it('prints nothing when the words already are the address, or there is no link', () => {
    expect(addressAfter({ text: 'www.work-with-perpetrators.eu', href: 'https://www.work-with-perpetrators.eu/' })).toBe('');
    expect(addressAfter({ text: 'plain words' })).toBe('');
  });
  it('prints an email address without mailto:', () => {
    expect(printedAddress('mailto:press@example.org')).toBe('press@example.org');
    expect(printedAddress('https://example.org/mailto:x')).toBe('https://example.org/mailto:x');
  });
});
