/**
 * A tiny SVG element tree: chart layouts build it as plain data (easy to test), and
 * renderSvg() turns it into markup for the page. Text and attributes are escaped here, once.
 */
import { escapeHtml, escapeText } from '#src/lib/site/html.ts';

export type SvgAttrs = Record<string, string | number | undefined>;

export interface SvgElement {
  tag: string;
  attrs: SvgAttrs;
  children: SvgNode[];
}

export type SvgNode = SvgElement | string;

/** An element; undefined attributes are left out, false/null children are skipped. */
export function el(tag: string, attrs: SvgAttrs = {}, ...children: (SvgNode | SvgNode[] | false | null | undefined)[]): SvgElement {
  return { tag, attrs, children: children.flat().filter((c): c is SvgNode => c !== false && c !== null && c !== undefined) };
}

/** Coordinates rounded to 0.01: enough for any screen, and stable in tests. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function renderSvg(node: SvgNode): string {
  if (typeof node === 'string') return escapeText(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(typeof v === 'number' ? String(round(v)) : v!)}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(renderSvg).join('')}</${node.tag}>`;
}

/** Every element in the tree, depth first; tests use it to read marks back. */
export function walk(node: SvgNode): SvgElement[] {
  if (typeof node === 'string') return [];
  return [node, ...node.children.flatMap(walk)];
}

/** The text inside an element. */
export function textOf(node: SvgNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
