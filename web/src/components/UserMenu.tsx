import { A, useAction } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import type { ViewerQuery } from '../graphql/generated/graphql.js';
import { logOut } from '../lib/queries.js';
import { Avatar } from './Avatar.jsx';
import { RoleBadge } from './RoleBadge.jsx';

type Viewer = NonNullable<ViewerQuery['viewer']>;

export function UserMenu(props: { user: Viewer }) {
  const [open, setOpen] = createSignal(false);
  const doLogOut = useAction(logOut);
  const close = (event: MouseEvent) => {
    if (!(event.target as Element).closest('.user-menu')) setOpen(false);
  };
  document.addEventListener('click', close);
  onCleanup(() => document.removeEventListener('click', close));
  return (
    <div class="user-menu">
      <button class="user-button" aria-haspopup="menu" aria-expanded={open()} onClick={() => setOpen(!open())}>
        <Avatar user={props.user} />
        <span class="user-name">{props.user.displayName}</span>
        <RoleBadge role={props.user.role} />
      </button>
      <Show when={open()}>
        <div class="menu" role="menu">
          <div class="menu-info">
            <div>{props.user.email}</div>
            <div class="muted">{props.user.reputation} reputation · {props.user.plan?.toLowerCase()} plan</div>
          </div>
          <A href={`/u/${props.user.id}`} role="menuitem" onClick={() => setOpen(false)}>My profile</A>
          <A href="/settings" role="menuitem" onClick={() => setOpen(false)}>Settings</A>
          <Show when={props.user.role === 'STAFF' || props.user.role === 'ADMIN'}>
            <A href="/staff/queue" role="menuitem" onClick={() => setOpen(false)}>Support queue</A>
            <A href="/staff/dashboard" role="menuitem" onClick={() => setOpen(false)}>Support dashboard</A>
            <A href="/staff/moderation" role="menuitem" onClick={() => setOpen(false)}>Moderation</A>
          </Show>
          <Show when={props.user.role === 'ADMIN'}>
            <A href="/admin/users" role="menuitem" onClick={() => setOpen(false)}>Manage users</A>
            <A href="/admin/settings" role="menuitem" onClick={() => setOpen(false)}>Support settings</A>
            <A href="/admin/email" role="menuitem" onClick={() => setOpen(false)}>Email log</A>
          </Show>
          <button role="menuitem" onClick={() => void doLogOut()}>Log out</button>
        </div>
      </Show>
    </div>
  );
}
