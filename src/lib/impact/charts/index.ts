/** Draws a chart as SVG markup, at build time: no chart code runs in the visitor's browser. */
import type { ChartData } from './data.ts';
import { dumbbellChart } from './dumbbell.ts';
import { groupedBarsChart } from './grouped-bars.ts';
import type { Layout } from './parts.ts';
import { renderSvg, type SvgElement } from './svg.ts';

export type { ChartData } from './data.ts';
export type { Layout } from './parts.ts';

/** The chart as an element tree; `id` prefixes the ids of its <title> and <desc>. */
export function chartSvg(data: ChartData, layout: Layout, id = `${data.slug}-${layout}`): SvgElement {
  return data.kind === 'dumbbell' ? dumbbellChart(data, layout, id) : groupedBarsChart(data, layout, id);
}

/** The chart as markup to inline in a page. */
export function chartMarkup(data: ChartData, layout: Layout, id?: string): string {
  return renderSvg(chartSvg(data, layout, id));
}
