/** Renders release PDFs from fixture entries and reads them back as a journalist's tools would. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseDocument } from '../../src/lib/press-release';
import { renderReleasePdf } from '../../src/lib/release-pdf';
import { accentsRelease } from '../fixtures/releases/accents';

const NOW = new Date('2027-01-01T00:00:00Z');

/** pdftotext's text (white space squashed), pdfinfo's and pdffonts' reports of a rendered PDF. */
async function readBack(pdf: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'rt-pdf-unit-'));
  try {
    const file = join(dir, 'release.pdf');
    writeFileSync(file, pdf);
    const run = (tool: string, ...args: string[]) => {
      const result = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr}`);
      return result.stdout;
    };
    return { text: run('pdftotext').replace(/\s+/g, ' '), info: run('pdfinfo'), fonts: run('pdffonts') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderReleasePdf', () => {
  it('keeps accents and symbols as selectable text in an embedded font', async () => {
    const { text, info, fonts } = await readBack(await renderReleasePdf(releaseDocument(accentsRelease, NOW)));
    expect(text).toContain('Café, Straße, Łódź: 5 € – “quoted” headline');
    expect(text).toContain('Kraków, 25 November 2026');
    expect(text).toContain('“Größe matters – “naïve” façades cost 5 € in Łódź.”');
    expect(text).toContain('– Renée Groß, Spokesperson');
    expect(text).toContain('A heading with ł and ß');
    expect(text).toContain('Zoë Łukasiewicz: press@example.org');
    for (const character of ['é', 'ß', 'ł', '€', '–', '“', '”']) expect(text).toContain(character);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Café, Straße, Łódź: 5 € – “quoted” headline/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // Every font the PDF uses is embedded (the "emb" column), so no reader substitutes another.
    const fontRows = fonts.split('\n').slice(2).filter((row) => row.trim());
    expect(fontRows.length).toBeGreaterThan(0);
    for (const row of fontRows) expect(row).toMatch(/Inter-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('sets out the body, both quotes with their speakers, the contact and address, adding no boilerplate', async () => {
    const { text } = await readBack(await renderReleasePdf(releaseDocument(accentsRelease, NOW)));
    const inOrder = [
      'PRESS RELEASE',
      'Café, Straße',
      'Kraków, 25 November 2026',
      '“Größe matters',
      '– Renée Groß, Spokesperson',
      // A link's address follows its words; where the line breaks inside the address varies.
      'The first paragraph has emphasis, strong words and a link to the network (https://',
      'It continues on a second source line.',
      'A heading with ł and ß',
      '• First point, with é.',
      '• Second point, with €.',
      '1. Ordered one.',
      '2. Ordered two.',
      '“Paragraph one of a long quote. Paragraph two of a long quote.”',
      '– Jan Kowalski',
      'The last paragraph links www.work-with-perpetrators.eu.',
      'Media contact',
      'This release online: https://',
    ];
    const positions = inOrder.map((words) => text.indexOf(words));
    expect(inOrder.filter((_, i) => positions[i]! < 0)).toEqual([]);
    // pdftotext reads each page's footer after its body; the body itself must come in order.
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).not.toContain('editor’s note');
    // The fixture carries no "About" paragraph, so none is added to it.
    expect(text).not.toContain('About WWP EN');
    expect(text).toContain('https://campaign.work-with-perpetrators.eu/press/accents/ Page 1 of 1');
  });

  it('numbers every page of a long release and repeats its address on each', async () => {
    const long = { ...accentsRelease, body: Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of a long release, long enough to fill several lines of an A4 page when it is set in eleven-point type.`).join('\n\n') };
    const { text, info } = await readBack(await renderReleasePdf(releaseDocument(long, NOW)));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`https://campaign.work-with-perpetrators.eu/press/accents/ Page ${n} of ${pages}`);
    expect(text).toContain('Paragraph 40 of a long release');
  });

  it('marks a release that is not published, as the dev server shows it', async () => {
    const draft = { ...accentsRelease, data: { ...accentsRelease.data, draft: true } };
    const { text } = await readBack(await renderReleasePdf(releaseDocument(draft, NOW)));
    expect(text.startsWith(' DRAFT: NOT PUBLISHED') || text.startsWith('DRAFT: NOT PUBLISHED')).toBe(true);
  });
});
