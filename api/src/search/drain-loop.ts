import type { Logger } from '../logger.js';
import { within } from '../within.js';

export interface DrainLoopOptions {
  /** Drains one batch; resolves true while there may be more. Throws to back off. */
  batch: () => Promise<boolean>;
  /** Runs before each drain (settings to apply, say); a throw backs off like a failed batch. */
  before?: () => Promise<void>;
  /** Polls this often, for changes made by other processes. */
  pollMs: number;
  backoff: { minMs: number; maxMs: number };
  log: Logger;
  messages: { failed: string; recovered: string };
}

/**
 * The loop behind the search indexer and the embedding job: drain a queue table in batches when
 * kicked or polled, one drain at a time (a kick during a drain runs it again), backing off
 * exponentially after a failure, and telling waiters when the queue was found empty.
 */
export class DrainLoop {
  private running = false;
  private again = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoffMs = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: DrainLoopOptions) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Something changed: drain soon, unless waiting out a failure. */
  kick(): void {
    if (this.stopped || this.retryTimer) return;
    void this.drain();
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  private async drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.options.before?.();
      do {
        this.again = false;
        while (!this.stopped && (await this.options.batch()));
      } while (this.again && !this.stopped);
      if (this.backoffMs > 0) this.options.log.info(this.options.messages.recovered);
      this.backoffMs = 0;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    } catch (err) {
      if (this.stopped) return;
      const { minMs, maxMs } = this.options.backoff;
      this.backoffMs = Math.min(Math.max(this.backoffMs * 2, minMs), maxMs);
      this.options.log.warn({ err: (err as Error).message, retryInMs: this.backoffMs }, this.options.messages.failed);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.kick();
      }, this.backoffMs);
      this.retryTimer.unref();
    } finally {
      this.running = false;
    }
  }

  /** Resolves when a drain finds the queue empty once more; rejects at the deadline (a Date.now() value). */
  async idle(deadline: number, message: string): Promise<void> {
    const done = new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    this.kick();
    await within(done, Math.max(1, deadline - Date.now()), message);
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
  }
}
