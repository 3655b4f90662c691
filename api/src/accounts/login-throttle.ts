import { rateLimited } from '../errors.js';
import { limitKey, type RateLimiter } from '../rate-limit.js';

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

/**
 * Throttles guessing, never the rightful owner (OWASP's authentication guidance): only failures
 * count, per address and account together, with delays that double after a few free tries; an
 * address that guesses across many accounts is stopped by its own hourly allowance; an account
 * attacked from many addresses lets each of them one try only. A clean address with the right
 * password always gets in, and a success clears that address's record for the account.
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
      delay: this.limiter.limiter('login_delay', { limit: 1, windowSeconds: DAY }),
    };
  }

  /** Throws RATE_LIMITED while this address must wait before trying this account again. */
  async assertMayTry(email: string, address: string): Promise<void> {
    const { address: byAddress, account, pair, delay } = this.rules;
    const pairKey = limitKey(email, address);
    const [sprayed, waiting, attacked, tried] = await Promise.all([
      byAddress.get(limitKey(address)),
      delay.get(pairKey),
      account.get(limitKey(email)),
      pair.get(pairKey),
    ]);
    const wait = (ms: number) => rateLimited(Math.max(1, Math.ceil(ms / 1000)));
    if (sprayed && sprayed.consumedPoints >= this.policy.addressFailuresPerHour) throw wait(sprayed.msBeforeNext);
    if (waiting && waiting.consumedPoints > 1) throw wait(waiting.msBeforeNext);
    // Under attack from many addresses: one that already failed here waits out the attack's hour.
    if (attacked && attacked.consumedPoints > this.policy.accountUnderAttackAfter && tried && tried.consumedPoints > 0) throw wait(attacked.msBeforeNext);
  }

  async failed(email: string, address: string): Promise<void> {
    const { address: byAddress, account, pair, delay } = this.rules;
    const pairKey = limitKey(email, address);
    const [, onAccount, onPair] = await Promise.all([byAddress.penalty(limitKey(address)), account.penalty(limitKey(email)), pair.penalty(pairKey)]);
    const free = onAccount.consumedPoints > this.policy.accountUnderAttackAfter ? 1 : this.policy.freeFailures;
    const beyond = onPair.consumedPoints - free;
    if (beyond >= 0) await delay.block(pairKey, Math.min(2 ** beyond, this.policy.maxDelaySeconds));
  }

  async succeeded(email: string, address: string): Promise<void> {
    const { pair, delay } = this.rules;
    const pairKey = limitKey(email, address);
    await Promise.all([pair.delete(pairKey), delay.delete(pairKey)]);
  }
}
