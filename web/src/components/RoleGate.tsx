import { A, createAsync, useLocation } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { Role } from '../graphql/generated/graphql.js';
import { getViewer } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

export const STAFF_ROLES: Role[] = ['STAFF', 'ADMIN'];
export const ADMIN_ROLES: Role[] = ['ADMIN'];

export function SignInNeeded() {
  const location = useLocation();
  usePageTitle(() => 'Log in');
  return (
    <section class="dead-end">
      <h1>Log in to see this page</h1>
      <p>
        <A class="button" href={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>Log in</A> <A href="/">Back to all questions</A>
      </p>
    </section>
  );
}

export function StaffOnly() {
  usePageTitle(() => 'Staff only');
  return (
    <section class="dead-end">
      <h1>This page is for staff</h1>
      <p class="muted">Your account cannot open it.</p>
      <p><A href="/">Back to all questions</A></p>
    </section>
  );
}

/**
 * The one gate of staff and admin pages: visitors are asked to log in, other members told the page
 * is not theirs. The page's own data is fetched only behind it. (The API decides; this only words it.)
 */
export function RoleGate(props: { allow: Role[]; children: JSX.Element }) {
  const viewer = createAsync(() => getViewer());
  return (
    <Show when={viewer() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Show when={viewer()} fallback={<SignInNeeded />}>
        {(user) => (
          <Show when={props.allow.includes(user().role)} fallback={<StaffOnly />}>
            {props.children}
          </Show>
        )}
      </Show>
    </Show>
  );
}
