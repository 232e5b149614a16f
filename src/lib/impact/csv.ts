/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF line ends. */
export interface CsvTable {
  /** Column names from the header row, in order. */
  columns: string[];
  /** One record per data row, keyed by column name; values are the raw cell text. */
  rows: Record<string, string>[];
}

export class CsvError extends Error {}

export function parseCsv(text: string): CsvTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      field = '';
      records.push(record);
      record = [];
    } else field += ch;
  }
  if (quoted) throw new CsvError('a quoted field is never closed (a " is missing).');
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => !(r.length === 1 && r[0] === ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new CsvError('the file is empty: expected a header row.');
  const rows = body.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new CsvError(`row ${i + 2} has ${cells.length} cells, expected ${header.length} (one per column of the header).`);
    }
    return Object.fromEntries(header.map((name, j) => [name, cells[j]]));
  });
  return { columns: header, rows };
}
