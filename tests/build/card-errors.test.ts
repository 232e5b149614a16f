/** A myth too long for its share card fails the build with the file and fields to shorten. */
import { expect, it } from 'vitest';
import { buildWith } from '../support/build-with.ts';

it('a myth whose text cannot fit its card fails the build and names the file and fields', () => {
  const result = buildWith('tests/fixtures/bad-myths/too-long-for-card.mdx', 'myths');
  expect(result.status).not.toBe(0);
  expect(result.output).toMatch(
    /content\/myths\/too-long-for-card\.mdx: "myth" \(\d+ characters\) and "fact" \(\d+ characters\) are too long for the 1200x630 share card/,
  );
  expect(result.output).toContain('Shorten the myth or the fact');
  expect(result.output).toContain('Build failed');
  expect(result.published).toBe('the site as last published');
}, 120_000);
