import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDeclaration } from '#src/lib/impact/datasets.ts';

describe('a byte order mark', () => {
  it('is accepted at the start of a dataset declaration, as in its CSV', () => {
    const text = readFileSync('content/datasets/impact-appendix-a.json', 'utf8');
    expect(parseDeclaration('x.json', `\uFEFF${text}`)).toEqual(parseDeclaration('x.json', text));
  });
});
