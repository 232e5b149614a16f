/** Runs every benchmark and prints how long each part of the build takes. Timings are never tests. */
import { benchCards, type BenchResult } from './bench/cards.ts';

const benchmarks: (() => Promise<BenchResult>)[] = [benchCards];

for (const run of benchmarks) {
  const result = await run();
  console.log([result.name, ...result.lines.map((line) => `  ${line}`)].join('\n'));
}
