/**
 * An image an editor puts in an MDX file goes through astro:assets: converted to a modern format,
 * offered in several sizes, with its width and height in the HTML so nothing shifts as it loads.
 * The test image is drawn here (a plain rectangle), not taken from the campaign.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent } from '../support/build-with.ts';
import { plainPng } from '../support/png.ts';

describe('an image in an MDX page', () => {
  it('is published as responsive WebP with its width and height', () => {
    let img = '';
    const result = buildWithContent(
      (content) => {
        writeFileSync(join(content, 'pages', 'test-image.png'), plainPng(1600, 900, [0x4b, 0x24, 0x66]));
        writeFileSync(
          join(content, 'pages', 'image-test.mdx'),
          [
            '---',
            'title: "Image test page"',
            'summary: "A page made by the image pipeline test; it is never published."',
            'sources:',
            '  - label: "Image pipeline test"',
            '---',
            '',
            '![A plain purple rectangle](./test-image.png)',
            '',
          ].join('\n'),
        );
      },
      [],
      { inspect: (dist) => (img = /<img\b[^>]*>/.exec(readFileSync(join(dist, 'image-test', 'index.html'), 'utf8'))?.[0] ?? '') },
    );
    expect(result.status, result.output).toBe(0);
    expect(img).toMatch(/alt="A plain purple rectangle"/);
    expect(img).toMatch(/\bsrc="\/_astro\/test-image\.[\w-]+\.webp"/);
    expect(img).toMatch(/\bwidth="1600"/);
    expect(img).toMatch(/\bheight="900"/);
    const widths = [...(/\bsrcset="([^"]+)"/.exec(img)?.[1] ?? '').matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
    expect(widths.length, `srcset of ${img}`).toBeGreaterThan(2);
    expect(Math.min(...widths)).toBeLessThan(800);
    expect(img).toMatch(/\bsizes="/);
  }, 120_000);
});
