/** Renders release PDFs from fixture entries and reads them back as a journalist's tools would. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseDocument } from '#src/lib/press/release.ts';
import { renderReleasePdf } from '#src/lib/press/to-pdf.ts';
import { runInPool } from '#src/lib/workers/pool.ts';
import { accentsRelease } from '../fixtures/releases/accents.ts';

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

/** The objects of a PDF as qpdf reads them (qpdf --json=2), with the XMP metadata's text. */
function qpdfObjects(pdf: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'rt-pdf-qpdf-'));
  try {
    const file = join(dir, 'release.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=all', file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) throw new Error(`qpdf failed (is qpdf installed? scripts/provision.sh installs it): ${result.stderr}`);
    type Entry = { value?: Record<string, unknown>; stream?: { dict: Record<string, unknown>; data?: string } };
    const entries = (JSON.parse(result.stdout) as { qpdf: [unknown, Record<string, Entry>] }).qpdf[1];
    const objects = new Map<string, Record<string, unknown>>();
    const streams = new Map<string, string>();
    for (const [key, entry] of Object.entries(entries)) {
      const ref = key.replace(/^obj:/, '');
      objects.set(ref, (entry.value ?? entry.stream?.dict ?? {}) as Record<string, unknown>);
      if (entry.stream?.data) streams.set(ref, Buffer.from(entry.stream.data, 'base64').toString('utf8'));
    }
    return { objects, streams };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every link annotation of a PDF checked against PDF/UA-1 7.18: a /StructParent whose parent-tree
 * entry is a Link element with an OBJR pointing back at it (naming the page the annotation is on),
 * and a non-empty /Contents. Returns what is wrong, and what it read.
 */
function linkProblems(pdf: Uint8Array) {
  const { objects, streams } = qpdfObjects(pdf);
  const all = [...objects.entries()];
  const catalog = all.find(([, o]) => o['/Type'] === '/Catalog')![1];
  const treeRoot = objects.get(catalog['/StructTreeRoot'] as string)!;
  const nums = (treeRoot['/ParentTree'] as { '/Nums': unknown[] })['/Nums'];
  const parentOf = new Map<number, unknown>();
  for (let i = 0; i < nums.length; i += 2) parentOf.set(nums[i] as number, nums[i + 1]);
  const pages = all.filter(([, o]) => o['/Type'] === '/Page');
  const annotations = all.filter(([, o]) => o['/Subtype'] === '/Link');
  const problems: string[] = [];
  for (const [ref, annotation] of annotations) {
    const key = annotation['/StructParent'];
    if (typeof key !== 'number') {
      problems.push(`${ref}: no /StructParent`);
      continue;
    }
    const element = objects.get(parentOf.get(key) as string);
    if (element?.['/S'] !== '/Link') problems.push(`${ref}: the parent tree gives ${JSON.stringify(element?.['/S'])}, not a Link element`);
    const objr = ((element?.['/K'] ?? []) as unknown[]).find((kid) => (kid as Record<string, unknown>)['/Obj'] === ref) as
      Record<string, unknown> | undefined;
    if (objr?.['/Type'] !== '/OBJR') problems.push(`${ref}: its Link element has no OBJR pointing to it`);
    const page = pages.find(([, p]) => ((p['/Annots'] ?? []) as string[]).includes(ref))?.[0];
    if (objr && objr['/Pg'] !== page) problems.push(`${ref}: its OBJR names page ${objr['/Pg']}, the annotation is on ${page}`);
    const contents = String(annotation['/Contents'] ?? '').replace(/^u:/, '');
    if (contents.trim() === '') problems.push(`${ref}: empty /Contents`);
  }
  return { problems, annotations, catalog, objects, streams, pages };
}

describe('renderReleasePdf', () => {
  it("draws the same file on the build's worker threads as in the main thread, and reports a problem from there as it would here", async () => {
    const release = releaseDocument(accentsRelease, NOW);
    const here = await renderReleasePdf(release, NOW);
    const [first, second] = await Promise.all([1, 2].map(() => runInPool({ kind: 'pdf', release, builtAt: NOW })));
    expect(Buffer.from(first!).equals(Buffer.from(here))).toBe(true);
    expect(Buffer.from(second!).equals(Buffer.from(here))).toBe(true);
    const unprintable = { ...release, title: `${release.title} ☃` };
    const expected = await renderReleasePdf(unprintable, NOW).then(
      () => 'no error',
      (error: Error) => error.message,
    );
    expect(expected).toContain('☃');
    await expect(runInPool({ kind: 'pdf', release: unprintable, builtAt: NOW })).rejects.toThrow(expected);
  });

  it('puts every link annotation in the tag tree as a Link with its text alternative, and identifies as PDF/UA-1', async () => {
    const { problems, annotations, catalog, objects, streams, pages } = linkProblems(
      await renderReleasePdf(releaseDocument(accentsRelease, NOW)),
    );
    // The fixture links the network in the body and the boilerplate, the contact's email and the release's address.
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    expect(problems).toEqual([]);
    const contents = annotations.map(([, a]) => String(a['/Contents']).replace(/^u:/, ''));
    expect(contents).toContain('link to the network (https://www.work-with-perpetrators.eu/)');
    expect(contents).toContain('press@example.org');
    expect(contents).toContain('https://campaign.work-with-perpetrators.eu/press/accents/');
    // Every page with links orders its annotations by the structure (/Tabs /S).
    for (const [ref, page] of pages) if (page['/Annots']) expect(page['/Tabs'], ref).toBe('/S');

    const xmp = streams.get(catalog['/Metadata'] as string) ?? '';
    expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(xmp).toContain('<dc:title>');
    expect(catalog['/Lang']).toBe('u:en-GB');
    expect(objects.get(catalog['/MarkInfo'] as string)?.['/Marked']).toBe(true);
    expect(objects.get(catalog['/ViewerPreferences'] as string)?.['/DisplayDocTitle']).toBe(true);
  });

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
    const fontRows = fonts
      .split('\n')
      .slice(2)
      .filter((row) => row.trim());
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

  it('dates the file of a release known only by its year when it was built, never on a made-up day', async () => {
    const yearOnly = { ...accentsRelease, data: { ...accentsRelease.data, date: new Date('2023-11-25'), datePrecision: 'year' as const } };
    const builtAt = new Date('2026-12-03T10:00:00Z');
    const pdf = await renderReleasePdf(releaseDocument(yearOnly, NOW), builtAt);
    const { info } = await readBack(pdf);
    const { objects, streams } = qpdfObjects(pdf);
    const catalog = [...objects.values()].find((o) => o['/Type'] === '/Catalog')!;
    const xmp = streams.get(catalog['/Metadata'] as string) ?? '';
    expect(xmp).toContain('<xmp:CreateDate>2026-12-03T10:00:00Z</xmp:CreateDate>');
    for (const text of [info, xmp]) expect(text).not.toMatch(/2023-11-25|Nov 25 .*2023/);
    // A release with its day keeps that day, so its file is the same at every build.
    const dated = qpdfObjects(await renderReleasePdf(releaseDocument(accentsRelease, NOW), builtAt));
    const datedCatalog = [...dated.objects.values()].find((o) => o['/Type'] === '/Catalog')!;
    expect(dated.streams.get(datedCatalog['/Metadata'] as string)).toContain('<xmp:CreateDate>2026-11-25T00:00:00Z</xmp:CreateDate>');
  });

  it('ties the links of a long release to their tags on every page, also where a paragraph runs onto the next page', async () => {
    // Each paragraph starts with its link and runs on for about eight lines, so some break across pages after their link.
    const paragraph = (i: number) =>
      `Paragraph ${i + 1} links [the network's website](https://www.work-with-perpetrators.eu/) and then runs on.${' It goes on long enough to fill several lines of an A4 page in eleven-point type.'.repeat(8)}`;
    const long = { ...accentsRelease, body: Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n\n') };
    const { problems, annotations, pages } = linkProblems(await renderReleasePdf(releaseDocument(long, NOW)));
    expect(pages.filter(([, page]) => page['/Annots']).length).toBeGreaterThan(1);
    expect(annotations.length).toBeGreaterThanOrEqual(30);
    expect(problems).toEqual([]);
  });

  it('numbers every page of a long release and repeats its address on each', async () => {
    const long = {
      ...accentsRelease,
      body: Array.from(
        { length: 40 },
        (_, i) =>
          `Paragraph ${i + 1} of a long release, long enough to fill several lines of an A4 page when it is set in eleven-point type.`,
      ).join('\n\n'),
    };
    const { text, info } = await readBack(await renderReleasePdf(releaseDocument(long, NOW)));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++)
      expect(text).toContain(`https://campaign.work-with-perpetrators.eu/press/accents/ Page ${n} of ${pages}`);
    expect(text).toContain('Paragraph 40 of a long release');
  });

  it('marks a release that is not published, as the dev server shows it', async () => {
    const draft = { ...accentsRelease, data: { ...accentsRelease.data, draft: true } };
    const { text } = await readBack(await renderReleasePdf(releaseDocument(draft, NOW)));
    expect(text.startsWith(' DRAFT: NOT PUBLISHED') || text.startsWith('DRAFT: NOT PUBLISHED')).toBe(true);
  });
});
