/**
 * A worker thread of the card pool (./pool.ts): renders one card per message with the same code
 * the main thread would (./render.ts) and sends back the PNG, or the error's name and details.
 */
import { parentPort } from 'node:worker_threads';
import { renderCardPng, type CardContent, type CardSize } from './render.ts';

export interface CardJob {
  id: number;
  content: CardContent;
  size: CardSize;
}

export type CardJobResult =
  | { id: number; png: Uint8Array }
  | { id: number; error: { name: string; message: string; needed?: number; available?: number; letters?: string } };

if (!parentPort)
  throw new Error('src/lib/sharing/cards/render-worker.ts runs as a worker thread of src/lib/sharing/cards/pool.ts, not on its own.');
const port = parentPort;
port.on('message', async ({ id, content, size }: CardJob) => {
  try {
    const png = await renderCardPng(content, size);
    port.postMessage({ id, png } satisfies CardJobResult, [png.buffer]);
  } catch (e) {
    const error = e as Error & { needed?: number; available?: number; letters?: string };
    port.postMessage({
      id,
      error: { name: error.name, message: error.message, needed: error.needed, available: error.available, letters: error.letters },
    } satisfies CardJobResult);
  }
});
