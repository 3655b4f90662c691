import { Show } from 'solid-js';
import type { Role } from '../graphql/generated/graphql.js';

const labels: Partial<Record<Role, string>> = { EXPERT: 'Expert', STAFF: 'Staff', ADMIN: 'Admin' };

/** Customers carry no badge: the badge marks whose word carries weight. */
export function RoleBadge(props: { role: Role }) {
  return (
    <Show when={labels[props.role]}>
      {(label) => <span class={`badge role-${props.role.toLowerCase()}`}>{label()}</span>}
    </Show>
  );
}
