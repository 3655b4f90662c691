import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export const roles = ['customer', 'expert', 'staff', 'admin'] as const;
export type Role = (typeof roles)[number];
export const plans = ['free', 'premium', 'critical'] as const;
export type Plan = (typeof plans)[number];

export class User {
  [OptionalProps]?: 'role' | 'plan' | 'reputation' | 'createdAt';
  id!: number;
  /** Stored lower-cased: one account per address whatever its spelling. */
  email!: string;
  passwordHash!: string;
  displayName!: string;
  /** displayName as readers tell names apart (display-name.ts): unique. */
  nameKey!: string;
  role: Role = 'customer';
  plan: Plan = 'free';
  reputation = 0;
  createdAt: Date = new Date();
}

export const UserSchema = new EntitySchema<User>({
  class: User,
  tableName: 'app_user',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    email: { type: 'string', length: 254, unique: true },
    passwordHash: { type: 'string', length: 255, lazy: true },
    displayName: { type: 'string', length: 50 },
    nameKey: { type: 'string', length: 100, unique: true, lazy: true },
    role: { type: 'string', length: 16, default: 'customer' },
    plan: { type: 'string', length: 16, default: 'free' },
    reputation: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** The roles that work for the company: they moderate, and their activity is not the community's. */
export const staffRoles: readonly Role[] = ['staff', 'admin'];

export function isStaff(user: { role: Role } | null | undefined): boolean {
  return !!user && staffRoles.includes(user.role);
}
