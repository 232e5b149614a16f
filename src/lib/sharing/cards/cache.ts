/**
 * Cards are made again only when what they show changes: each PNG is stored under a hash of its
 * text, its format and the renderer's fingerprint (design, fonts, versions). Cards not in the
 * cache are rendered on worker threads (./pool.ts); a route can ask for all of its cards at once
 * (prefetchCardPngs) so that every core renders while pages are made one at a time.
 */
import { ENV, type Env } from '#src/env.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rendererFingerprint, type CardContent, type CardSize } from './render.ts';
import { runInPool } from '#src/lib/workers/pool.ts';

/** Where rendered cards are kept between builds (gitignored). RT_CARD_CACHE points elsewhere. */
function defaultCardCacheDir(env: Env = ENV): string {
  return env.RT_CARD_CACHE ?? join('.cache', 'rt-cards');
}

let fingerprint: string | undefined;

/** The hash a card is cached under: changes when its text, format or the renderer changes. */
export function cardCacheKey(content: CardContent, size: CardSize): string {
  fingerprint ??= rendererFingerprint();
  const { eyebrow, title, body, footer, address } = content;
  return createHash('sha256').update(JSON.stringify({ eyebrow, title, body, footer, address, size, fingerprint })).digest('hex');
}

/** Cards being rendered into the cache, by file: asked for twice, rendered once. */
const rendering = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/** Renders a card into the cache file, unless it is already being rendered. */
function renderInto(file: string, cacheDir: string, content: CardContent, size: CardSize): Promise<Uint8Array<ArrayBuffer>> {
  let job = rendering.get(file);
  if (!job) {
    job = runInPool({ kind: 'card', content, size }).then((png) => {
      mkdirSync(cacheDir, { recursive: true });
      // Write then rename, so a build that stops half-way never leaves a broken card in the cache.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, file);
      return png;
    });
    rendering.set(file, job);
  }
  return job;
}

/** Starts rendering every card not yet in the cache, on all cores, and returns at once. Errors surface when the card itself is asked for. */
export function prefetchCardPngs(
  cards: readonly { content: CardContent; size: CardSize }[],
  cacheDir: string = defaultCardCacheDir(),
): void {
  for (const { content, size } of cards) {
    const file = join(cacheDir, `${cardCacheKey(content, size)}.png`);
    if (!rendering.has(file) && !existsSync(file)) {
      renderInto(file, cacheDir, content, size).then(
        () => rendering.delete(file), // the file holds it now: no need to keep the PNG in memory
        () => {}, // kept in `rendering`: cachedCardPng rethrows it for the card's own route, with its file named
      );
    }
  }
}

/** The card as PNG, from the cache when an identical card was made before. */
export async function cachedCardPng(
  content: CardContent,
  size: CardSize,
  cacheDir: string = defaultCardCacheDir(),
): Promise<{ png: Uint8Array<ArrayBuffer>; fromCache: boolean }> {
  const file = join(cacheDir, `${cardCacheKey(content, size)}.png`);
  const job = rendering.get(file);
  if (job) {
    rendering.delete(file);
    return { png: await job, fromCache: false };
  }
  try {
    return { png: readFileSync(file), fromCache: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { png: await renderInto(file, cacheDir, content, size).finally(() => rendering.delete(file)), fromCache: false };
  }
}
