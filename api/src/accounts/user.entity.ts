import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export const roles = ['customer', 'expert', 'staff', 'admin'] as const;
export type Role = (typeof roles)[number];
export const plans = ['free', 'premium', 'critical'] as const;
export type Plan = (typeof plans)[number];

export class User {
  [OptionalProps]?: 'role' | 'plan' | 'reputation' | 'createdAt' | 'emailVerifiedAt' | 'avatarUrl' | 'deletedAt' | 'mailKey';
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
  /** Set when the member opened a verification (or reset) link: only verified addresses get notification email. */
  emailVerifiedAt: Date | null = null;
  /** An uploaded picture (/uploads/…), or null for initials. */
  avatarUrl: string | null = null;
  /** The member deleted their account: their posts stay, their personal data is gone. */
  deletedAt: Date | null = null;
  /** Per-member key that signs unsubscribe links. */
  mailKey!: string;
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
    emailVerifiedAt: { type: 'datetime', nullable: true },
    avatarUrl: { type: 'string', length: 200, nullable: true },
    deletedAt: { type: 'datetime', nullable: true },
    mailKey: { type: 'string', length: 64, lazy: true, defaultRaw: "replace(gen_random_uuid()::text, '-', '')" },
  },
});

/** The roles that work for the company: they moderate, and their activity is not the community's. */
export const staffRoles: readonly Role[] = ['staff', 'admin'];

export function isStaff(user: { role: Role } | null | undefined): boolean {
  return !!user && staffRoles.includes(user.role);
}
