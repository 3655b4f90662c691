import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;
const KEY_LENGTH = 32;

/**
 * scrypt (memory-hard). The parameters are stored with each hash, so the cost can rise later
 * without breaking old passwords. Default cost 2^17 with r=8 is OWASP's recommendation (128 MiB).
 */
export async function hashPassword(password: string, log2Cost = 17): Promise<string> {
  const salt = crypto.randomBytes(16);
  const N = 2 ** log2Cost;
  const key = await scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
  return `scrypt$${N}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const N = Number(n);
  const expected = Buffer.from(key, 'base64');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 256 * N * Number(r),
  });
  return crypto.timingSafeEqual(actual, expected);
}

/** Spent on logins for unknown addresses, so response time does not tell which addresses have accounts. */
let decoy: Promise<string> | undefined;
export function decoyHash(log2Cost: number): Promise<string> {
  decoy ??= hashPassword(crypto.randomBytes(16).toString('hex'), log2Cost);
  return decoy;
}
