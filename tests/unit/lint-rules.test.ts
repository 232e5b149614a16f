/**
 * The layout rule ESLint enforces (eslint.config.js): code that runs in the visitor's browser
 * imports nothing from Node or the build. Checked on snippets linted as if they were files of
 * src/lib/client/ and of a component's <script>.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function importProblems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('browser code (src/lib/client/)', () => {
  const file = 'src/lib/client/example.ts';

  it('may not import Node', async () => {
    expect(await importProblems("import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", file)).toEqual([
      expect.stringContaining('Browser code cannot use Node or the build.'),
    ]);
  });

  it('may not import build-only modules of the site', async () => {
    const problems = await importProblems(
      "import { getMyths } from '#src/lib/content/collections.ts';\nexport const a = getMyths;\n",
      file,
    );
    expect(problems).toEqual([expect.stringContaining('SHARED_WITH_BROWSER')]);
  });

  it('may import other browser code and the shared pure modules', async () => {
    const code =
      "import { a } from '#src/lib/client/other.ts';\nimport { LOCALES } from '#src/i18n/locales.ts';\nexport const b = [a, LOCALES];\n";
    expect(await importProblems(code, file)).toEqual([]);
  });
});

it('build-only modules stay free to import what they need', async () => {
  const code =
    "import { readFileSync } from 'node:fs';\nimport { getMyths } from '#src/lib/content/collections.ts';\nexport const a = [readFileSync, getMyths];\n";
  expect(await importProblems(code, 'src/lib/press/example.ts')).toEqual([]);
});

it('a component script is browser code too', async () => {
  const component =
    "---\nconst x = 1;\n---\n<p>{x}</p>\n<script>\n  import { SITE } from '#src/config.ts';\n  console.log(SITE);\n</script>\n";
  expect(await importProblems(component, 'src/components/ui/Example.astro')).toEqual([expect.stringContaining('SHARED_WITH_BROWSER')]);
});
