/**
 * Share cards: PNG images made by the build from a few lines of text, in the site's typeface.
 * Generic on purpose: myths (./myth-card.ts) and IMPACT findings use the same renderer.
 *
 * The text always fits: the title and body are set at the largest size of a ladder at which
 * takumi's own layout (the engine that draws the card) says the whole text fits the canvas;
 * text too long even for the smallest legible size is an error, never a cut-off card.
 * Takumi (Rust, with Node bindings) replaced satori + resvg: the same cards, pixel for pixel
 * within anti-aliasing, several times faster (README, "Performance").
 */
import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The two card formats: a link preview (Open Graph) and a square for image posts. */
export const CARD_SIZES = {
  '1200x630': { width: 1200, height: 630 },
  '1080x1080': { width: 1080, height: 1080 },
} as const;
export type CardSize = keyof typeof CARD_SIZES;

/** What a card shows, top to bottom. Plain text only. */
export interface CardContent {
  /** Small label above the title, e.g. "Myth 5" or "IMPACT finding". */
  eyebrow: string;
  /** The headline, e.g. the myth as people say it. */
  title: string;
  /** The text under the title, e.g. the fact that answers the myth. */
  body: string;
  /** Footer, left: who says it, e.g. the campaign name. */
  footer: string;
  /** Footer, right: where to read more, e.g. the site's address without https://. */
  address: string;
}

/** Where one piece of text landed on the canvas, in pixels. */
interface TextBox {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The type sizes chosen for a card and where its text sits. */
export interface CardLayout {
  size: CardSize;
  width: number;
  height: number;
  titleSize: number;
  bodySize: number;
  /** Height the text needs at these sizes; never more than `height`. */
  contentHeight: number;
  /** Every piece of text as laid out on the final canvas. */
  textBoxes: TextBox[];
}

/** The card's text is too long to fit even at the smallest legible type size. */
export class CardFitError extends Error {
  name = 'CardFitError';
  /** Height in pixels the text needs at the smallest size. */
  readonly needed: number;
  /** Height in pixels the card has. */
  readonly available: number;
  constructor(message: string, needed: number, available: number) {
    super(message);
    this.needed = needed;
    this.available = available;
  }
}

/** The card's text has letters the card typeface does not cover (they would print as boxes). */
export class CardGlyphError extends Error {
  name = 'CardGlyphError';
  /** The letters the typeface has no glyphs for. */
  readonly letters: string;
  constructor(message: string, letters: string) {
    super(message);
    this.letters = letters;
  }
}

/**
 * The design, per format. Everything here is part of the cache key (./cache.ts), so a change of
 * colour or size re-renders every card; a change of the element tree below needs LAYOUT_VERSION.
 */
export const CARD_DESIGN = {
  colours: { background: '#4b2466', text: '#ffffff', body: '#f1edf5', accent: '#ffb27a', footer: '#e4d3f2', rule: '#8a6aa3' },
  formats: {
    // Sizes are chosen for legibility when the card is shown ~360 px wide on a phone.
    '1200x630': { padX: 72, padY: 56, accentBar: 12, eyebrow: 26, footer: 26, titleMax: 60, titleMin: 36, bodyRatio: 0.85, gap: 22 },
    '1080x1080': { padX: 80, padY: 88, accentBar: 16, eyebrow: 32, footer: 30, titleMax: 80, titleMin: 42, bodyRatio: 0.85, gap: 36 },
  },
  titleStep: 2,
} as const;

/** Bump when the element tree in cardTree() changes, so cached cards are made again. */
const LAYOUT_VERSION = 2;

/** Inter subsets loaded into the renderer, each under its own family name (it falls back by family). */
const FONT_SUBSETS = [
  ['Inter', 'latin'],
  ['Inter Latin Ext', 'latin-ext'],
  ['Inter Greek', 'greek'],
  ['Inter Cyrillic', 'cyrillic'],
] as const;
const FONT_FAMILY = FONT_SUBSETS.map(([family]) => `'${family}'`).join(', ');

/** Resolves installed packages from the project root, also when this module runs bundled. */
const projectRequire = createRequire(pathToFileURL(join(process.cwd(), 'package.json')));

type CardFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: CardFont[] | undefined;

/** The site's typeface from @fontsource/inter (no network), read once. */
function cardFonts(): CardFont[] {
  fonts ??= FONT_SUBSETS.flatMap(([name, subset]) =>
    ([400, 700] as const).map((weight) => ({
      name,
      weight,
      style: 'normal' as const,
      data: readFileSync(projectRequire.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

let renderer: Promise<Renderer> | undefined;

/** One renderer with the fonts registered, reused for every card (its font caches are the point). */
function cardRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const r = new Renderer();
    for (const font of cardFonts()) await r.registerFont(font);
    return r;
  })();
  return renderer;
}

let covered: Set<number> | undefined;

/** Letters of `text` that no loaded font has a glyph for (the renderer would draw them as boxes). */
function missingLetters(text: string): string {
  covered ??= new Set(cardFonts().flatMap((font) => (fontkit.create(font.data) as fontkit.Font).characterSet));
  return [...new Set([...text].filter((letter) => !/\s/u.test(letter) && !covered!.has(letter.codePointAt(0)!)))].join('');
}

/**
 * Everything besides the text that decides how a card looks: design, layout version, renderer
 * version and the font files. Part of every cache key, so upgrading any of them re-renders.
 */
export function rendererFingerprint(): string {
  // Takumi's packages do not export their package.json: read it beside the installed entry point.
  const version = (pkg: string) => {
    const entry = projectRequire.resolve(pkg);
    const folder = entry.slice(0, entry.lastIndexOf(`node_modules/${pkg}/`) + `node_modules/${pkg}`.length);
    return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
  };
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ LAYOUT_VERSION, CARD_DESIGN, takumi: version('@takumi-rs/core'), helpers: version('@takumi-rs/helpers') }));
  for (const font of cardFonts()) hash.update(font.data);
  return hash.digest('hex');
}

/** An element as the renderer reads it (the shape of a React element, without React). */
interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}
const div = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({ type: 'div', props: { style, children } });

/** The title sizes to try, largest first; the body follows at a fixed ratio. */
export function typeLadder(size: CardSize): { title: number; body: number }[] {
  const f = CARD_DESIGN.formats[size];
  const ladder: { title: number; body: number }[] = [];
  for (let title = f.titleMax; title >= f.titleMin; title -= CARD_DESIGN.titleStep) {
    ladder.push({ title, body: Math.round(title * f.bodyRatio) });
  }
  return ladder;
}

/**
 * The largest step of the ladder (largest type first) at which the text fits, or undefined when
 * even the last does not. Text that fits at the largest size is the common case and costs one
 * question; otherwise a binary search, since smaller type never needs more room. A returned step
 * was always asked and fits.
 */
export async function chooseTypeSize<T>(ladder: readonly T[], fits: (step: T) => Promise<boolean>): Promise<T | undefined> {
  if (ladder.length === 0) return undefined;
  if (await fits(ladder[0]!)) return ladder[0];
  let best: T | undefined;
  let low = 1;
  let high = ladder.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (await fits(ladder[middle]!)) {
      best = ladder[middle];
      high = middle - 1;
    } else {
      low = middle + 1;
    }
  }
  return best;
}

/** The card as elements. Without `height` the canvas is as tall as its text needs (to measure). */
function cardTree(content: CardContent, size: CardSize, type: { title: number; body: number }, height?: number): CardNode {
  const { colours } = CARD_DESIGN;
  const f = CARD_DESIGN.formats[size];
  const { width } = CARD_SIZES[size];
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width,
      ...(height ? { height } : {}),
      padding: `${f.padY}px ${f.padX}px`,
      borderTop: `${f.accentBar}px solid ${colours.accent}`,
      backgroundColor: colours.background,
      color: colours.text,
      fontFamily: FONT_FAMILY,
      wordBreak: 'break-word',
    },
    [
      div(
        {
          fontSize: f.eyebrow,
          fontWeight: 700,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          color: colours.accent,
          lineHeight: 1.2,
        },
        content.eyebrow,
      ),
      div({ marginTop: f.gap * 0.6, fontSize: type.title, fontWeight: 700, lineHeight: 1.15, letterSpacing: '-0.01em' }, content.title),
      div({ marginTop: f.gap, fontSize: type.body, fontWeight: 400, lineHeight: 1.3, color: colours.body }, content.body),
      div({ flexGrow: 1, minHeight: f.gap * 1.5 }),
      div(
        {
          display: 'flex',
          flexWrap: 'wrap',
          justifyContent: 'space-between',
          columnGap: 24,
          rowGap: 4,
          borderTop: `2px solid ${colours.rule}`,
          paddingTop: f.gap * 0.6,
          fontSize: f.footer,
          lineHeight: 1.25,
        },
        [div({ fontWeight: 700 }, content.footer), div({ color: colours.footer }, content.address)],
      ),
    ],
  );
}

type TakumiInput = Awaited<ReturnType<typeof fromJsx>>;
type Measured = Awaited<ReturnType<Renderer['measure']>>;

/** The card's text, checked for letters the typeface lacks, as the renderer's node tree. */
async function toNodes(content: CardContent, tree: CardNode): Promise<TakumiInput> {
  const letters = missingLetters(Object.values(content).join(' '));
  if (letters) throw new CardGlyphError(`The card typeface (Inter) has no letters for “${letters}”: write the text without them.`, letters);
  return fromJsx(tree as unknown as Parameters<typeof fromJsx>[0]);
}

/** The height the card needs when the canvas is as tall as its text. */
async function naturalHeight(content: CardContent, size: CardSize, type: { title: number; body: number }): Promise<number> {
  const { node, css } = await toNodes(content, cardTree(content, size, type));
  return (await (await cardRenderer()).measure(node, { width: CARD_SIZES[size].width, css })).height;
}

/** Where each piece of text sits, walking the measured tree beside the element tree it came from. */
function textBoxesOf(tree: CardNode, measured: Measured, into: TextBox[] = []): TextBox[] {
  const children = tree.props.children;
  if (typeof children === 'string') {
    into.push({ text: children, left: measured.transform[4], top: measured.transform[5], width: measured.width, height: measured.height });
  } else {
    children?.forEach((child, i) => measured.children[i] && textBoxesOf(child, measured.children[i]!, into));
  }
  return into;
}

/** Chooses the type sizes at which the whole text fits the card, and lays it out. */
export async function layoutCard(content: CardContent, size: CardSize): Promise<CardLayout> {
  return (await fitCard(content, size)).layout;
}

/** Lays out and renders the card as a PNG of exactly the format's size (no cache: see ./cache.ts). */
export async function renderCardPng(content: CardContent, size: CardSize): Promise<Uint8Array<ArrayBuffer>> {
  const { layout, input } = await fitCard(content, size);
  const png = await (
    await cardRenderer()
  ).render(input.node, { width: layout.width, height: layout.height, format: 'png', css: input.css });
  // A copy in memory of our own: takumi's buffer lives in Rust and cannot move to another thread.
  return new Uint8Array(png);
}

async function fitCard(content: CardContent, size: CardSize): Promise<{ layout: CardLayout; input: TakumiInput }> {
  const { width, height } = CARD_SIZES[size];
  const ladder = typeLadder(size);
  const needs = new Map<(typeof ladder)[number], number>();
  const type = await chooseTypeSize(ladder, async (step) => {
    needs.set(step, await naturalHeight(content, size, step));
    return needs.get(step)! <= height;
  });
  if (!type) {
    const smallest = ladder.at(-1)!;
    const needed = Math.ceil(needs.get(smallest) ?? (await naturalHeight(content, size, smallest)));
    throw new CardFitError(
      `The text does not fit on the ${size} card even at the smallest legible size (title ${smallest.title}px): ` +
        `it needs ${needed}px of ${height}px. Shorten the title (${content.title.length} characters) ` +
        `or the body (${content.body.length} characters).`,
      needed,
      height,
    );
  }
  const contentHeight = needs.get(type)!;
  const tree = cardTree(content, size, type, height);
  const input = await toNodes(content, tree);
  const measured = await (await cardRenderer()).measure(input.node, { width, height, css: input.css });
  return {
    layout: { size, width, height, titleSize: type.title, bodySize: type.body, contentHeight, textBoxes: textBoxesOf(tree, measured) },
    input,
  };
}
