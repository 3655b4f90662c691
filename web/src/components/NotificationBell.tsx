import { A } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadCountSubscription } from '../graphql/documents.js';
import type { NotificationKind } from '../graphql/generated/graphql.js';
import { request } from '../lib/api.js';
import { subscribeLive } from '../lib/live.js';
import { timeAgo } from '../lib/time.js';

const kindText: Record<NotificationKind, string> = {
  NEW_ANSWER: 'answered a question you follow',
  ANSWER_TO_MY_QUESTION: 'answered your question',
  ANSWER_ACCEPTED: 'accepted your answer',
  OFFICIAL_ANSWER: 'marked an official answer on',
  MENTION: 'mentioned you in',
  NEW_TOPIC: 'asked in a category you follow',
};

/** The bell: unread count live, the latest notifications, mark read, and which kinds to receive. */
export function NotificationBell() {
  const [count, setCount] = createSignal(0);
  const [open, setOpen] = createSignal(false);
  const [data, { refetch }] = createResource(open, () => request(NotificationsQuery));
  const stop = subscribeLive({
    document: UnreadCountSubscription,
    variables: () => ({}),
    after: null,
    pick: (result) => result.unreadNotificationCount,
    onItem: (n) => {
      setCount(n);
      if (open()) void refetch();
    },
  });
  onCleanup(stop);
  const close = (event: MouseEvent) => {
    if (!(event.target as Element).closest('.bell')) setOpen(false);
  };
  document.addEventListener('click', close);
  onCleanup(() => document.removeEventListener('click', close));

  const markRead = async (ids?: string[]) => {
    const { markNotificationsRead } = await request(MarkNotificationsReadMutation, { input: { ids: ids ?? null } });
    setCount(markNotificationsRead.unreadCount);
    await refetch();
  };

  return (
    <div class="bell">
      <button class="bell-button" aria-label={`Notifications, ${count()} unread`} aria-expanded={open()} onClick={() => setOpen(!open())}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
          <path d="M8 16a2 2 0 0 0 1.98-1.7H6.02A2 2 0 0 0 8 16ZM8 1.5A4.5 4.5 0 0 0 3.5 6v2.4L2.2 11a.75.75 0 0 0 .67 1.1h10.26a.75.75 0 0 0 .67-1.1L12.5 8.4V6A4.5 4.5 0 0 0 8 1.5Z" />
        </svg>
        <Show when={count() > 0}><span class="bell-count" data-testid="bell-count">{count()}</span></Show>
      </button>
      <Show when={open()}>
        <div class="bell-panel" role="dialog" aria-label="Notifications">
          <div class="bell-head">
            <strong>Notifications</strong>
            <button class="link" onClick={() => void markRead()}>Mark all read</button>
          </div>
          <ul class="bell-list">
            <For each={data()?.notifications} fallback={<li class="muted">Nothing yet.</li>}>
              {(n) => (
                <li class={n.read ? 'read' : 'unread'} data-testid="notification">
                  <A href={n.topic ? `/t/${n.topic.id}` : '#'} onClick={() => { void markRead([n.id]); setOpen(false); }}>
                    {n.actor?.displayName ?? 'Someone'} {kindText[n.kind]} {n.topic?.title ?? 'a hidden question'}
                  </A>
                  <span class="muted"> · {timeAgo(n.createdAt)}</span>
                </li>
              )}
            </For>
          </ul>
          <A class="bell-settings" href="/settings#notifications" onClick={() => setOpen(false)}>Which notifications I get, in the bell and by email</A>
        </div>
      </Show>
    </div>
  );
}
