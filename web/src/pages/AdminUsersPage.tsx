import { A, createAsync, useAction, useSubmission } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { Role } from '../graphql/generated/graphql.js';
import { changeUserRole, getUsers, getViewer } from '../lib/queries.js';

const roles: Role[] = ['CUSTOMER', 'EXPERT', 'STAFF', 'ADMIN'];

export default function AdminUsersPage() {
  const viewer = createAsync(() => getViewer());
  const [search, setSearch] = createSignal('');
  const users = createAsync(() => (viewer()?.role === 'ADMIN' ? getUsers(search()) : Promise.resolve(undefined)));
  const change = useAction(changeUserRole);
  const submission = useSubmission(changeUserRole);
  return (
    <Show when={viewer()?.role === 'ADMIN'} fallback={<p class="empty">Only admins can manage users. <A href="/">Back</A></p>}>
      <section class="card">
        <h1>Users and roles</h1>
        <input type="search" placeholder="Find by name or email" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
        <Show when={submission.error}>{(e) => <p class="form-error" role="alert">{(e() as Error).message}</p>}</Show>
        <table class="users">
          <thead><tr><th>Name</th><th>Email</th><th>Reputation</th><th>Role</th></tr></thead>
          <tbody>
            <For each={users()?.edges}>
              {({ node: user }) => (
                <tr>
                  <td>{user.displayName}</td>
                  <td>{user.email}</td>
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
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
