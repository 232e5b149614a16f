/**
 * From a chart declared in content (ChartSpec) and its validated dataset to the numbers drawn.
 * chartSpecIssues() checks a declaration against the dataset's columns while content is
 * validated, so a wrong column name fails the build naming the entry and the field.
 */
import type { ChartSpec, Citation, DatasetDeclaration } from '#src/lib/content/schemas.ts';
import { formatCell, type Dataset } from '#src/lib/impact/datasets.ts';

/** One number drawn, with the text printed beside it and the count behind it. */
interface ChartDatum {
  value: number;
  /** As printed, e.g. "81.7%". */
  text: string;
  count?: number;
}

interface ChartGroup {
  /** Position in the declaration: picks the colour and shape of its marks. */
  index: number;
  label: string;
  short: string;
}

export interface ChartRow {
  label: string;
  /** The marker printed beside the row in the source (e.g. "**"), or "". */
  marker: string;
  /** Before and after for each group, in the order of `groups`. */
  values: { before: ChartDatum; after: ChartDatum }[];
}

export interface ChartData {
  slug: string;
  title: string;
  description: string;
  kind: ChartSpec['kind'];
  /** What each row is, from the label column's declaration, e.g. "Impact on the (ex-)partner". */
  rowHeading: string;
  unit: 'percent' | 'number';
  phases: { before: string; after: string };
  groups: ChartGroup[];
  rows: ChartRow[];
  /** What a marker means, as far as the source says (from the dataset's declaration). */
  markerMeaning?: string;
  /** The dataset's name and source, cited under the chart. */
  dataset: string;
  source: Citation;
}

export interface SpecIssue {
  /** Path of the field inside the chart declaration, e.g. ["groups", 1, "after", "value"]. */
  path: (string | number)[];
  message: string;
}

/** What is wrong with a chart declaration given the datasets that exist; empty when it is right. */
export function chartSpecIssues(spec: ChartSpec, datasets: ReadonlyMap<string, DatasetDeclaration>): SpecIssue[] {
  const declaration = datasets.get(spec.dataset);
  if (!declaration) {
    const names = [...datasets.keys()];
    return [
      {
        path: ['dataset'],
        message: `No dataset "${spec.dataset}" in content/datasets/ (a .csv with its .json). Expected one of: ${names.join(', ') || 'none yet'}.`,
      },
    ];
  }
  const issues: SpecIssue[] = [];
  const columns = new Map(declaration.columns.map((c) => [c.name, c]));
  const expect = (path: SpecIssue['path'], name: string | undefined, types: string[], what: string) => {
    if (name === undefined) return;
    const column = columns.get(name);
    if (!column) {
      issues.push({
        path,
        message: `The dataset "${spec.dataset}" has no column "${name}". Expected ${what}: ${[...columns.values()]
          .filter((c) => types.includes(c.type))
          .map((c) => c.name)
          .join(', ')}.`,
      });
    } else if (!types.includes(column.type)) {
      issues.push({ path, message: `The column "${name}" holds ${column.type} values; expected ${what}.` });
    }
  };
  expect(['label'], spec.label, ['text'], 'a text column naming each row');
  expect(['marker'], spec.marker, ['marker'], 'a marker column');
  spec.groups.forEach((group, g) => {
    for (const phase of ['before', 'after'] as const) {
      expect(['groups', g, phase, 'value'], group[phase].value, ['percent', 'number', 'count'], 'a percent, number or count column');
      expect(['groups', g, phase, 'count'], group[phase].count, ['count'], 'a count column');
    }
  });
  const valueTypes = new Set(
    spec.groups
      .flatMap((g) => [g.before.value, g.after.value])
      .map((n) => columns.get(n)?.type)
      .filter(Boolean),
  );
  if (issues.length === 0 && valueTypes.size > 1) {
    issues.push({
      path: ['groups'],
      message: 'Every value drawn in one chart must be of one type (all percent, all number or all count columns), so they share one axis.',
    });
  }
  return issues;
}

/**
 * Rows one chart may draw: each is a labelled line of marks, and past a few dozen the chart (and
 * its table) no longer fits a phone screen or a reader's attention. A dataset may hold more.
 */
export const MAX_CHART_ROWS = 40;

/** The numbers a chart draws, read from its validated dataset. */
export function chartData(spec: ChartSpec, dataset: Dataset): ChartData {
  const issues = chartSpecIssues(spec, new Map([[dataset.name, dataset]]));
  if (issues.length) throw new Error(`Chart "${spec.slug}", field ${issues[0]!.path.join('.')}: ${issues[0]!.message}`);
  if (dataset.rows.length > MAX_CHART_ROWS) {
    throw new Error(
      `Chart "${spec.slug}", field dataset: "${dataset.name}" has ${dataset.rows.length.toLocaleString('en')} rows; a chart may draw at most ${MAX_CHART_ROWS} (more would not be readable on a phone). Chart a dataset that summarises the figures, or show this one as a download only.`,
    );
  }
  const column = (name: string) => dataset.columns.find((c) => c.name === name)!;
  const firstValue = column(spec.groups[0]!.before.value);
  const datum = (row: Record<string, string | number>, cols: { value: string; count?: string }): ChartDatum => ({
    value: row[cols.value] as number,
    text: formatCell(row[cols.value]!, column(cols.value)),
    count: cols.count === undefined ? undefined : (row[cols.count] as number),
  });
  return {
    slug: spec.slug,
    title: spec.title,
    description: spec.description,
    kind: spec.kind,
    rowHeading: column(spec.label).label,
    unit: firstValue.type === 'percent' ? 'percent' : 'number',
    phases: spec.phases,
    groups: spec.groups.map((g, index) => ({ index, label: g.label, short: g.short })),
    rows: dataset.rows.map((row) => ({
      label: String(row[spec.label]),
      marker: spec.marker ? String(row[spec.marker]) : '',
      values: spec.groups.map((g) => ({ before: datum(row, g.before), after: datum(row, g.after) })),
    })),
    markerMeaning: spec.marker ? column(spec.marker).meaning : undefined,
    dataset: dataset.name,
    source: dataset.source,
  };
}
