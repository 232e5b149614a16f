/**
 * Grouped horizontal bars: for each row, one bar per group before and after, each named
 * ("Men before") and with its value printed at its end. Horizontal bars keep long row names
 * readable; wide puts the row's name on the left, narrow puts it above its bars.
 */
import { el, type SvgElement, type SvgNode } from './svg.ts';
import type { LinearScale } from './scale.ts';
import { textWidth, wrapText } from './text.ts';
import type { ChartData, ChartRow } from './data.ts';
import {
  GROUP_COLOURS,
  SIZES,
  chartBottom,
  chartTop,
  gridlines,
  markData,
  rowName,
  textBlock,
  valueScale,
  type Layout,
  type Sizes,
} from './parts.ts';

const PHASES = ['before', 'after'] as const;

/** The name printed beside a bar: the group's short name and the moment, e.g. "Men before". */
function barName(data: ChartData, groupIndex: number, phase: 'before' | 'after'): string {
  return `${data.groups[groupIndex]!.short} ${data.phases[phase].toLowerCase()}`;
}

/**
 * The bars of one row from `top`; returns them and their height. Wide names each bar in full
 * beside it; narrow writes the group's name on a line above its two bars, named by moment only.
 */
function bars(
  data: ChartData,
  row: ChartRow,
  scale: LinearScale,
  namesX: number,
  top: number,
  s: Sizes,
  layout: Layout,
): { node: SvgElement; height: number } {
  const barHeight = s.small + 1;
  const step = barHeight + 4;
  const nodes: SvgNode[] = [];
  let y = top;
  data.groups.forEach((group, g) => {
    const colour = GROUP_COLOURS[g % GROUP_COLOURS.length];
    if (layout === 'narrow') {
      nodes.push(el('text', { x: namesX, y: y + s.small, 'font-size': s.small, 'font-weight': 700 }, group.short));
      y += s.line;
    }
    for (const phase of PHASES) {
      const datum = row.values[g]![phase];
      const x0 = scale(scale.domain[0]);
      const x = scale(datum.value);
      const after = phase === 'after';
      nodes.push(
        el(
          'g',
          { class: `rt-g${g}` },
          el(
            'text',
            { x: namesX, y: y + barHeight * 0.78, 'font-size': s.small },
            layout === 'wide' ? barName(data, g, phase) : data.phases[phase],
          ),
          el('rect', {
            class: `rt-bar ${after ? 'rt-after' : 'rt-before'}`,
            x: x0,
            y,
            width: Math.max(0, x - x0),
            height: barHeight,
            fill: colour,
            'fill-opacity': after ? 1 : 0.3,
            stroke: colour,
            'stroke-width': 1.5,
            ...markData(data, g, row.label, phase, datum.value),
          }),
          el('text', { x: x + 4, y: y + barHeight * 0.78, 'font-size': s.small }, datum.text),
        ),
      );
      y += step;
    }
    y += 4;
  });
  return { node: el('g', {}, nodes), height: y - top - 4 };
}

export function groupedBarsChart(data: ChartData, layout: Layout, id: string): SvgElement {
  const s = SIZES[layout];
  const width = s.width;
  const gutter = layout === 'wide' ? 236 : 0;
  const names =
    layout === 'wide' ? data.groups.flatMap((_, g) => PHASES.map((p) => barName(data, g, p))) : PHASES.map((p) => data.phases[p]);
  const plotLeft = s.pad + gutter + 8 + Math.max(...names.map((n) => textWidth(n, s.small)));
  const { scale, ticks } = valueScale(data, plotLeft, width - s.pad - textWidth('100.0%', s.small) - 6);
  const top = chartTop(data, s, 'bars', [{ scale, ticks }], s.pad);
  const nodes: SvgNode[] = top.nodes;
  let y = top.bottom;

  for (const row of data.rows) {
    const lines = wrapText(rowName(row), layout === 'wide' ? gutter - 16 : width - 2 * s.pad, s.font);
    const nameHeight = lines.length * s.line;
    const barsTop = layout === 'wide' ? y + 10 : y + 8 + nameHeight + 4;
    const rowBars = bars(data, row, scale, s.pad + gutter, barsTop, s, layout);
    const bottom = Math.max(barsTop + rowBars.height, y + 10 + nameHeight) + 10;
    const nameTop = layout === 'wide' ? y + (bottom - y - nameHeight) / 2 : y + 8;
    nodes.push(
      el(
        'g',
        { class: 'rt-row', 'data-indicator': row.label },
        el('line', { class: 'rt-rule', x1: s.pad, x2: width - s.pad, y1: y, y2: y, stroke: '#d8d0e0' }),
        textBlock(lines, s.pad, nameTop, s, layout === 'narrow' ? { 'font-weight': 700 } : {}).node,
        gridlines(scale, ticks, barsTop - 4, barsTop + rowBars.height + 4),
        rowBars.node,
      ),
    );
    y = bottom;
  }
  return chartBottom(data, layout, id, width, nodes, [{ scale, ticks }], y);
}
