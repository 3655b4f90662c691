import { rateLimited } from './errors.js';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Fixed-window counters in process memory. Enough for one API process; several processes each
 * count on their own, so a deployment behind a balancer should move this to a shared store.
 */
export class RateLimiter {
  private windows = new Map<string, { count: number; resetAt: number }>();

  /** Counts one attempt for key and throws RATE_LIMITED once the window's allowance is spent. */
  hit(key: string, rule: RateLimit, now = Date.now()): void {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + rule.windowSeconds * 1000 };
      this.windows.set(key, window);
      if (this.windows.size > 50_000) this.sweep(now);
    }
    window.count += 1;
    if (window.count > rule.limit) throw rateLimited(Math.ceil((window.resetAt - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
