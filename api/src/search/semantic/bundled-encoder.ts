import { Worker } from 'node:worker_threads';
import { within } from '../../within.js';

export interface EncodeRequest {
  id: number;
  texts: string[];
}
export type EncodeResponse = { id: number; vectors: Float32Array } | { id: number; error: string };

export type EncoderLane = 'query' | 'document';

/** The bundled sentence encoder's output size (USE lite). */
export const BUNDLED_DIMENSIONS = 512;

interface Pending {
  resolve(vectors: number[][]): void;
  reject(err: Error): void;
  count: number;
  timer: NodeJS.Timeout;
}

/** One worker thread running the encoder; restarted after a crash, its requests failed. */
class EncoderThread {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly name: string,
    /** Requests waiting beyond this are refused at once: a flood of searches must not queue up encoding work that nobody waits for. */
    private readonly maxPending: number,
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./use-lite.worker.mjs', import.meta.url), {
      name: this.name,
    });
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { ready: boolean; error?: string }) =>
        message.ready ? resolve() : reject(new Error(`the sentence encoder did not load: ${message.error}`)),
      );
      worker.once('error', reject);
    });
    worker.on('message', (message: EncodeResponse | { ready: boolean }) => {
      if (!('id' in message)) return;
      const request = this.pending.get(message.id);
      if (!request) return;
      this.pending.delete(message.id);
      clearTimeout(request.timer);
      if ('error' in message) return request.reject(new Error(message.error));
      const vectors: number[][] = [];
      for (let i = 0; i < request.count; i++) vectors.push(Array.from(message.vectors.subarray(i * BUNDLED_DIMENSIONS, (i + 1) * BUNDLED_DIMENSIONS)));
      request.resolve(vectors);
    });
    worker.on('exit', (code) => {
      this.worker = null;
      this.ready = null;
      for (const [id, request] of this.pending) {
        clearTimeout(request.timer);
        request.reject(new Error(`the sentence encoder stopped (exit ${code})`));
        this.pending.delete(id);
      }
    });
    // Keep the promise from being an unhandled rejection when nobody is waiting yet.
    this.ready.catch(() => undefined);
    return this.ready;
  }

  async encode(texts: string[], timeoutMs: number): Promise<number[][]> {
    if (this.closed) throw new Error('the sentence encoder is closed');
    if (texts.length === 0) return [];
    if (this.pending.size >= this.maxPending) throw new Error('the sentence encoder is busy');
    const deadline = Date.now() + timeoutMs;
    await within(this.start(), timeoutMs, 'the sentence encoder is still loading');
    const id = this.nextId++;
    return new Promise<number[][]>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('the sentence encoder is busy'));
      }, Math.max(1, deadline - Date.now()));
      timer.unref();
      this.pending.set(id, { resolve, reject, count: texts.length, timer });
      this.worker!.postMessage({ id, texts } satisfies EncodeRequest);
    });
  }

  /** Loads the model now rather than at the first request. */
  warm(): Promise<void> {
    return this.start();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }
}

/**
 * The bundled encoder, with one thread for queries and one for documents: a reindex encoding
 * thousands of threads never makes the person typing a question wait behind it. The document
 * thread starts only when there is something to index.
 */
export class BundledEncoder {
  private readonly threads: Record<EncoderLane, EncoderThread> = { query: new EncoderThread('encoder-query', 16), document: new EncoderThread('encoder-documents', 4) };

  encode(texts: string[], lane: EncoderLane, timeoutMs: number): Promise<number[][]> {
    return this.threads[lane].encode(texts, timeoutMs);
  }

  warm(): Promise<void> {
    return this.threads.query.warm();
  }

  async close(): Promise<void> {
    await Promise.all([this.threads.query.close(), this.threads.document.close()]);
  }
}
