/**
 * Cards are made again only when what they show changes: each PNG is stored under a hash of its
 * text, its format and the renderer's fingerprint (design, fonts, versions).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCardPng, rendererFingerprint, type CardContent, type CardSize } from './render.ts';

/** Where rendered cards are kept between builds (gitignored). RT_CARD_CACHE points elsewhere. */
export function defaultCardCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.RT_CARD_CACHE ?? join('.cache', 'rt-cards');
}

let fingerprint: string | undefined;

/** The hash a card is cached under: changes when its text, format or the renderer changes. */
export function cardCacheKey(content: CardContent, size: CardSize): string {
  fingerprint ??= rendererFingerprint();
  const { eyebrow, title, body, footer, address } = content;
  return createHash('sha256').update(JSON.stringify({ eyebrow, title, body, footer, address, size, fingerprint })).digest('hex');
}

/** The card as PNG, from the cache when an identical card was made before. */
export async function cachedCardPng(
  content: CardContent,
  size: CardSize,
  cacheDir: string = defaultCardCacheDir(),
): Promise<{ png: Uint8Array<ArrayBuffer>; fromCache: boolean }> {
  const file = join(cacheDir, `${cardCacheKey(content, size)}.png`);
  try {
    return { png: readFileSync(file), fromCache: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const png = await renderCardPng(content, size);
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a build that stops half-way never leaves a broken card in the cache.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return { png, fromCache: false };
  }
}
