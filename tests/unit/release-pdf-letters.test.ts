/** A release PDF prints every letter or fails naming the file and field, as the share cards do. */
import { describe, expect, it } from 'vitest';
import { releaseDocument } from '#src/lib/press/release.ts';
import { renderReleasePdf } from '#src/lib/press/to-pdf.ts';
import { accentsRelease } from '../fixtures/releases/accents.ts';

const NOW = new Date('2027-01-01T00:00:00Z');
const withData = (data: Partial<typeof accentsRelease.data>, body = accentsRelease.body) =>
  releaseDocument({ ...accentsRelease, body, data: { ...accentsRelease.data, ...data } }, NOW);

describe('letters the PDF typeface lacks', () => {
  it.each([
    ['title', { title: '家庭暴力 and a headline' }, undefined, '家庭暴力'],
    ['title', { title: 'مرحبا headline' }, undefined, 'مرحبا'],
    ['location (dateline)', { location: 'תל אביב' }, undefined, 'תלאבי'],
    ['body', {}, '\nA paragraph with 🙂 and ก.\n', '🙂ก'],
    ['mediaContact', { mediaContact: { name: '김민준', email: 'press@example.org' } }, undefined, '김민준'],
  ])('fail naming the file and the field %s', async (field, data, body, letters) => {
    await expect(renderReleasePdf(withData(data, body))).rejects.toThrow(
      `press/${accentsRelease.id}.mdx: field "${field}" has letters the PDF's typeface (Inter: Latin, Latin Extended, Greek and Cyrillic) cannot print: “${letters}”. Write it without them`,
    );
  });

  it('print Latin, Greek and Cyrillic letters', async () => {
    const pdf = await renderReleasePdf(withData({ title: 'Ελληνικά, Українська, Čeština, Łódź' }));
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});
