import type { Role } from '../../api/src/accounts/user.entity.js';
import type { TestApp, TestUser } from './test-app.js';

/** Every kind of caller a permission rule is tested against. */
export const callers = ['customer', 'expert', 'staff', 'admin', 'visitor'] as const;
export type Caller = (typeof callers)[number];

export const isStaffCaller = (caller: Caller) => caller === 'staff' || caller === 'admin';

/** A GraphQL result's error code, or 'OK'. */
export const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code ?? 'OK';

/** A fresh user in that role, or null for a visitor. */
export const userFor = (t: TestApp, caller: Caller): Promise<TestUser | null> => (caller === 'visitor' ? Promise.resolve(null) : t.user(caller as Role));

/** Runs a query as that user, or as a visitor when null. */
export const runAs = (t: TestApp, who: TestUser | null, query: string, variables: Record<string, unknown> = {}) =>
  (who?.client ?? t.visitor()).execute(query, variables);
