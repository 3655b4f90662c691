import { A, createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { SlaFiguresTable } from '../components/SlaFigures.jsx';
import { ClaimTopicMutation, UnclaimTopicMutation } from '../graphql/documents.js';
import type { SlaQueueQuery } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { getSlaQueue, getViewer } from '../lib/queries.js';
import { refetchOnFeed } from '../lib/staff-feed.js';
import { timeAgo } from '../lib/time.js';
import { RoleGate, STAFF_ROLES } from '../components/RoleGate.jsx';
import { usePageTitle } from '../lib/page-title.js';

type Item = SlaQueueQuery['slaQueue']['items'][number];

/** "12 min left", "3 h 5 min left", "breached 20 min ago". */
function timeLeft(dueAt: string, now: number): string {
  const minutes = Math.round((new Date(dueAt).getTime() - now) / 60_000);
  const span = (m: number) => (m >= 120 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`);
  return minutes >= 0 ? `${span(minutes)} left` : `breached ${span(-minutes)} ago`;
}

/** breached, close (under a quarter of the target left), or fine. */
function urgency(item: Item, now: number): 'breached' | 'close' | 'ok' {
  const left = new Date(item.dueAt).getTime() - now;
  if (left < 0) return 'breached';
  return left < (item.targetMinutes * 60_000) / 4 ? 'close' : 'ok';
}


/** Staff: questions waiting for a first response, soonest deadline first, live; claim one to handle it. */
export default function QueuePage() {
  return (
    <RoleGate allow={STAFF_ROLES}>
      <SupportQueue />
    </RoleGate>
  );
}

function SupportQueue() {
  const viewer = createAsync(() => getViewer());
  usePageTitle(() => 'Support queue');
  const data = createAsync(() => getSlaQueue());
  const [now, setNow] = createSignal(Date.now());
  const [error, setError] = createSignal<string | null>(null);
  const staff = () => viewer()?.role === 'STAFF' || viewer()?.role === 'ADMIN';

  const tick = setInterval(() => setNow(Date.now()), 15_000);
  onCleanup(() => clearInterval(tick));

  // New questions, answers and claims arrive on the feed; the queue is read again.
  const status = refetchOnFeed({ cursor: () => data()?.slaQueue.liveCursor, enabled: staff, queryKey: getSlaQueue.key });

  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      await revalidate(getSlaQueue.key);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };

  return (
        <section class="queue">
          <h1>Support queue</h1>
          <p class="muted" data-testid="queue-summary">
            <Show when={data()} fallback="Loading…">
              {(d) => `${d().slaQueue.openCount} waiting for a first response · ${d().slaQueue.breachedCount} past their target`}
            </Show>
            <Show when={status() === 'reconnecting'}> · reconnecting…</Show>
          </p>
          <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
          <table class="queue-table queue-items">
            <thead>
              <tr><th>Due</th><th>Plan</th><th>Question</th><th>Asked</th><th>Handled by</th><th /></tr>
            </thead>
            <tbody>
              <For each={data()?.slaQueue.items} fallback={<tr><td colSpan={6} class="empty">Nobody is waiting. Nice work.</td></tr>}>
                {(item) => (
                  <tr class={`urgency-${urgency(item, now())}`} data-testid="queue-item" data-topic-id={item.topic.id}>
                    <td class="due">{timeLeft(item.dueAt, now())}</td>
                    <td><span class={`badge plan-${item.plan.toLowerCase()}`}>{item.plan.toLowerCase()}</span></td>
                    <td>
                      <A href={`/t/${item.topic.id}`}>{item.topic.title}</A>
                      <div class="muted">{item.topic.category.name} · {item.topic.author.displayName} · {item.topic.answerCount} answers</div>
                    </td>
                    <td>{timeAgo(item.topic.createdAt)}</td>
                    <td data-testid="claimed-by">{item.claimedBy?.displayName ?? '–'}</td>
                    <td>
                      <Show
                        when={item.claimedBy}
                        fallback={<button class="button" onClick={() => act(() => request(ClaimTopicMutation, { input: { topicId: item.topic.id } }))}>Claim</button>}
                      >
                        <Show when={item.claimedBy?.id === viewer()?.id}>
                          <button class="button ghost" onClick={() => act(() => request(UnclaimTopicMutation, { input: { topicId: item.topic.id } }))}>Release</button>
                        </Show>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <h2>First responses, last 30 days</h2>
          <SlaFiguresTable figures={data()?.slaFigures} />
        </section>
  );
}
