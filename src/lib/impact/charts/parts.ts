/**
 * Pieces every chart layout shares: sizes, the colour and shape of each group, marks, the
 * legend, gridlines with their tick labels, footnotes and the accessible <svg> root.
 */
import { el, type SvgElement, type SvgNode } from './svg.ts';
import { ticks, valueDomain, linearScale, type LinearScale } from './scale.ts';
import { textWidth, wrapText } from './text.ts';
import type { ChartData } from './data.ts';
import { citationLinkText, citationPlace } from '#src/lib/impact/citation.ts';

/** Wide: for containers from about 38rem; narrow: a vertical layout that reads at 320 px. */
export type Layout = 'wide' | 'narrow';

export interface Sizes {
  width: number;
  font: number;
  small: number;
  line: number;
  pad: number;
  /** Radius of a mark. */
  r: number;
}

export const SIZES: Record<Layout, Sizes> = {
  wide: { width: 760, font: 14, small: 12.5, line: 18, pad: 8, r: 6 },
  narrow: { width: 320, font: 14, small: 13, line: 18, pad: 4, r: 6.5 },
};

/**
 * Okabe–Ito colours, safe for the common kinds of colour blindness. These are the light-theme
 * fallbacks written on each mark; the page's CSS swaps in the dark-theme set (DataChart.astro).
 * Colour is never the only cue: each group also has its own shape and a written label.
 */
export const GROUP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7'] as const;
const GROUP_SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

/** Shape of a group's marks, centred on 0,0 (the mark's <g> is translated to its place). */
export function shape(groupIndex: number, r: number, filled: boolean): SvgElement {
  const colour = GROUP_COLOURS[groupIndex % GROUP_COLOURS.length];
  const paint = {
    class: `rt-shape ${filled ? 'rt-after' : 'rt-before'}`,
    fill: filled ? colour : '#ffffff',
    stroke: colour,
    'stroke-width': 2.5,
  };
  switch (GROUP_SHAPES[groupIndex % GROUP_SHAPES.length]) {
    case 'square':
      return el('rect', { x: -r * 0.9, y: -r * 0.9, width: r * 1.8, height: r * 1.8, ...paint });
    case 'diamond':
      return el('path', { d: `M0 ${-r * 1.2}L${r * 1.2} 0L0 ${r * 1.2}L${-r * 1.2} 0Z`, ...paint });
    case 'triangle':
      return el('path', { d: `M0 ${-r * 1.15}L${r * 1.1} ${r * 0.8}L${-r * 1.1} ${r * 0.8}Z`, ...paint });
    default:
      return el('circle', { r, ...paint });
  }
}

/** Attributes that let anyone (and the tests) read a mark's number back from the SVG. */
export function markData(data: ChartData, groupIndex: number, rowLabel: string, phase: 'before' | 'after', value: number) {
  return {
    'data-indicator': rowLabel,
    'data-series': data.groups[groupIndex]!.short,
    'data-phase': phase,
    'data-value': String(value),
  };
}

/** The value axis of one plot area. */
export function valueScale(data: ChartData, x0: number, x1: number): { scale: LinearScale; ticks: number[] } {
  const values = data.rows.flatMap((r) => r.values.flatMap((v) => [v.before.value, v.after.value]));
  const domain = valueDomain(data.unit, values);
  return { scale: linearScale(domain, [x0, x1]), ticks: ticks(domain) };
}

function tickText(value: number, unit: ChartData['unit']): string {
  return unit === 'percent' ? `${value}%` : String(value);
}

/** Vertical gridlines of a plot area between y0 and y1, one per tick; `series` names the group when each has its own panel. */
export function gridlines(scale: LinearScale, tickValues: number[], y0: number, y1: number, series?: string): SvgElement {
  return el(
    'g',
    { class: 'rt-grid', stroke: '#d8d0e0', 'stroke-width': 1, 'data-series': series },
    tickValues.map((t) => el('line', { x1: scale(t), x2: scale(t), y1: y0, y2: y1, 'data-tick': String(t) })),
  );
}

/** Tick labels under (or over) a plot area; every other one where they would crowd. */
export function tickLabels(scale: LinearScale, tickValues: number[], y: number, unit: ChartData['unit'], size: number): SvgElement {
  const spacing = Math.abs(scale(tickValues[1] ?? 1) - scale(tickValues[0] ?? 0));
  const every = spacing >= textWidth(tickText(tickValues.at(-1)!, unit), size) + 20 ? 1 : 2;
  return el(
    'g',
    { class: 'rt-muted', 'font-size': size, 'text-anchor': 'middle' },
    tickValues
      .filter((_, i) => i % every === 0)
      .map((t) => el('text', { x: scale(t), y, 'data-tick-label': String(t) }, tickText(t, unit))),
  );
}

/** Lines of text from a top-left point; returns the element and the height it takes. */
export function textBlock(
  lines: string[],
  x: number,
  top: number,
  s: Sizes,
  attrs: Record<string, string | number> = {},
): { node: SvgElement; height: number } {
  const node = el(
    'text',
    { x, y: top + s.font * 0.85, ...attrs },
    lines.map((line, i) => el('tspan', { x, dy: i === 0 ? undefined : s.line }, line)),
  );
  return { node, height: lines.length * s.line };
}

interface LegendItem {
  mark: SvgElement;
  text: string;
}

/**
 * The key: each group's shape and name (where the layout does not already name them beside
 * the marks), and how before and after are drawn. Items flow onto more lines when narrow.
 */
export function legend(items: LegendItem[], top: number, s: Sizes): { node: SvgElement; height: number } {
  const width = s.width - 2 * s.pad;
  let x = s.pad;
  let y = top + s.line / 2;
  const nodes: SvgNode[] = [];
  for (const item of items) {
    const w = 22 + textWidth(item.text, s.small);
    if (x > s.pad && x + w > s.pad + width) {
      x = s.pad;
      y += s.line + 4;
    }
    nodes.push(el('g', { transform: `translate(${x + 8} ${y})` }, item.mark));
    nodes.push(el('text', { x: x + 20, y: y + s.small * 0.35, 'font-size': s.small }, item.text));
    x += w + 16;
  }
  return { node: el('g', { class: 'rt-legend' }, nodes), height: y - top + s.line / 2 };
}

/** The key for before and after, drawn as each kind draws them. */
export function phaseLegendItems(data: ChartData, s: Sizes, kind: 'marks' | 'bars'): LegendItem[] {
  const sample = (after: boolean) =>
    kind === 'marks'
      ? el('circle', {
          r: s.r,
          class: `rt-shape rt-neutral ${after ? 'rt-after' : 'rt-before'}`,
          fill: after ? 'currentColor' : 'none',
          stroke: 'currentColor',
          'stroke-width': 2.5,
        })
      : el('rect', {
          x: -8,
          y: -5,
          width: 16,
          height: 10,
          class: `rt-bar rt-neutral ${after ? 'rt-after' : 'rt-before'}`,
          fill: 'currentColor',
          'fill-opacity': after ? 1 : 0.3,
          stroke: 'currentColor',
          'stroke-width': 1.5,
        });
  return [
    { mark: sample(false), text: `${data.phases.before} (${kind === 'marks' ? 'hollow' : 'light'})` },
    { mark: sample(true), text: `${data.phases.after} (${kind === 'marks' ? 'filled' : 'solid'})` },
  ];
}

/** What the markers mean and where the figures come from, printed under the chart. */
function footnotes(data: ChartData, top: number, s: Sizes): { node: SvgElement; height: number } {
  const markers = [...new Set(data.rows.map((r) => r.marker).filter(Boolean))].sort((a, b) => a.length - b.length);
  const notes = [
    markers.length && data.markerMeaning ? `${markers.join(', ')}: ${data.markerMeaning}.` : '',
    `Source: ${citationPlace(data.source)}. ${citationLinkText(data.source)}`,
  ].filter(Boolean);
  const lines = notes.flatMap((n) => wrapText(n, s.width - 2 * s.pad, s.small));
  const block = textBlock(lines, s.pad, top, { ...s, font: s.small }, { class: 'rt-muted', 'font-size': s.small });
  return block;
}

/** The accessible root: role="img", named by its <title> and <desc>. */
function svgRoot(data: ChartData, layout: Layout, id: string, width: number, height: number, children: SvgNode[]): SvgElement {
  const s = SIZES[layout];
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${Math.ceil(height)}`,
      width,
      height: Math.ceil(height),
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: `rt-chart rt-chart-${layout}`,
      'data-chart': data.slug,
      'data-kind': data.kind,
      'data-layout': layout,
      'font-size': s.font,
      fill: 'currentColor',
    },
    el('title', { id: `${id}-title` }, data.title),
    el('desc', { id: `${id}-desc` }, data.description),
    children,
  );
}

/** A row's name as printed, with its marker (e.g. "***") after it. */
export function rowName(row: { label: string; marker: string }): string {
  return row.marker ? `${row.label} ${row.marker}` : row.label;
}

/** A plot's value axis: the scale and its ticks. */
export interface Axis {
  scale: LinearScale;
  ticks: number[];
}

/** The key, then each axis's tick labels; returns them and the y where the rows begin. */
export function chartTop(
  data: ChartData,
  s: Sizes,
  kind: 'marks' | 'bars',
  axes: Axis[],
  top: number,
): { nodes: SvgNode[]; bottom: number } {
  const key = legend(phaseLegendItems(data, s, kind), top, s);
  const y = top + key.height + 10;
  return { nodes: [key.node, ...axes.map((a) => tickLabels(a.scale, a.ticks, y + s.small, data.unit, s.small))], bottom: y + s.small + 8 };
}

/** Tick labels under the last row, the footnotes, and the accessible <svg> around it all. */
export function chartBottom(
  data: ChartData,
  layout: Layout,
  id: string,
  width: number,
  nodes: SvgNode[],
  axes: Axis[],
  y: number,
): SvgElement {
  const s = { ...SIZES[layout], width };
  const bottomTicks = axes.map((a) => tickLabels(a.scale, a.ticks, y + s.small + 4, data.unit, s.small));
  const notes = footnotes(data, y + s.small + 18, s);
  return svgRoot(data, layout, id, width, y + s.small + 18 + notes.height + s.pad, [...nodes, ...bottomTicks, notes.node]);
}
