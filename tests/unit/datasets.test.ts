import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '#src/lib/impact/csv.ts';
import { formatCell, loadDatasets, parseDeclaration, validateDataset } from '#src/lib/impact/datasets.ts';

const source = readFileSync('content/datasets/impact-appendix-a.csv', 'utf8');
const declarationText = readFileSync('content/datasets/impact-appendix-a.json', 'utf8');
const declaration = parseDeclaration('impact-appendix-a.json', declarationText);
const FILE = 'content/datasets/impact-appendix-a.csv';
const validate = (csv: string) => () => validateDataset('impact-appendix-a', FILE, csv, declaration);

describe('CSV reader', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    const t = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n');
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.rows).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });
  it('says which row has the wrong number of cells', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow('row 3 has 1 cells, expected 2');
  });
});

describe('the Appendix A dataset', () => {
  // The project's copy of the verified facts file (facts/impact-appendix-a.csv, Appendix A of the
  // IMPACT article); the figures below are as the article prints them.
  it('validates against its declaration and holds the published figures', () => {
    const [dataset] = loadDatasets('content/datasets');
    expect(dataset!.name).toBe('impact-appendix-a');
    expect(dataset!.rows).toHaveLength(8);
    expect(dataset!.rows[0]).toMatchObject({
      indicator: '(Partner) felt sadness',
      significance_marker: '***',
      partner_pre_pct: 81.7,
      partner_post_count: 20,
    });
    expect(dataset!.rows[7]).toMatchObject({
      indicator: '(Partner) felt anxious/panic/lost concentration',
      significance_marker: '*',
      client_pre_count: 28,
      client_pre_pct: 21.1,
      partner_post_pct: 15.5,
    });
    expect(dataset!.source.doi).toBe('10.3390/socsci12110613');
  });

  it('keeps the decimals as printed: 38.0 stays "38.0%"', () => {
    const [dataset] = loadDatasets('content/datasets');
    const pct = dataset!.columns.find((c) => c.name === 'partner_pre_pct')!;
    expect(formatCell(38, pct)).toBe('38.0%');
    expect(
      formatCell(
        27,
        dataset!.columns.find((c) => c.name === 'partner_pre_count')!,
      ),
    ).toBe('27');
  });
});

describe('bad data names the file, row and column', () => {
  it('a percentage over 100', () => {
    expect(validate(source.replace('54.1,58,81.7', '54.1,58,181.7'))).toThrow(
      `${FILE}, row 2, column "partner_pre_pct": Expected a percentage between 0 and 100 (got "181.7").`,
    );
  });
  it('a cell that is not a number', () => {
    expect(validate(source.replace('61,45.9,36,50.7', '61,45.9,thirty-six,50.7'))).toThrow(
      `${FILE}, row 3, column "partner_pre_count": Expected a count: a whole number of 0 or more, digits only (got "thirty-six").`,
    );
  });
  it('a percentage written with a comma or a % sign', () => {
    expect(validate(source.replace(/,28\.2(\r?\n)/, ',"28,2"$1'))).toThrow(`${FILE}, row 2, column "partner_post_pct": Expected a number`);
    expect(validate(source.replace(/,28\.2(\r?\n)/, ',28.2%$1'))).toThrow(`${FILE}, row 2, column "partner_post_pct": Expected a number`);
  });
  it('a marker the declaration does not allow', () => {
    expect(validate(source.replace('concentration,*,', 'concentration,ns,'))).toThrow(
      `${FILE}, row 9, column "significance_marker": Expected one of "", "*", "**", "***" (got "ns").`,
    );
  });
  it('an empty label', () => {
    expect(validate(source.replace('(Partner) felt sadness,', ','))).toThrow(`${FILE}, row 2, column "indicator": Expected some text`);
  });
  it('a column missing from the header', () => {
    const lines = source
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(',').slice(0, -1).join(','));
    expect(validate(lines.join('\n'))).toThrow(`${FILE}, row 1 (the header), column "partner_post_pct": the column is missing.`);
  });
  it('a column the declaration does not know', () => {
    const lines = source
      .trim()
      .split(/\r?\n/)
      .map((l, i) => `${l},${i === 0 ? 'extra' : 1}`);
    expect(validate(lines.join('\n'))).toThrow(
      `${FILE}, row 1 (the header), column "extra": this column is not declared in content/datasets/impact-appendix-a.json.`,
    );
  });
  it('a row with a cell too few', () => {
    expect(validate(source.replace(/,8,11\.3(\r?\n)/, ',8$1'))).toThrow(`${FILE}: row 6 has 9 cells, expected 10`);
  });
});

describe('a dataset declaration', () => {
  const json = JSON.parse(declarationText);
  it('names the field that is wrong', () => {
    const bad = { ...json, columns: json.columns.map((c: { name: string }, i: number) => (i === 3 ? { ...c, type: 'percentage' } : c)) };
    expect(() => parseDeclaration('x.json', JSON.stringify(bad))).toThrow(
      'x.json, field "columns.3.type": Expected the column type to be one of: text, count, number, percent, marker.',
    );
  });
  it('requires a DOI or a URL for the source', () => {
    const { doi: _doi, ...source } = json.source;
    expect(() => parseDeclaration('x.json', JSON.stringify({ ...json, source }))).toThrow(
      'x.json, field "source.doi": Expected a "doi" or a "url"',
    );
  });
  it('requires values and their meaning for a marker column', () => {
    const bad = { ...json, columns: json.columns.map((c: { name: string; meaning?: string }) => ({ ...c, meaning: undefined })) };
    expect(() => parseDeclaration('x.json', JSON.stringify(bad))).toThrow(
      'x.json, field "columns.1.values": A marker column needs "values"',
    );
  });
  it('says when the file is not JSON', () => {
    expect(() => parseDeclaration('x.json', '{ title: }')).toThrow('x.json: this is not valid JSON');
  });
});
