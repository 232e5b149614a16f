import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from '#src/lib/content/cache-key.ts';

const entry = (id: string, data: Record<string, unknown>, digest = 'd1') => ({ id, digest, data });

describe('cacheKeyOf', () => {
  it('is the same for the same entries', () => {
    expect(cacheKeyOf(entry('a', { title: 'A' }), 'x')).toBe(cacheKeyOf(entry('a', { title: 'A' }), 'x'));
  });

  it('changes when the entry, its file or anything else the page shows changes', () => {
    const key = cacheKeyOf(entry('a', { title: 'A' }), [entry('b', { n: 1 })]);
    expect(cacheKeyOf(entry('a', { title: 'A2' }), [entry('b', { n: 1 })])).not.toBe(key);
    expect(cacheKeyOf(entry('a', { title: 'A' }, 'd2'), [entry('b', { n: 1 })])).not.toBe(key);
    expect(cacheKeyOf(entry('a', { title: 'A' }), [entry('b', { n: 2 })])).not.toBe(key);
    expect(cacheKeyOf(entry('a', { title: 'A' }), [])).not.toBe(key);
  });

  it('tells a missing neighbour from a present one, and dates by their value', () => {
    expect(cacheKeyOf(undefined, entry('b', {}))).not.toBe(cacheKeyOf(entry('b', {}), undefined));
    expect(cacheKeyOf(entry('a', { date: new Date('2018-11-25') }))).not.toBe(cacheKeyOf(entry('a', { date: new Date('2018-11-26') })));
  });

  it('keeps a list apart from the same entries given one by one', () => {
    const [a, b] = [entry('a', {}), entry('b', {})];
    expect(cacheKeyOf([a, b])).not.toBe(cacheKeyOf(a, b));
  });
});
