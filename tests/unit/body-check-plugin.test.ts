/** The body check also runs on each MDX file as it is compiled, so an edit on the dev server is refused too. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the body check as MDX is compiled', async () => {
  const content = mkdtempSync(join(tmpdir(), 'rt-body-check-'));
  process.env.RT_CONTENT_DIR = content;
  const { bodyCheckPlugin } = await import('#src/integrations/content-guard.ts');

  it('refuses a content body with code before MDX compiles it, and leaves other files alone', () => {
    try {
      mkdirSync(join(content, 'myths'));
      const file = join(content, 'myths', 'edited.mdx');
      writeFileSync(file, '---\ntitle: A title\n---\n\n{1 + 1}\n');
      expect(() => bodyCheckPlugin.transform('', `${file}?astroPropagatedAssets`)).toThrow(`${file}:5: text in braces`);
      writeFileSync(file, '---\ntitle: A title\n---\n\nWords.\n');
      expect(bodyCheckPlugin.transform('', file)).toBeNull();
      expect(bodyCheckPlugin.transform('{1 + 1}', join(process.cwd(), 'src/pages/x.mdx'))).toBeNull();
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
