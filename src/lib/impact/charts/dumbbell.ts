/**
 * Before/after dumbbells: for each row and group, a hollow mark at the value before, a filled
 * mark at the value after, joined by a line, each value printed beside its mark.
 *
 * Wide: one panel per group side by side (rows' names on the left), so one glance compares how
 * far each group's marks move. Narrow: rows one under the other, each group on its own line.
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
  legend,
  markData,
  phaseLegendItems,
  rowName,
  shape,
  textBlock,
  tickLabels,
  valueScale,
  type Layout,
  type Sizes,
} from './parts.ts';

/** Room beside a plot for the value printed next to its outermost mark, e.g. "100.0%". */
const valueRoom = (s: Sizes) => textWidth('100.0%', s.small) + s.r + 6;

/** One group's dumbbell for one row, centred on y. */
function dumbbell(
  data: ChartData,
  row: ChartRow,
  groupIndex: number,
  scale: LinearScale,
  y: number,
  s: Sizes,
  withValues = true,
): SvgElement {
  const { before, after } = row.values[groupIndex]!;
  const xb = scale(before.value);
  const xa = scale(after.value);
  // The lower value is labelled on its left, the higher on its right, so labels never overlap the line.
  const label = (x: number, text: string, side: 'left' | 'right') =>
    el(
      'text',
      {
        x: side === 'left' ? x - s.r - 4 : x + s.r + 4,
        y: y + s.small * 0.35,
        'text-anchor': side === 'left' ? 'end' : 'start',
        'font-size': s.small,
      },
      text,
    );
  const afterIsLower = after.value < before.value;
  return el(
    'g',
    { class: `rt-dumbbell rt-g${groupIndex}`, 'data-indicator': row.label, 'data-series': data.groups[groupIndex]!.short },
    el('line', {
      class: 'rt-link',
      x1: xb,
      x2: xa,
      y1: y,
      y2: y,
      stroke: GROUP_COLOURS[groupIndex % GROUP_COLOURS.length],
      'stroke-width': 3,
      'stroke-opacity': 0.6,
    }),
    el(
      'g',
      { class: 'rt-mark', transform: `translate(${xb} ${y})`, ...markData(data, groupIndex, row.label, 'before', before.value) },
      shape(groupIndex, s.r, false),
    ),
    el(
      'g',
      { class: 'rt-mark', transform: `translate(${xa} ${y})`, ...markData(data, groupIndex, row.label, 'after', after.value) },
      shape(groupIndex, s.r, true),
    ),
    withValues && label(xb, before.text, afterIsLower ? 'right' : 'left'),
    withValues && label(xa, after.text, afterIsLower ? 'left' : 'right'),
  );
}

function wide(data: ChartData, id: string): SvgElement {
  const s = SIZES.wide;
  const gutter = 236;
  const panelWidth = 258;
  const width = gutter + panelWidth * data.groups.length + s.pad;
  const room = valueRoom(s);
  const panels = data.groups.map((g, i) => {
    const left = gutter + i * panelWidth;
    return { group: g, left, ...valueScale(data, left + room, left + panelWidth - room) };
  });
  const nodes: SvgNode[] = [];
  let y = s.pad;

  const key = legend(phaseLegendItems(data, s, 'marks'), y, { ...s, width });
  nodes.push(key.node);
  y += key.height + 14;

  // Each panel is headed by its group's shape and name.
  const headerLines = panels.map((p) => wrapText(p.group.label, panelWidth - 40, s.font * 1.08));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * s.line;
  panels.forEach((p, i) => {
    nodes.push(
      el(
        'g',
        { class: `rt-panel-title rt-g${i}`, 'font-weight': 700, 'data-series': p.group.short },
        el('g', { transform: `translate(${p.left + 14} ${y + s.line / 2})` }, shape(i, s.r, true)),
        textBlock(headerLines[i]!, p.left + 28, y, s).node,
      ),
    );
  });
  y += headerHeight + 4;
  nodes.push(...panels.map((p) => tickLabels(p.scale, p.ticks, y + s.small, data.unit, s.small)));
  y += s.small + 8;

  const plotTop = y;
  const rows: SvgNode[] = [];
  for (const row of data.rows) {
    const lines = wrapText(rowName(row), gutter - 16, s.font);
    const height = Math.max(lines.length * s.line, 2 * s.r + 8) + 14;
    const centre = y + height / 2;
    rows.push(
      el(
        'g',
        { class: 'rt-row', 'data-indicator': row.label },
        el('line', { class: 'rt-rule', x1: s.pad, x2: width - s.pad, y1: y, y2: y, stroke: '#d8d0e0' }),
        textBlock(lines, s.pad, centre - (lines.length * s.line) / 2, s).node,
        panels.map((p, g) => dumbbell(data, row, g, p.scale, centre, s)),
      ),
    );
    y += height;
  }
  nodes.push(...panels.map((p) => gridlines(p.scale, p.ticks, plotTop, y, p.group.short)), ...rows);
  return chartBottom(data, 'wide', id, width, nodes, panels, y);
}

function narrow(data: ChartData, id: string): SvgElement {
  const s = SIZES.narrow;
  const width = s.width;
  // The track spans the whole width; the values are written out above it instead of beside the marks.
  const { scale, ticks } = valueScale(data, s.pad + 12, width - s.pad - 18);
  const top = chartTop(data, s, 'marks', [{ scale, ticks }], s.pad);
  const nodes: SvgNode[] = top.nodes;
  let y = top.bottom;

  const trackHeight = 2 * s.r + 8;
  for (const row of data.rows) {
    const name = textBlock(wrapText(rowName(row), width - 2 * s.pad, s.font), s.pad, y + 8, s, { 'font-weight': 700 });
    let top = y + 8 + name.height + 4;
    const groups: SvgNode[] = [];
    data.groups.forEach((g, i) => {
      const { before, after } = row.values[i]!;
      const baseline = top + s.small;
      const centre = top + s.line + 2 + trackHeight / 2;
      groups.push(
        el(
          'g',
          {},
          el('g', { class: `rt-g${i}`, transform: `translate(${s.pad + 6} ${baseline - s.small * 0.35})` }, shape(i, s.r * 0.8, true)),
          el('text', { x: s.pad + 18, y: baseline, 'font-size': s.small }, g.short),
          el('text', { x: width - s.pad, y: baseline, 'font-size': s.small, 'text-anchor': 'end' }, `${before.text} → ${after.text}`),
          gridlines(scale, ticks, centre - trackHeight / 2, centre + trackHeight / 2),
          dumbbell(data, row, i, scale, centre, s, false),
        ),
      );
      top += s.line + 2 + trackHeight + 4;
    });
    nodes.push(
      el(
        'g',
        { class: 'rt-row', 'data-indicator': row.label },
        el('line', { class: 'rt-rule', x1: s.pad, x2: width - s.pad, y1: y, y2: y, stroke: '#d8d0e0' }),
        name.node,
        groups,
      ),
    );
    y = top + 4;
  }
  return chartBottom(data, 'narrow', id, width, nodes, [{ scale, ticks }], y);
}

export function dumbbellChart(data: ChartData, layout: Layout, id: string): SvgElement {
  return layout === 'wide' ? wide(data, id) : narrow(data, id);
}
