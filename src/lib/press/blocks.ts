/**
 * A press release body (MDX) as a list of typed blocks: what the PDF, the plain-text version and
 * the feed's full content are written from. It parses with the same MDX parser and options as the
 * site (satteri, GFM and smart punctuation on), so all four say the same words.
 *
 * A release body may hold paragraphs, headings, lists, links, emphasis and <Quote by role>
 * elements. Anything else fails with the file, line and what to use instead: a download that
 * silently left something out would not be the release the journalist read.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** A run of text with one style. */
export interface Inline {
  text: string;
  emphasis?: boolean;
  strong?: boolean;
  /** Where the run links to. */
  href?: string;
}

export type Block =
  | { type: 'heading'; level: number; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] }
  | { type: 'quote'; paragraphs: Inline[][]; by: string; role?: string };

/** Bad MDX in a release body, with the file and line. */
export class ReleaseBodyError extends Error {
  override name = 'ReleaseBodyError';
}

const ALLOWED = 'paragraphs, headings (##), lists, links, *emphasis*, **bold** and <Quote by="…" role="…">…</Quote>';

interface Context {
  file: string;
  /** The line of the file on which the body starts, so errors name the line the editor sees. */
  firstLine: number;
}

function fail(ctx: Context, node: MdastNode, problem: string): never {
  const line = node.position && node.position.start.line + ctx.firstLine - 1;
  throw new ReleaseBodyError(`${ctx.file}${line ? `:${line}` : ''}: ${problem} A press release body may use ${ALLOWED}.`);
}

type Style = Omit<Inline, 'text'>;

/** Phrasing content to styled runs; soft line breaks become spaces, neighbours with one style merge. */
function inlines(nodes: readonly MdastNode[], ctx: Context, style: Style = {}): Inline[] {
  const runs: Inline[] = [];
  const push = (text: string) => runs.push({ text, ...style });
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        push(node.value.replace(/\s*\n\s*/g, ' '));
        break;
      case 'inlineCode':
        push(node.value);
        break;
      case 'break':
        push('\n');
        break;
      case 'emphasis':
        runs.push(...inlines(node.children, ctx, { ...style, emphasis: true }));
        break;
      case 'strong':
        runs.push(...inlines(node.children, ctx, { ...style, strong: true }));
        break;
      case 'link':
        runs.push(...inlines(node.children, ctx, { ...style, href: node.url }));
        break;
      case 'mdxTextExpression':
        if (!isComment(node.value)) fail(ctx, node, 'An expression in braces is not supported here.');
        break;
      default:
        fail(ctx, node, `${describe(node)} cannot be shown in the downloads.`);
    }
  }
  return mergeRuns(runs);
}

function mergeRuns(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.emphasis === run.emphasis && last.strong === run.strong && last.href === run.href) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

function describe(node: MdastNode): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `<${node.name ?? ''}>`;
  const names: Record<string, string> = {
    image: 'An image',
    table: 'A table',
    code: 'A code block',
    blockquote: 'A Markdown quote (>)',
    html: 'Raw HTML',
    mdxjsEsm: 'An import or export',
    footnoteReference: 'A footnote',
    footnoteDefinition: 'A footnote',
    delete: 'Struck-through text',
  };
  return names[node.type] ?? `A "${node.type}" element`;
}

function attribute(element: Extract<MdastNode, { type: 'mdxJsxFlowElement' }>, name: string, ctx: Context): string | undefined {
  const attr = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value !== 'string') fail(ctx, element, `<Quote ${name}> must be written as text in quotes, e.g. ${name}="…".`);
  return attr.value.trim();
}

/** A list item's text: its paragraphs joined; nested lists are not supported. */
function listItem(item: MdastNode, ctx: Context): Inline[] {
  if (item.type !== 'listItem') fail(ctx, item, `${describe(item)} cannot be part of a list.`);
  const parts = item.children.map((child) => {
    if (child.type !== 'paragraph')
      fail(
        ctx,
        child,
        child.type === 'list' ? 'A list inside a list is not supported.' : `${describe(child)} cannot be part of a list item.`,
      );
    return inlines(child.children, ctx);
  });
  return mergeRuns(parts.flatMap((p, i) => (i === 0 ? p : [{ text: ' ' }, ...p])));
}

function quote(element: Extract<MdastNode, { type: 'mdxJsxFlowElement' }>, ctx: Context): Block {
  const by = attribute(element, 'by', ctx);
  if (!by) fail(ctx, element, 'A <Quote> needs by="…": who said it.');
  const role = attribute(element, 'role', ctx) || undefined;
  // A quote written on one line holds its words directly; one over several lines holds paragraphs.
  const paragraphs = element.children.every((c) => c.type === 'paragraph')
    ? element.children.map((p) => inlines((p as Extract<MdastNode, { type: 'paragraph' }>).children, ctx))
    : [inlines(element.children as MdastNode[], ctx)];
  const words = paragraphs.filter((p) => p.some((run) => run.text.trim()));
  if (words.length === 0) fail(ctx, element, 'A <Quote> needs the quoted words between <Quote …> and </Quote>.');
  return { type: 'quote', paragraphs: words, by, ...(role ? { role } : {}) };
}

function block(node: MdastNode, ctx: Context): Block | undefined {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', inlines: inlines(node.children, ctx) };
    case 'heading':
      return { type: 'heading', level: node.depth, inlines: inlines(node.children, ctx) };
    case 'list':
      return {
        type: 'list',
        ordered: Boolean(node.ordered),
        start: node.start ?? 1,
        items: node.children.map((item) => listItem(item, ctx)),
      };
    case 'thematicBreak':
    case 'yaml':
    case 'toml':
      return undefined;
    case 'mdxFlowExpression':
      if (isComment(node.value)) return undefined;
      return fail(ctx, node, 'An expression in braces is not supported here.');
    case 'mdxJsxFlowElement':
      if (node.name === 'Quote') return quote(node, ctx);
      return fail(ctx, node, `${describe(node)} is not a component press releases can use.`);
    default:
      return fail(ctx, node, `${describe(node)} cannot be shown in the downloads.`);
  }
}

/**
 * The blocks of a release body, in order. `file` and `firstLine` (where the body starts in it,
 * after the front matter) place error messages.
 * @throws ReleaseBodyError for content the downloads cannot show.
 */
export function releaseBlocks(body: string, file: string, firstLine = 1): Block[] {
  const root = mdxToMdast(body, { features: { gfm: true, smartPunctuation: true } });
  if (root.type !== 'root') throw new ReleaseBodyError(`${file}: could not be read as MDX.`);
  const ctx = { file, firstLine };
  return root.children.map((node) => block(node, ctx)).filter((b): b is Block => b !== undefined);
}

/**
 * Whether a link's words already are its address (e.g. "www.example.org" for
 * https://www.example.org/), so text versions need not repeat the address.
 */
export function linkShowsAddress(run: Inline): boolean {
  if (!run.href) return true;
  const bare = (s: string) =>
    s
      .trim()
      .replace(/^mailto:/, '')
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '')
      .toLowerCase();
  return bare(run.text) === bare(run.href);
}

/** A link's address as printed on paper and in plain text: an email address without mailto:. */
export function printedAddress(href: string): string {
  return href.replace(/^mailto:/, '');
}

/**
 * What the downloads print after a link's words, for readers who cannot follow it: " (address)",
 * or nothing when the words already are the address.
 */
export function addressAfter(run: Inline): string {
  return run.href && !linkShowsAddress(run) ? ` (${printedAddress(run.href)})` : '';
}
