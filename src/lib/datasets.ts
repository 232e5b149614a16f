/**
 * Data files under content/datasets/: each CSV is parsed and every row validated against the
 * schema registered for it, so a bad cell fails the build naming the file, row and column.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parseCsv, CsvError } from './csv';
import { appendixARowSchema } from './schemas';

/** Which row schema each dataset file follows (by file name without .csv). */
export const DATASET_ROW_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  'impact-appendix-a': appendixARowSchema,
};

export interface Dataset {
  /** File name without .csv; also the download name. */
  name: string;
  /** Path relative to the project, for error messages and citations. */
  file: string;
  columns: string[];
  rows: Record<string, unknown>[];
  /** The file exactly as committed, for byte-for-byte downloads. */
  raw: string;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Parse and validate one dataset's text. Throws a DatasetError naming file, row and column. */
export function validateDataset(name: string, file: string, raw: string): Dataset {
  const rowSchema = DATASET_ROW_SCHEMAS[name];
  if (!rowSchema) {
    throw new DatasetError(
      `${file}: no row schema is registered for the dataset "${name}". Expected one of: ${Object.keys(DATASET_ROW_SCHEMAS).join(', ')} (see src/lib/datasets.ts).`,
    );
  }
  let table;
  try {
    table = parseCsv(raw);
  } catch (e) {
    if (e instanceof CsvError) throw new DatasetError(`${file}: ${e.message}`);
    throw e;
  }
  const rows = table.rows.map((row, i) => {
    const result = rowSchema.safeParse(row);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const column = String(issue.path[0] ?? '');
    const got = column in row ? `got "${row[column]}"` : 'the column is missing';
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    throw new DatasetError(`${file}, row ${i + 2}, column "${column}": ${issue.message.replace(/\.$/, "")} (${got}).`);
  });
  return { name, file, columns: table.columns, rows, raw };
}

/** Read every CSV in a folder. */
export function loadDatasets(dir: string, root = process.cwd()): Dataset[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return validateDataset(f.slice(0, -4), relative(root, path), readFileSync(path, 'utf8'));
    });
}
