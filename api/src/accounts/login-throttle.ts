import { isRejection, limitKey, rateLimitedFor, type RateLimiter } from '../rate-limit.js';

export interface LoginPolicy {
  /** Wrong passwords one address may try on one account before delays start. */
  freeFailures: number;
  /** The longest wait between attempts of one address on one account (the delay doubles up to it). */
  maxDelaySeconds: number;
  /** Wrong passwords from one address, on any accounts, per hour (password spraying). */
  addressFailuresPerHour: number;
  /** Wrong passwords on one account per hour, from all addresses, after which each address gets one free try. */
  accountUnderAttackAfter: number;
}

const HOUR = 3_600;
const DAY = 86_400;
/** How long one attempt past the free tries holds its place (a hash may wait in the queue). */
const ATTEMPT_IN_FLIGHT_SECONDS = 30;

/**
 * Throttles guessing, never the rightful owner (OWASP's authentication guidance): only failures
 * count, per address and account together, with delays that double after a few free tries; an
 * address that guesses across many accounts is stopped by its own hourly allowance; an account
 * attacked from many addresses lets each of them one try only. A clean address with the right
 * password always gets in, and a success clears that address's record for the account.
 *
 * Every attempt is reserved atomically before the password is hashed (the hash takes a quarter
 * second): guesses sent in parallel cannot all pass as the first, and a success gives back what
 * its reservation took.
 */
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly policy: LoginPolicy,
  ) {}

  private get rules() {
    const { policy } = this;
    return {
      address: this.limiter.limiter('login_fail_ip', { limit: policy.addressFailuresPerHour, windowSeconds: HOUR }),
      account: this.limiter.limiter('login_fail_account', { limit: policy.accountUnderAttackAfter, windowSeconds: HOUR }),
      pair: this.limiter.limiter('login_fail_pair', { limit: 1_000_000, windowSeconds: DAY }),
      freeTries: this.limiter.limiter('login_free', { limit: policy.freeFailures, windowSeconds: DAY }),
      delay: this.limiter.limiter('login_delay', { limit: 1, windowSeconds: DAY }),
    };
  }

  /** Takes one attempt for this address on this account, or throws RATE_LIMITED with the wait. */
  async reserve(email: string, address: string): Promise<void> {
    const { address: byAddress, account, pair, freeTries, delay } = this.rules;
    const pairKey = limitKey(email, address);
    const wait = rateLimitedFor;
    const taken = async (attempt: Promise<unknown>) =>
      attempt.then(
        () => null,
        (rejection: unknown) => {
          if (isRejection(rejection)) return rejection.msBeforeNext;
          throw rejection;
        },
      );
    const sprayed = await taken(byAddress.consume(limitKey(address)));
    if (sprayed !== null) throw wait(sprayed);
    try {
      const [attacked, tried] = await Promise.all([account.get(limitKey(email)), pair.get(pairKey)]);
      const failures = tried?.consumedPoints ?? 0;
      const underAttack = (attacked?.consumedPoints ?? 0) > this.policy.accountUnderAttackAfter;
      // Under attack from many addresses: one that already failed here waits out the attack's hour.
      if (underAttack && failures > 0) throw wait(attacked!.msBeforeNext);
      if (!underAttack && (await taken(freeTries.consume(pairKey))) === null) return;
      // Past the free tries: only when no delay runs, and one attempt at a time (the mark lasts while
      // the hash may take; the failure replaces it with the next, doubled delay).
      const waiting = await taken(delay.consume(pairKey, 1, { customDuration: ATTEMPT_IN_FLIGHT_SECONDS }));
      if (waiting !== null) throw wait(waiting);
    } catch (error) {
      // A refused attempt is not a guess: give the address back its reservation.
      await byAddress.reward(limitKey(address)).catch(() => undefined);
      throw error;
    }
  }

  async failed(email: string, address: string): Promise<void> {
    const { account, pair, delay } = this.rules;
    const pairKey = limitKey(email, address);
    const [onAccount, onPair] = await Promise.all([account.penalty(limitKey(email)), pair.penalty(pairKey)]);
    const free = onAccount.consumedPoints > this.policy.accountUnderAttackAfter ? 1 : this.policy.freeFailures;
    const beyond = onPair.consumedPoints - free;
    if (beyond >= 0) await delay.block(pairKey, Math.min(2 ** beyond, this.policy.maxDelaySeconds));
  }

  async succeeded(email: string, address: string): Promise<void> {
    const { address: byAddress, pair, freeTries, delay } = this.rules;
    const pairKey = limitKey(email, address);
    await Promise.all([byAddress.reward(limitKey(address)), pair.delete(pairKey), freeTries.delete(pairKey), delay.delete(pairKey)]);
  }
}
