import { afterEach, describe, expect, it, vi } from 'vitest';
import { ElementError, defineEnhancement, enhancement, findParts, part, readData } from '#src/lib/client/element.ts';

/** Just enough of an element for the lookups: the selectors it holds, and its data attributes. */
class StubElement {
  dataset: Record<string, string> = {};
  constructor(private readonly holds: Record<string, unknown> = {}) {}
  querySelector(selector: string) {
    return this.holds[selector] ?? null;
  }
}

const status = { id: 'status' };
const PARTS = { link: part<HTMLAnchorElement>('a[data-link]'), status: part('[data-status]') };
const withOnly = (holds: Record<string, unknown>) => new StubElement(holds) as unknown as ParentNode;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('an enhancement whose markup is missing a part', () => {
  it('stops development with an error naming the element, the part and its selector', () => {
    expect(() => findParts(withOnly({ '[data-status]': status }), 'rt-example', PARTS)).toThrow(ElementError);
    expect(() => findParts(withOnly({ '[data-status]': status }), 'rt-example', PARTS)).toThrow(
      '<rt-example> is missing its link part (a[data-link]), so it cannot start.',
    );
  });

  it('names a missing data attribute as it is written in the markup', () => {
    const host = new StubElement() as unknown as HTMLElement;
    host.dataset.url = 'https://example.org/';
    expect(() => readData(host, 'rt-example', ['url', 'errorText'])).toThrow(
      '<rt-example> is missing data-error-text, so it cannot start.',
    );
  });

  it('in production, finds nothing and throws nothing', () => {
    vi.stubEnv('DEV', false);
    expect(findParts(withOnly({ '[data-status]': status }), 'rt-example', PARTS)).toBeUndefined();
    expect(readData(new StubElement() as unknown as HTMLElement, 'rt-example', ['url'])).toBeUndefined();
  });

  it('finds every part and data attribute when the markup has them', () => {
    const link = { href: '/' };
    expect(findParts(withOnly({ 'a[data-link]': link, '[data-status]': status }), 'rt-example', PARTS)).toEqual({ link, status });
    const host = new StubElement() as unknown as HTMLElement;
    Object.assign(host.dataset, { url: '/x/', title: '' });
    expect(readData(host, 'rt-example', ['url', 'title'])).toEqual({ url: '/x/', title: '' });
  });
});

describe('a defined enhancement', () => {
  /** Defines the enhancement with stand-ins for the browser's registry; returns an element of it, holding `holds`. */
  function defineWith(connect: () => void, holds: Record<string, unknown>) {
    const defined = new Map<string, new () => StubElement & { connectedCallback(): void }>();
    vi.stubGlobal('HTMLElement', StubElement);
    vi.stubGlobal('customElements', {
      define: (name: string, element: new () => StubElement & { connectedCallback(): void }) => defined.set(name, element),
    });
    defineEnhancement(enhancement({ name: 'rt-example', parts: PARTS, data: ['done'], connect }));
    const Element = defined.get('rt-example')!;
    const element = new Element();
    Object.assign(element, { holds });
    element.dataset.done = 'Done.';
    return element;
  }

  it('starts only when its markup is complete, and does not start in production when it is not', () => {
    const connect = vi.fn();
    defineWith(connect, { 'a[data-link]': {}, '[data-status]': status }).connectedCallback();
    expect(connect).toHaveBeenCalledTimes(1);

    vi.stubEnv('DEV', false);
    const incomplete = defineWith(connect, { '[data-status]': status });
    incomplete.connectedCallback();
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('tells the developer what is missing instead of starting', () => {
    const connect = vi.fn();
    const incomplete = defineWith(connect, { 'a[data-link]': {} });
    expect(() => incomplete.connectedCallback()).toThrow('<rt-example> is missing its status part ([data-status])');
    expect(connect).not.toHaveBeenCalled();
  });
});
