import type { EntityManager } from '@mikro-orm/postgresql';
import { remove as removeConfusables } from 'confusables';
import { badInput } from '../errors.js';

/**
 * What makes two display names the same name to a reader: case, spacing and punctuation aside,
 * letters from other scripts that look alike (Cyrillic "а" and Latin "a", from the Unicode
 * confusables table), and the Latin look-alikes that fonts blur (I l 1 |, O 0, rn m, vv w).
 * Stored unique, so nobody takes a staff member's name or makes an @mention ambiguous.
 */
export function displayNameKey(name: string): string {
  return removeConfusables(name.normalize('NFKC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[1i|!]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What deleted accounts are shown as. */
export const DELETED_NAME = 'Deleted member';
const deletedKey = displayNameKey(DELETED_NAME);

/** Names nobody may take: a member posing as a deleted account. */
const isReservedName = (key: string) => key.startsWith(deletedKey);

export const nameTaken = () => badInput('That name is taken, or looks too much like one that is. Choose another.', { displayName: 'Taken.' });

/** Throws nameTaken when the name is reserved or reads like another member's (not `ownerId`'s). */
export async function assertNameFree(em: EntityManager, nameKey: string, ownerId: number | null = null): Promise<void> {
  if (isReservedName(nameKey)) throw nameTaken();
  const [taken] = await em.execute('select 1 from app_user where name_key = ? and id is distinct from ?::int', [nameKey, ownerId]);
  if (taken) throw nameTaken();
}
