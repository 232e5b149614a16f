/**
 * A press release as an A4 PDF, drawn by pdfkit at build time (no browser). Text is real,
 * selectable text in Inter, embedded as a subset; the document is tagged (headings,
 * paragraphs, lists, quotes, links) so screen readers and copy-paste keep the reading order,
 * identifies itself as PDF/UA-1, and every page carries the release's address and "Page n of m".
 */
import PDFDocument from 'pdfkit';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NETWORK, SITE } from '#src/config.ts';
import { CONTENT_DIR } from '#src/env.ts';
import { RELEASE_LOCALE, type ClosingSection, type ReleaseDocument } from './release.ts';
import { addressAfter, linkShowsAddress, printedAddress, type Block, type Inline } from './blocks.ts';
import { attribution, paragraphMarks } from '#src/lib/site/quotation.ts';
import { buildTime } from '#src/lib/content/rules.ts';
import { woffToSfnt } from './woff.ts';
import { DEFAULT_LOCALE, LOCALES } from '#src/i18n/locales.ts';

const require = createRequire(import.meta.url);

/**
 * Inter from typeface-inter: the complete font in one file per style (the @fontsource files
 * the site uses are split by script, and no single one has both ß and ł).
 */
const STYLES = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'BoldItalic' } as const;
type Style = keyof typeof STYLES;

/**
 * Each style parsed once and shared by every PDF of the build: parsing and shaping tables are
 * the slow part of drawing text, and pdfkit subsets each document's own copy anyway.
 */
let parsedFonts: Record<Style, Font> | undefined;
function fonts(): Record<Style, Font> {
  parsedFonts ??= Object.fromEntries(
    Object.entries(STYLES).map(([style, file]) => {
      // Unpacked from WOFF once: fontkit would inflate the glyph table again for every glyph it embeds.
      const font = fontkit.create(woffToSfnt(readFileSync(require.resolve(`typeface-inter/Inter Web/Inter-${file}.woff`))));
      if (!('layout' in font)) throw new Error(`typeface-inter: Inter-${file}.woff is a font collection, not a font.`);
      return [style, withSharedShaping(font)];
    }),
  ) as Record<Style, Font>;
  return parsedFonts;
}

type GlyphRun = ReturnType<Font['layout']>;
/** Words kept shaped per font at most: far more than the campaign's vocabulary, so memory stays bounded. */
const SHAPED_WORDS = 50_000;

/**
 * Shaping text (OpenType lookups in fontkit) is most of a PDF's time, and pdfkit starts every
 * document with an empty cache, so every word of every release was shaped again: 84 % of the
 * CPU of a 100x build. Releases share most of their words: each is shaped once for the build.
 * pdfkit scales the positions it gets in place, so each caller gets its own copy of them.
 */
function withSharedShaping(font: Font): Font {
  const shape = font.layout.bind(font);
  const shaped = new Map<string, GlyphRun>();
  const layout = (text: string, ...options: unknown[]): GlyphRun => {
    // Only plain runs are shared; pdfkit asks for nothing else unless text sets OpenType features.
    if (options.some((o) => o !== undefined)) return (shape as (text: string, ...rest: unknown[]) => GlyphRun)(text, ...options);
    let run = shaped.get(text);
    if (!run) {
      run = shape(text);
      if (shaped.size < SHAPED_WORDS) shaped.set(text, run);
    }
    const positions = run.positions.map((p) => ({ ...p }));
    return {
      ...run,
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((width, p) => width + p.xAdvance, 0);
      },
    } as unknown as GlyphRun;
  };
  font.layout = layout as Font['layout'];
  return font;
}

/** The site's ink, muted, brand and accent colours (src/styles/global.css), for paper. */
const COLOUR = { ink: '#1d1b24', muted: '#4d4858', brand: '#4b2466', accent: '#b34700' } as const;

/** An ISO day (2018-11-25), as datePublished is written when the source states the day. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const MARGIN = { top: 64, bottom: 72, left: 68, right: 68 } as const;
const BODY_SIZE = 11;

type Doc = InstanceType<typeof PDFDocument>;
type Structure = ReturnType<Doc['struct']>;

function styleOf(run: Inline): Style {
  if (run.strong && run.emphasis) return 'boldItalic';
  if (run.strong) return 'bold';
  if (run.emphasis) return 'italic';
  return 'regular';
}

/** A link whose words are not its address is followed by the address, for readers on paper. */
function withAddresses(runs: readonly Inline[]): Inline[] {
  return runs.flatMap((run) => {
    const address = addressAfter(run);
    return address ? [run, { text: address }] : [run];
  });
}

interface TextBox {
  x: number;
  width: number;
  size: number;
  /** Style every run of this box is set in on top of its own (quotes are italic). */
  base?: Omit<Inline, 'text'>;
  colour?: string;
}

/** What a link annotation says to assistive technology (its /Contents): its words and where it goes. */
function linkDescription(run: Inline): string {
  return linkShowsAddress(run) ? printedAddress(run.href ?? '') : `${run.text}${addressAfter(run)}`;
}

/**
 * Styled runs as one wrapped paragraph starting at the current y, tagged as `type` under
 * `parent`. Each link is a Link element holding its words and its annotation (an OBJR, so the
 * annotation has a /StructParent), with a text alternative in /Contents (PDF/UA-1, 7.18.5).
 */
function richText(doc: Doc, parent: Structure, type: string, runs: readonly Inline[], box: TextBox): void {
  const parts = withAddresses(runs).filter((r) => r.text.length > 0);
  const element = doc.struct(type);
  parent.add(element);
  doc.x = box.x;
  parts.forEach((part, i) => {
    const run = { ...part, ...box.base, href: part.href };
    const draw = () =>
      doc
        .font(styleOf(run))
        .fontSize(box.size)
        .fillColor(run.href ? COLOUR.brand : (box.colour ?? COLOUR.ink))
        .text(run.text, {
          width: box.width,
          lineGap: box.size * 0.35,
          continued: i < parts.length - 1,
          link: run.href ?? null,
          underline: Boolean(run.href),
        });
    if (!run.href) return element.add(draw);
    // Inside a Link element pdfkit ties the annotation(s) it makes for these words to it, but
    // gives them an empty /Contents: supply the description while they are drawn.
    const link = doc.link;
    // A String object, which pdfkit writes as a PDF text string (a plain string becomes a name).
    const description = new String(linkDescription(part)) as unknown as string;
    element.add(
      doc.struct('Link', {}, () => {
        doc.link = (x, y, w, h, url, options) => link.call(doc, x, y, w, h, url, { ...options, Contents: description });
        try {
          draw();
        } finally {
          doc.link = link;
        }
      }),
    );
  });
  element.end();
}

/** Letters of a text that a font has no glyph for (they would print as empty boxes), each once. */
function lettersMissingFrom(font: Font, text: string): string {
  const missing = new Set<string>();
  for (const letter of text) {
    if (/\s/.test(letter)) continue;
    if (!font.hasGlyphForCodePoint(letter.codePointAt(0)!)) missing.add(letter);
  }
  return [...missing].join('');
}

/** Where each closing section's words come from, for the error message. */
const CLOSING_FIELD: Record<ClosingSection['id'], string> = {
  'about-network': 'about',
  'media-contact': 'mediaContact',
  'network-contact': 'the network contact (src/config.ts)',
};

/**
 * Every letter of the release must be in Inter (Latin, Latin Extended, Greek and Cyrillic), as on
 * the share cards: a PDF with empty boxes for the words would not be the release the journalist
 * read. Fails naming the file and the field.
 */
function assertPrintable(release: ReleaseDocument): void {
  const runs = (blocks: readonly Block[]) =>
    blocks.flatMap((b) =>
      b.type === 'list' ? b.items.flat() : b.type === 'quote' ? [...b.paragraphs.flat(), { text: `${b.by} ${b.role ?? ''}` }] : b.inlines,
    );
  const fields: [string, string][] = [
    ['title', release.title],
    ['location (dateline)', release.dateline],
    [
      'body',
      runs(release.blocks)
        .map((r) => `${r.text}${r.href ?? ''}`)
        .join(' '),
    ],
    ...release.closing.map((section): [string, string] => [
      CLOSING_FIELD[section.id],
      [section.heading, section.addedNote ?? '', ...section.paragraph.map((r) => `${r.text}${r.href ?? ''}`)].join(' '),
    ]),
  ];
  const font = fonts().regular;
  for (const [field, text] of fields) {
    const missing = lettersMissingFrom(font, text);
    if (missing) {
      throw new Error(
        `${CONTENT_DIR}/press/${release.slug}.mdx: field "${field}" has letters the PDF's typeface (Inter: Latin, Latin Extended, Greek and Cyrillic) cannot print: “${missing}”. Write it without them, or publish that text elsewhere.`,
      );
    }
  }
}

/**
 * `builtAt` dates the file of a release whose source gives only its year: PDF dates need a day,
 * and the file was made then, while a day in the release's year would be made up.
 */
export async function renderReleasePdf(release: ReleaseDocument, builtAt: Date = buildTime()): Promise<Uint8Array<ArrayBuffer>> {
  assertPrintable(release);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: LOCALES[DEFAULT_LOCALE].tag,
    tagged: true,
    displayTitle: true,
    pdfVersion: '1.7',
    // Adds the PDF/UA-1 identification (pdfuaid:part 1) to the XMP metadata; pdfkit supports
    // it, its type declarations list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    info: {
      Title: release.title,
      Author: `${NETWORK.name} (${NETWORK.shortName})`,
      Subject: release.summary,
      Keywords: `${SITE.name}, press release`,
      // The release's own date where its day is known, so the same release always gives the same file.
      CreationDate: DAY.test(release.datePublished) ? release.date : builtAt,
    },
  });
  // pdfkit takes a parsed fontkit font where its types only name files and buffers.
  for (const [style, font] of Object.entries(fonts())) doc.registerFont(style, font as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const left = MARGIN.left;
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const root = doc.struct('Document');
  doc.addStructure(root);
  const add = (parent: Structure, type: string, draw: () => void) => parent.add(doc.struct(type, {}, draw));
  const para = (parent: Structure, type: string, runs: readonly Inline[], box: Partial<TextBox> = {}) =>
    richText(doc, parent, type, runs, { x: left, width, size: BODY_SIZE, ...box });
  const gap = (lines: number) => doc.moveDown(lines);

  if (release.notice) {
    para(root, 'P', [{ text: release.notice.toUpperCase(), strong: true }], { colour: COLOUR.accent });
    gap(0.5);
  }
  add(root, 'P', () => {
    doc.font('bold').fontSize(9).fillColor(COLOUR.accent).text('PRESS RELEASE', left, doc.y, { continued: true });
    doc.font('regular').fillColor(COLOUR.muted).text(`   ${NETWORK.shortName} · ${SITE.name}`);
  });
  gap(0.8);
  para(root, 'H1', [{ text: release.title, strong: true }], { size: 20 });
  gap(0.4);
  para(root, 'P', [{ text: release.dateline, strong: true }]);
  gap(0.8);

  for (const block of release.blocks) drawBlock(doc, root, block, { left, width, add, para, gap });

  gap(0.6);
  keepWithNext(doc, 6);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .strokeColor(COLOUR.muted)
    .stroke();
  gap(0.8);
  for (const section of release.closing) {
    para(root, 'H2', [{ text: section.heading, strong: true }], { size: 12 });
    gap(0.3);
    if (section.addedNote) para(root, 'P', [{ text: section.addedNote, emphasis: true }], { size: 10 });
    para(root, 'P', section.paragraph, { size: 10 });
    gap(0.8);
  }
  para(root, 'P', [{ text: 'This release online: ' }, { text: release.url, href: release.url }], { size: 10 });
  root.end();

  drawPageFooters(doc, release.url, left, width);
  doc.end();
  await finished;
  return Uint8Array.from(Buffer.concat(chunks));
}

interface Layout {
  left: number;
  width: number;
  add: (parent: Structure, type: string, draw: () => void) => void;
  para: (parent: Structure, type: string, runs: readonly Inline[], box?: Partial<TextBox>) => void;
  gap: (lines: number) => void;
}

function drawBlock(doc: Doc, root: Structure, block: Block, { left, width, add, para, gap }: Layout): void {
  switch (block.type) {
    case 'heading':
      gap(0.4);
      keepWithNext(doc, 4);
      para(
        root,
        `H${Math.min(Math.max(block.level, 2), 6)}`,
        block.inlines.map((r) => ({ ...r, strong: true })),
        { size: 13.5 },
      );
      gap(0.4);
      return;
    case 'paragraph':
      para(root, 'P', block.inlines);
      gap(0.7);
      return;
    case 'list': {
      const list = doc.struct('L');
      root.add(list);
      block.items.forEach((item, i) => {
        const entry = doc.struct('LI');
        list.add(entry);
        const top = doc.y;
        add(entry, 'Lbl', () => {
          doc
            .font('regular')
            .fontSize(BODY_SIZE)
            .fillColor(COLOUR.ink)
            .text(block.ordered ? `${block.start + i}.` : '•', left + 4, top, { width: 16, lineBreak: false });
        });
        doc.y = top;
        para(entry, 'LBody', item, { x: left + 20, width: width - 20 });
        entry.end();
        gap(0.35);
      });
      list.end();
      gap(0.35);
      return;
    }
    case 'quote': {
      gap(0.2);
      const startPage = doc.bufferedPageRange().count;
      const top = doc.y;
      const quote = doc.struct('BlockQuote');
      root.add(quote);
      // Quotation marks around the whole quote; runs keep their own emphasis and links.
      block.paragraphs.forEach((runs, i, all) => {
        const { open, close } = paragraphMarks(i, all.length, RELEASE_LOCALE);
        const marked = [{ text: open }, ...runs, { text: close }];
        para(quote, 'P', marked, { x: left + 16, width: width - 16, size: 12, base: { emphasis: true } });
        gap(0.3);
      });
      para(quote, 'P', [{ text: attribution(block) }], { x: left + 16, width: width - 16, size: 10, colour: COLOUR.muted });
      quote.end();
      if (doc.bufferedPageRange().count === startPage) {
        doc.markContent('Artifact', { type: 'Layout' });
        doc
          .moveTo(left + 2, top)
          .lineTo(left + 2, doc.y)
          .lineWidth(2.5)
          .strokeColor(COLOUR.accent)
          .stroke();
        doc.endMarkedContent();
      }
      gap(0.8);
      return;
    }
  }
}

/** Starts a new page unless a heading has room for `lines` body lines after it on this one. */
function keepWithNext(doc: Doc, lines: number): void {
  if (doc.y + lines * BODY_SIZE * 1.6 > doc.page.maxY()) doc.addPage();
}

/** The address and "Page n of m" at the foot of every page, marked as page furniture. */
function drawPageFooters(doc: Doc, url: string, left: number, width: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN.bottom + 28;
    // Writing below the bottom margin would start a new page otherwise.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('regular').fontSize(8).fillColor(COLOUR.muted);
    doc.text(url, left, y, { width: width * 0.75, lineBreak: false });
    doc.text(`Page ${i - start + 1} of ${count}`, left, y, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = MARGIN.bottom;
  }
  doc.flushPages();
}
