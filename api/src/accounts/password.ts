import crypto from 'node:crypto';
import os from 'node:os';
import { promisify } from 'node:util';
import pLimit from 'p-limit';
import { DomainError } from '../errors.js';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;
const KEY_LENGTH = 32;

/**
 * scrypt runs on libuv's thread pool (4 threads), which file reads and DNS share, and each hash
 * holds a core for a quarter second: unbounded, a flood of logins starves every other request.
 * At most half the cores hash at once; a bounded queue waits behind them, and beyond it the
 * caller is told to come back (a flood, not a person, fills it).
 */
const HASH_CONCURRENCY = Math.max(1, Math.floor(os.availableParallelism() / 2));
const MAX_WAITING = 64;
const hashing = pLimit(HASH_CONCURRENCY);

function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (hashing.pendingCount >= MAX_WAITING) {
    return Promise.reject(new DomainError('RATE_LIMITED', 'Too many sign-ins at this moment. Try again in a few seconds.', undefined, 5));
  }
  return hashing(work);
}

const parametersOf = (stored: string) => {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return null;
  return { N: Number(n), r: Number(r), p: Number(p), salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
};

/**
 * scrypt (memory-hard). The parameters are stored with each hash, so the cost can rise later
 * without breaking old passwords. Default cost 2^17 with r=8 is OWASP's recommendation (128 MiB).
 */
export async function hashPassword(password: string, log2Cost = 17): Promise<string> {
  const salt = crypto.randomBytes(16);
  const N = 2 ** log2Cost;
  const key = await bounded(() => scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 }));
  return `scrypt$${N}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const params = parametersOf(stored);
  if (!params) return false;
  const { N, r, p, salt, key } = params;
  const actual = await bounded(() => scrypt(password.normalize('NFKC'), salt, key.length, { N, r, p, maxmem: 256 * N * r }));
  return crypto.timingSafeEqual(actual, key);
}

/** True when the hash was made at a lower cost than the policy's: rehash it at the next login. */
export function isWeakerThan(stored: string, log2Cost: number): boolean {
  const params = parametersOf(stored);
  return !params || params.N < 2 ** log2Cost;
}

/** Spent on logins for unknown addresses, so response time does not tell which addresses have accounts. */
const decoys = new Map<number, Promise<string>>();
export function decoyHash(log2Cost: number): Promise<string> {
  let decoy = decoys.get(log2Cost);
  if (!decoy) decoys.set(log2Cost, (decoy = hashPassword(crypto.randomBytes(16).toString('hex'), log2Cost)));
  return decoy;
}
