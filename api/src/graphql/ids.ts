import { badInput } from '../errors.js';

/** Opaque global ids (Relay): "Topic:12" in base64url, so clients never build or compare raw keys. */
export type NodeType = 'User' | 'Category' | 'Tag' | 'Topic' | 'Answer';

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

/** One object, one id: only the exact encoding toGlobalId makes is accepted ("Topic:01", "Topic:1e3", padding: no). */
export function parseGlobalId(globalId: string): { type: string; id: number } | null {
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match) return null;
  const [, type, raw] = match as unknown as [string, string, string];
  const id = Number(raw);
  if (id > 2_147_483_647 || toGlobalId(type as NodeType, id) !== globalId) return null;
  return { type, id };
}

/** The database id behind a global id of the expected type; a malformed or foreign id is bad input. */
export function idOf(type: NodeType, globalId: string, field = 'id'): number {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`${field} is not a valid ${type} id.`, { [field]: `Not a ${type} id.` });
  return parsed.id;
}
