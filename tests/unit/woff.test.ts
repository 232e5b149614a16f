/** WOFF unpacked to a plain font: the same font, glyph for glyph, that fontkit reads in place. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { woffToSfnt } from '#src/lib/press/woff.ts';

const woff = readFileSync(createRequire(import.meta.url).resolve('typeface-inter/Inter Web/Inter-Regular.woff'));
const asFont = (bytes: Buffer) => fontkit.create(bytes) as Font;

describe('woffToSfnt', () => {
  it('gives the same font: names, glyphs, outlines and widths', () => {
    const [packed, plain] = [asFont(woff), asFont(woffToSfnt(woff))];
    expect(plain.type).toBe('TTF');
    expect(plain.familyName).toBe(packed.familyName);
    expect(plain.numGlyphs).toBe(packed.numGlyphs);
    const text = 'Responsible Together: łódź, Straße, € 1,5 “quotes”';
    const [a, b] = [packed.layout(text), plain.layout(text)];
    expect(b.glyphs.map((g) => g.id)).toEqual(a.glyphs.map((g) => g.id));
    expect(b.positions.map((p) => p.xAdvance)).toEqual(a.positions.map((p) => p.xAdvance));
    expect(b.glyphs.map((g) => g.path.toSVG())).toEqual(a.glyphs.map((g) => g.path.toSVG()));
  });

  it('refuses what is not a WOFF font', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, just text long enough for a header....'))).toThrow(/Not a WOFF 1\.0 font/);
  });
});
