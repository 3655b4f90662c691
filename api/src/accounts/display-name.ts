import { remove as removeConfusables } from 'confusables';

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
export const isReservedName = (key: string) => key.startsWith(deletedKey);
