/**
 * An image an editor puts in an MDX file goes through astro:assets: converted to a modern format,
 * offered in several sizes, with its width and height in the HTML so nothing shifts as it loads.
 * The test image is drawn here (a plain rectangle), not taken from the campaign.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** A PNG of one colour, written byte by byte. */
function plainPng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

describe('an image in an MDX page', () => {
  it('is published as responsive WebP with its width and height', () => {
    const work = mkdtempSync(join(tmpdir(), 'rt-images-'));
    try {
      const content = join(work, 'content');
      cpSync('content', content, { recursive: true });
      writeFileSync(join(content, 'pages', 'test-image.png'), plainPng(1600, 900, [0x4b, 0x24, 0x66]));
      writeFileSync(join(content, 'pages', 'image-test.mdx'), [
        '---',
        'title: "Image test page"',
        'summary: "A page made by the image pipeline test; it is never published."',
        'sources:',
        '  - label: "Image pipeline test"',
        '---',
        '',
        '![A plain purple rectangle](./test-image.png)',
        '',
      ].join('\n'));
      const dist = join(work, 'dist');
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        env: { ...process.env, RT_CONTENT_DIR: content, RT_DIST: dist, RT_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);

      const img = /<img\b[^>]*>/.exec(readFileSync(join(dist, 'image-test', 'index.html'), 'utf8'))?.[0] ?? '';
      expect(img).toMatch(/alt="A plain purple rectangle"/);
      expect(img).toMatch(/\bsrc="\/_astro\/test-image\.[\w-]+\.webp"/);
      expect(img).toMatch(/\bwidth="1600"/);
      expect(img).toMatch(/\bheight="900"/);
      const widths = [...(/\bsrcset="([^"]+)"/.exec(img)?.[1] ?? '').matchAll(/ (\d+)w/g)].map((m) => Number(m[1]));
      expect(widths.length, `srcset of ${img}`).toBeGreaterThan(2);
      expect(Math.min(...widths)).toBeLessThan(800);
      expect(img).toMatch(/\bsizes="/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
