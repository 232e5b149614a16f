/** Linear scales and axis ticks for the charts. */

export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** Maps the domain [d0, d1] onto the range [r0, r1] in a straight line. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) throw new RangeError(`A scale needs a domain of two different values, got [${d0}, ${d1}].`);
  const scale = (value: number) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
  return Object.assign(scale, { domain, range });
}

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about `count` intervals over [0, max]. */
export function niceStep(max: number, count = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw)!;
  return step * power;
}

/** The domain drawn for values: 0–100 for percentages, 0 to a round number above the largest value otherwise. */
export function valueDomain(unit: 'percent' | 'number', values: readonly number[]): [number, number] {
  if (unit === 'percent') return [0, 100];
  const max = Math.max(0, ...values);
  const step = niceStep(max);
  return [0, Math.max(step, Math.ceil(max / step) * step)];
}

/** Ticks from the start to the end of a domain starting at 0, `count` intervals apart. */
export function ticks(domain: readonly [number, number], count = 4): number[] {
  const step = niceStep(domain[1], count);
  const out: number[] = [];
  for (let v = domain[0]; v <= domain[1] + step / 1e6; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}
