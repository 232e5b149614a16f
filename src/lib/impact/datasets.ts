/**
 * Data files under content/datasets/: each <name>.csv comes with <name>.json declaring its source
 * and its columns (src/lib/content/schemas.ts, datasetDeclarationSchema). Every cell is checked against
 * its column's type, so bad data fails the build naming the file, row and column.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { parseCsv, CsvError } from './csv.ts';
import {
  datasetDeclarationSchema,
  type ColumnType,
  type DatasetColumnDeclaration,
  type DatasetDeclaration,
} from '#src/lib/content/schemas.ts';

/** A validated cell: numbers for count, number and percent columns, text otherwise. */
export type Cell = string | number;

export interface DatasetColumn extends DatasetColumnDeclaration {
  /** Decimal places as printed (the most any cell of the column has), so 38.0 stays "38.0". */
  decimals: number;
}

export interface Dataset extends Omit<DatasetDeclaration, 'columns'> {
  /** File name without .csv; also the download name. */
  name: string;
  /** The CSV's path relative to the project, for error messages. */
  file: string;
  columns: DatasetColumn[];
  rows: Record<string, Cell>[];
  /** The CSV exactly as committed, for byte-for-byte downloads. */
  raw: string;
}

class DatasetError extends Error {
  override name = 'DatasetError';
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const number = z.string().regex(NUMBER, 'Expected a number (digits, optionally with a decimal point)').transform(Number);

/** The check each column type applies to a cell; messages say what was expected. */
const CELL_SCHEMAS: Record<Exclude<ColumnType, 'marker'>, z.ZodType<Cell, string>> = {
  text: z.string().trim().min(1, 'Expected some text, not an empty cell'),
  number,
  count: z.string().regex(/^\d+$/, 'Expected a count: a whole number of 0 or more, digits only').transform(Number),
  percent: number.refine((n) => n >= 0 && n <= 100, 'Expected a percentage between 0 and 100'),
};

function cellSchema(column: DatasetColumnDeclaration): z.ZodType<Cell, string> {
  if (column.type !== 'marker') return CELL_SCHEMAS[column.type];
  const values = column.values ?? [];
  return z.string().refine((v) => values.includes(v), `Expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);
}

/** A zod schema for one CSV row, built from the declared columns. */
function rowSchemaFor(columns: readonly DatasetColumnDeclaration[]) {
  return z.object(Object.fromEntries(columns.map((c) => [c.name, cellSchema(c)])));
}

/** Read and check a declaration (<name>.json). Throws a DatasetError naming the file and field. */
export function parseDeclaration(file: string, text: string): DatasetDeclaration {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')); // a BOM, as in CSV files, is accepted
  } catch (e) {
    throw new DatasetError(`${file}: this is not valid JSON (${(e as Error).message}).`);
  }
  const result = datasetDeclarationSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DatasetError(`${file}, field "${issue.path.join('.')}": ${issue.message}`);
}

/** Parse and validate one dataset's CSV against its declaration. Throws a DatasetError naming file, row and column. */
export function validateDataset(
  name: string,
  file: string,
  raw: string,
  declaration: DatasetDeclaration,
  declarationFile = file.replace(/\.csv$/, '.json'),
): Dataset {
  let table;
  try {
    table = parseCsv(raw);
  } catch (e) {
    if (e instanceof CsvError) throw new DatasetError(`${file}: ${e.message}`);
    throw e;
  }
  const declared = declaration.columns.map((c) => c.name);
  // Row numbers count the header as row 1, as a spreadsheet shows them.
  for (const column of declared) {
    if (!table.columns.includes(column)) {
      throw new DatasetError(
        `${file}, row 1 (the header), column "${column}": the column is missing. ${declarationFile} declares the columns ${declared.join(', ')}.`,
      );
    }
  }
  for (const column of table.columns) {
    if (!declared.includes(column)) {
      throw new DatasetError(
        `${file}, row 1 (the header), column "${column}": this column is not declared in ${declarationFile}. Declare it there with its type, or remove it.`,
      );
    }
  }
  const rowSchema = rowSchemaFor(declaration.columns);
  const rows = table.rows.map((row, i) => {
    const result = rowSchema.safeParse(row);
    if (result.success) return result.data as Record<string, Cell>;
    const issue = result.error.issues[0]!;
    const column = String(issue.path[0] ?? '');
    throw new DatasetError(`${file}, row ${i + 2}, column "${column}": ${issue.message.replace(/\.$/, '')} (got "${row[column]}").`);
  });
  const columns = declaration.columns.map((c) => ({
    ...c,
    decimals: Math.max(0, ...table.rows.map((r) => r[c.name]!.split('.')[1]?.length ?? 0)),
  }));
  return { ...declaration, name, file, columns, rows, raw };
}

/** A path as an editor reads it: relative to the project, or in full when it lies outside. */
function shown(path: string, root: string): string {
  const rel = relative(root, path);
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** The declarations of every dataset in a folder, by name. */
export function readDatasetDeclarations(dir: string, root = process.cwd()): Map<string, DatasetDeclaration> {
  const declarations = new Map<string, DatasetDeclaration>();
  if (!existsSync(dir)) return declarations;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const path = join(dir, f);
    declarations.set(f.slice(0, -5), parseDeclaration(shown(path, root), readFileSync(path, 'utf8')));
  }
  return declarations;
}

/** Read and validate every dataset in a folder: each CSV with the declaration beside it. */
export function loadDatasets(dir: string, root = process.cwd()): Dataset[] {
  const declarations = readDatasetDeclarations(dir, root);
  const csvNames = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => f.slice(0, -4))
    .sort();
  for (const name of declarations.keys()) {
    if (!csvNames.includes(name)) {
      throw new DatasetError(`${shown(join(dir, `${name}.json`), root)}: declares a dataset, but ${name}.csv is not beside it.`);
    }
  }
  return csvNames.map((name) => {
    const file = shown(join(dir, `${name}.csv`), root);
    const declarationFile = shown(join(dir, `${name}.json`), root);
    const declaration = declarations.get(name);
    if (!declaration) {
      throw new DatasetError(
        `${file}: no declaration beside it. Add ${declarationFile} giving the source and, for each column, its type (see README.md, "IMPACT data").`,
      );
    }
    return validateDataset(name, file, readFileSync(join(dir, `${name}.csv`), 'utf8'), declaration, declarationFile);
  });
}

/** A cell as a reader sees it: percentages with their printed decimals and a % sign. */
export function formatCell(value: Cell, column: Pick<DatasetColumn, 'type' | 'decimals'>): string {
  if (typeof value === 'string') return value;
  const text = value.toFixed(column.decimals);
  return column.type === 'percent' ? `${text}%` : text;
}
