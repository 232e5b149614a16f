/** Draws a chart as SVG markup, at build time: no chart code runs in the visitor's browser. */
import type { ChartData } from './data';
import { dumbbellChart } from './dumbbell';
import { groupedBarsChart } from './grouped-bars';
import type { Layout } from './parts';
import { renderSvg, type SvgElement } from './svg';

export type { ChartData } from './data';
export type { Layout } from './parts';

/** The chart as an element tree; `id` prefixes the ids of its <title> and <desc>. */
export function chartSvg(data: ChartData, layout: Layout, id = `${data.slug}-${layout}`): SvgElement {
  return data.kind === 'dumbbell' ? dumbbellChart(data, layout, id) : groupedBarsChart(data, layout, id);
}

/** The chart as markup to inline in a page. */
export function chartMarkup(data: ChartData, layout: Layout, id?: string): string {
  return renderSvg(chartSvg(data, layout, id));
}
