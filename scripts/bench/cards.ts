/**
 * How long the share cards take: every myth in content/myths/, both formats, first with an empty
 * cache (cold, as on a fresh machine) and then again with the cache the first run filled.
 * Run alone with `npm run bench:cards`, or with the other benchmarks via `npm run bench`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import { mythSchema } from '#src/lib/content/schemas.ts';
import { CARD_SIZES, type CardSize } from '#src/lib/sharing/cards/render.ts';
import { cachedCardPng } from '#src/lib/sharing/cards/cache.ts';
import { poolSize } from '#src/lib/workers/pool.ts';
import { mythCardContent } from '#src/lib/sharing/cards/myth-card.ts';

export interface BenchResult {
  name: string;
  /** Human-readable lines of the result. */
  lines: string[];
}

/** The myths as the build reads them, checked against their schema. */
function readMyths(dir = join('content', 'myths')) {
  return readdirSync(dir)
    .filter((file) => /^[^_].*\.mdx?$/.test(file))
    .map((file) => mythSchema.parse(parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter));
}

/** Every card at once, as the build asks for them: the worker pool (src/lib/workers/pool.ts) renders them on every core. */
async function renderAll(myths: ReturnType<typeof readMyths>, cacheDir: string) {
  const started = performance.now();
  const cards = myths.flatMap((myth) =>
    (Object.keys(CARD_SIZES) as CardSize[]).map((size) => cachedCardPng(mythCardContent(myth), size, cacheDir)),
  );
  const fromCache = (await Promise.all(cards)).filter((card) => card.fromCache).length;
  return { ms: performance.now() - started, fromCache };
}

export async function benchCards(): Promise<BenchResult> {
  const myths = readMyths();
  const cards = myths.length * Object.keys(CARD_SIZES).length;
  const cacheDir = mkdtempSync(join(tmpdir(), 'rt-bench-cards-'));
  try {
    const cold = await renderAll(myths, cacheDir);
    const cached = await renderAll(myths, cacheDir);
    if (cold.fromCache !== 0 || cached.fromCache !== cards) {
      throw new Error(`cache misbehaved: ${cold.fromCache} cached on the cold run, ${cached.fromCache} of ${cards} on the second`);
    }
    const line = (label: string, ms: number) =>
      `${label.padEnd(7)} ${ms.toFixed(1).padStart(8)} ms  (${(ms / cards).toFixed(2)} ms per card)`;
    return {
      name: 'Share cards',
      lines: [
        `${cards} cards: ${myths.length} myths × ${Object.keys(CARD_SIZES).join(' and ')}, on ${poolSize()} worker thread(s)`,
        line('cold', cold.ms),
        line('cached', cached.ms),
      ],
    };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchCards();
  console.log([result.name, ...result.lines.map((l) => `  ${l}`)].join('\n'));
}
