/**
 * Share cards are the bulk of a cold build: thousands of them at 100x, each a few layouts to fit
 * its text and a PNG. They are rendered on worker threads, one per core, so a build uses every
 * core while the main thread renders pages. The workers run ./render-worker.ts from the project's source (Node
 * runs TypeScript itself), the same renderer as in the main thread.
 */
import { ENV, type Env } from '#src/env.ts';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { CardFitError, CardGlyphError, type CardContent, type CardSize } from './render.ts';
import type { CardJob, CardJobResult } from './render-worker.ts';

/** Worker threads at most: RT_CARD_WORKERS, or one per core. */
export function poolSize(env: Env = ENV): number {
  const wanted = Number(env.RT_CARD_WORKERS ?? availableParallelism());
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`RT_CARD_WORKERS must be a whole number from 1, not "${env.RT_CARD_WORKERS}".`);
  return wanted;
}

interface Pending {
  job: CardJob;
  resolve(png: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

/** The error a worker reported, as the class the main thread would have thrown. */
function errorOf({ name, message, needed, available, letters }: Extract<CardJobResult, { error: unknown }>['error']): Error {
  if (name === 'CardFitError') return new CardFitError(message, needed ?? 0, available ?? 0);
  if (name === 'CardGlyphError') return new CardGlyphError(message, letters ?? '');
  return Object.assign(new Error(message), { name });
}

class CardPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private workers = 0;
  private nextId = 1;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  render(content: CardContent, size: CardSize): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, content, size }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      // A worker with work keeps the build running; an idle one must not keep it from ending.
      worker.ref();
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(join(process.cwd(), 'src', 'lib', 'sharing', 'cards', 'render-worker.ts'));
    this.workers++;
    worker.on('message', (result: CardJobResult) => {
      const pending = this.busy.get(worker)!;
      this.busy.delete(worker);
      if ('png' in result) pending.resolve(new Uint8Array(result.png.buffer as ArrayBuffer, result.png.byteOffset, result.png.byteLength));
      else pending.reject(errorOf(result.error));
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails its card with the reason, and the pool starts a new one for the rest.
      this.busy.get(worker)?.reject(new Error(`A share card worker stopped: ${error.message}`, { cause: error }));
      this.busy.delete(worker);
      this.workers--;
      this.dispatch();
    });
    return worker;
  }
}

let pool: CardPool | undefined;

/** Renders a card on the pool's worker threads (no cache: see ./cache.ts). */
export function renderCardInPool(content: CardContent, size: CardSize): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= new CardPool(poolSize());
  return pool.render(content, size);
}
