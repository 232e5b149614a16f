/**
 * A worker thread of the build's pool (./pool.ts): runs one job per message with the same code the
 * main thread would (a share card: src/lib/sharing/cards/render.ts; a press-release PDF:
 * src/lib/press/to-pdf.ts) and sends back the bytes, or the error's name and details.
 */
import { parentPort } from 'node:worker_threads';
import { renderCardPng, type CardContent, type CardSize } from '#src/lib/sharing/cards/render.ts';
import { renderReleasePdf } from '#src/lib/press/to-pdf.ts';
import type { ReleaseDocument } from '#src/lib/press/release.ts';

/** What the pool can be asked to make. */
export type Job = { kind: 'card'; content: CardContent; size: CardSize } | { kind: 'pdf'; release: ReleaseDocument; builtAt: Date };

export type JobMessage = Job & { id: number };

export type JobResult =
  | { id: number; bytes: Uint8Array }
  | { id: number; error: { name: string; message: string; needed?: number; available?: number; letters?: string } };

function run(job: Job): Promise<Uint8Array> {
  switch (job.kind) {
    case 'card':
      return renderCardPng(job.content, job.size);
    case 'pdf':
      return renderReleasePdf(job.release, job.builtAt);
  }
}

if (!parentPort) throw new Error('src/lib/workers/worker.ts runs as a worker thread of src/lib/workers/pool.ts, not on its own.');
const port = parentPort;
port.on('message', async ({ id, ...job }: JobMessage) => {
  try {
    const bytes = await run(job);
    port.postMessage({ id, bytes } satisfies JobResult, [bytes.buffer as ArrayBuffer]);
  } catch (e) {
    const error = e as Error & { needed?: number; available?: number; letters?: string };
    port.postMessage({
      id,
      error: { name: error.name, message: error.message, needed: error.needed, available: error.available, letters: error.letters },
    } satisfies JobResult);
  }
});
