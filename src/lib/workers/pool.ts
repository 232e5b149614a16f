/**
 * The build's slow, independent work runs on worker threads, one per core, while the main thread
 * renders pages: share cards (thousands at 100x, each a few layouts to fit its text and a PNG) and
 * press-release PDFs (text shaped and laid out by pdfkit). The workers run ./worker.ts from the
 * project's source (Node runs TypeScript itself), the same code as the main thread would.
 */
import { ENV, type Env } from '#src/env.ts';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { CardFitError, CardGlyphError } from '#src/lib/sharing/cards/render.ts';
import type { Job, JobMessage, JobResult } from './worker.ts';

/** Worker threads at most: RT_CARD_WORKERS, or one per core. */
export function poolSize(env: Env = ENV): number {
  const wanted = Number(env.RT_CARD_WORKERS ?? availableParallelism());
  if (!Number.isInteger(wanted) || wanted < 1)
    throw new Error(`RT_CARD_WORKERS must be a whole number from 1, not "${env.RT_CARD_WORKERS}".`);
  return wanted;
}

interface Pending {
  job: JobMessage;
  resolve(bytes: Uint8Array<ArrayBuffer>): void;
  reject(error: Error): void;
}

/** The error a worker reported, as the class the main thread would have thrown. */
function errorOf({ name, message, needed, available, letters }: Extract<JobResult, { error: unknown }>['error']): Error {
  if (name === 'CardFitError') return new CardFitError(message, needed ?? 0, available ?? 0);
  if (name === 'CardGlyphError') return new CardGlyphError(message, letters ?? '');
  return Object.assign(new Error(message), { name });
}

class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private workers = 0;
  private nextId = 1;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  run(job: Job): Promise<Uint8Array<ArrayBuffer>> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
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
    const worker = new Worker(join(process.cwd(), 'src', 'lib', 'workers', 'worker.ts'));
    this.workers++;
    worker.on('message', (result: JobResult) => {
      const pending = this.busy.get(worker)!;
      this.busy.delete(worker);
      if ('bytes' in result)
        pending.resolve(new Uint8Array(result.bytes.buffer as ArrayBuffer, result.bytes.byteOffset, result.bytes.byteLength));
      else pending.reject(errorOf(result.error));
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails its job with the reason, and the pool starts a new one for the rest.
      const what = this.busy.get(worker)?.job.kind === 'pdf' ? 'A press-release PDF worker' : 'A share card worker';
      this.busy.get(worker)?.reject(new Error(`${what} stopped: ${error.message}`, { cause: error }));
      this.busy.delete(worker);
      this.workers--;
      this.dispatch();
    });
    return worker;
  }
}

let pool: WorkerPool | undefined;

/** Runs a job on the pool's worker threads. */
export function runInPool(job: Job): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= new WorkerPool(poolSize());
  return pool.run(job);
}
