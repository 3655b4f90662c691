import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A login. Only the SHA-256 of the cookie token is stored, so a leaked table opens no account. */
export class Session {
  [OptionalProps]?: 'createdAt';
  id!: number;
  tokenHash!: string;
  user!: User;
  createdAt: Date = new Date();
  expiresAt!: Date;
}

export const SessionSchema = new EntitySchema<Session>({
  class: Session,
  tableName: 'session',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    user: { kind: 'm:1', entity: () => User, deleteRule: 'cascade', index: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    expiresAt: { type: 'datetime', index: true },
  },
});
