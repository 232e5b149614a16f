import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/csv';
import { loadDatasets, validateDataset } from '../../src/lib/datasets';

const source = readFileSync('content/datasets/impact-appendix-a.csv', 'utf8');

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
  it('is a copy of the verified facts file and validates', () => {
    expect(source).toBe(readFileSync('../shared/facts/impact-appendix-a.csv', 'utf8'));
    const [dataset] = loadDatasets('content/datasets');
    expect(dataset!.name).toBe('impact-appendix-a');
    expect(dataset!.rows).toHaveLength(8);
    expect(dataset!.rows[0]).toMatchObject({ indicator: '(Partner) felt sadness', partner_pre_pct: 81.7, partner_post_pct: 28.2 });
  });

  it('names the file, row and column of a bad cell', () => {
    const broken = source.replace('54.1,58,81.7', '54.1,58,181.7');
    expect(() => validateDataset('impact-appendix-a', 'content/datasets/impact-appendix-a.csv', broken)).toThrow(
      'content/datasets/impact-appendix-a.csv, row 2, column "partner_pre_pct": Expected a percentage between 0 and 100 (got "181.7").',
    );
  });

  it('names a missing column', () => {
    const lines = source.trim().split('\n').map((l) => l.split(',').slice(0, -1).join(','));
    expect(() => validateDataset('impact-appendix-a', 'x.csv', lines.join('\n'))).toThrow('x.csv, row 2, column "partner_post_pct"');
  });
});
