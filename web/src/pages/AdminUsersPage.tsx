import { A, createAsync, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Plan, Role } from '../graphql/generated/graphql.js';
import { changeUserPlan, changeUserRole, getUsers } from '../lib/queries.js';
import { RoleGate, ADMIN_ROLES } from '../components/RoleGate.jsx';
import { usePageTitle } from '../lib/page-title.js';

const roles: Role[] = ['CUSTOMER', 'EXPERT', 'STAFF', 'ADMIN'];
const plans: Plan[] = ['FREE', 'PREMIUM', 'CRITICAL'];

export default function AdminUsersPage() {
  return (
    <RoleGate allow={ADMIN_ROLES}>
      <UsersAndRoles />
    </RoleGate>
  );
}

function UsersAndRoles() {
  usePageTitle(() => 'Manage users');
  const [search, setSearch] = createSignal('');
  const users = createAsync(() => getUsers(search()));
  const change = useAction(changeUserRole);
  const changePlan = useAction(changeUserPlan);
  const roleSubmission = useSubmission(changeUserRole);
  const planSubmission = useSubmission(changeUserPlan);
  const error = () => (roleSubmission.error ?? planSubmission.error) as Error | undefined;
  return (
      <section class="card">
        <h1>Users and roles</h1>
        <input type="search" placeholder="Find by name or email" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
        <Show when={error()}>{(e) => <p class="form-error" role="alert">{e().message}</p>}</Show>
        <p class="muted">A plan sets how fast staff owe a first response (<A href="/admin/settings">targets</A>); a customer's waiting questions move with them.</p>
        <table class="users">
          <thead><tr><th>Name</th><th>Email</th><th>Reputation</th><th>Role</th><th>Plan</th></tr></thead>
          <tbody>
            <For each={users()?.edges}>
              {({ node: user }) => (
                <tr>
                  <td>{user.displayName}</td>
                  <td>
                    {user.email}{' '}
                    <Show when={user.isDeleted} fallback={
                      <span class={`badge ${user.emailVerified ? 'ok' : 'warn'}`}>{user.emailVerified ? 'confirmed' : 'not confirmed'}</span>
                    }>
                      <span class="badge">deleted</span>
                    </Show>
                  </td>
                  <td>{user.reputation}</td>
                  <td>
                    <select
                      aria-label={`Role of ${user.displayName}`}
                      value={user.role}
                      onChange={(e) => void change(user.id, e.currentTarget.value as Role).catch(() => undefined)}
                    >
                      <For each={roles}>{(role) => <option value={role}>{role.toLowerCase()}</option>}</For>
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`Plan of ${user.displayName}`}
                      value={user.plan ?? 'FREE'}
                      onChange={(e) => void changePlan(user.id, e.currentTarget.value as Plan).catch(() => undefined)}
                    >
                      <For each={plans}>{(plan) => <option value={plan}>{plan.toLowerCase()}</option>}</For>
                    </select>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
  );
}
