import crypto from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { rateLimited } from './errors.js';
import type { ServiceContext } from './graphql/context.js';

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** Keys name people (emails) and addresses: stored as digests, and always short enough for the key column. */
export const limitKey = (...parts: Array<string | number>) => crypto.createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 32);

/** RATE_LIMITED, telling the client to wait at least a second and otherwise as long as the store says. */
export const rateLimitedFor = (msBeforeNext: number) => rateLimited(Math.max(1, Math.ceil(msBeforeNext / 1000)));

/** Counts one write (a post, a vote, a flag…) against the member's allowance, or throws RATE_LIMITED. */
export const countWrite = (ctx: Pick<ServiceContext, 'deps'>, viewer: { id: number }) =>
  ctx.deps.limiter.hit('write', String(viewer.id), ctx.deps.policy.rateLimits.write);

export const isRejection = (value: unknown): value is RateLimiterRes => value instanceof RateLimiterRes;

/**
 * Counters in a store every API process shares (the rate_limit table of PostgreSQL, through
 * rate-limiter-flexible), so limits hold across processes and restarts. If the database cannot be
 * reached, each process falls back to counting in memory rather than failing the request.
 */
export class RateLimiter {
  private limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly orm: MikroORM) {}

  /** The limiter for one rule; `name` keeps rules with equal numbers apart. */
  limiter(name: string, rule: RateLimit): RateLimiterAbstract {
    const id = `${name}:${rule.limit}:${rule.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const options = { keyPrefix: name, points: rule.limit, duration: rule.windowSeconds };
      limiter = new RateLimiterPostgres({
        ...options,
        storeClient: this.orm.em.getConnection().getKnex(),
        storeType: 'knex',
        tableName: 'rate_limit',
        // The table comes with the migrations; one limiter sweeps expired rows for all.
        tableCreated: true,
        clearExpiredByTimeout: this.limiters.size === 0,
        insuranceLimiter: new RateLimiterMemory(options),
      });
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  /** Counts one attempt (or `points` of the allowance) and throws RATE_LIMITED once the window's allowance is spent. */
  async hit(name: string, key: string, rule: RateLimit, points = 1): Promise<void> {
    try {
      await this.limiter(name, rule).consume(key, points);
    } catch (error) {
      if (isRejection(error)) throw rateLimitedFor(error.msBeforeNext);
      throw error;
    }
  }

  /** Like hit, but says whether the attempt was allowed instead of throwing. */
  async allows(name: string, key: string, rule: RateLimit, points = 1): Promise<boolean> {
    try {
      await this.limiter(name, rule).consume(key, points);
      return true;
    } catch (error) {
      if (isRejection(error)) return false;
      throw error;
    }
  }
}
