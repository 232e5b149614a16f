/**
 * Cache keys for incremental builds. A page returns one from getStaticPaths(); when the key, the
 * page's code and its content are all unchanged since the last build, Astro copies the page from
 * its cache instead of rendering it again (experimental.incrementalBuild in astro.config.mjs).
 * The key must change whenever anything the page shows changes, so it covers every entry the
 * page reads, not only its own.
 */
import { createHash } from 'node:crypto';

/** What a cache key is made from: content entries (id, digest and data) and plain values. */
export interface KeyedEntry {
  id: string;
  digest?: string | number;
  data: unknown;
}

function isEntry(value: unknown): value is KeyedEntry {
  return typeof value === 'object' && value !== null && 'id' in value && 'data' in value;
}

/** A short hash over the entries and values a page renders; undefined parts (no next myth) count too. */
export function cacheKeyOf(...parts: readonly (KeyedEntry | readonly KeyedEntry[] | string | number | boolean | undefined)[]): string {
  const hash = createHash('sha256');
  const add = (part: unknown) => {
    // Data is hashed as well as the digest: the digest covers the file, data covers what the schema made of it.
    const value = isEntry(part) ? [part.id, part.digest ?? null, part.data] : part ?? null;
    hash.update(JSON.stringify(value)).update('\n');
  };
  for (const part of parts) {
    if (Array.isArray(part)) {
      hash.update(`[${part.length}]`);
      part.forEach(add);
    } else add(part);
  }
  return hash.digest('base64url').slice(0, 22);
}
