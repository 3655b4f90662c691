import { A, createAsync, useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { RoleBadge } from '../components/RoleBadge.jsx';
import type { LeaderboardPeriod } from '../graphql/generated/graphql.js';
import { getLeaderboard } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

const periods: Array<{ value: LeaderboardPeriod; label: string }> = [
  { value: 'WEEK', label: 'This week' },
  { value: 'MONTH', label: 'This month' },
  { value: 'ALL', label: 'All time' },
];

/** The community's top helpers for a period (staff never appear): who to thank. */
export default function LeaderboardPage() {
  const [params, setParams] = useSearchParams<{ period?: string }>();
  usePageTitle(() => 'Top helpers');
  const period = () => (periods.find((p) => p.value === params.period)?.value ?? 'MONTH') as LeaderboardPeriod;
  const board = createAsync(() => getLeaderboard(period()));
  return (
    <section class="leaderboard">
      <h1>Top helpers</h1>
      <div class="tabs" role="tablist">
        <For each={periods}>
          {(p) => (
            <button role="tab" aria-selected={period() === p.value} class={`button ghost${period() === p.value ? ' pressed' : ''}`} onClick={() => setParams({ period: p.value })}>
              {p.label}
            </button>
          )}
        </For>
      </div>
      <Show when={board() !== undefined} fallback={<p class="muted">Loading…</p>}>
        <ol class="leaderboard-list" data-testid="leaderboard">
          <For each={board()} fallback={<li class="empty">No points earned in this period yet.</li>}>
            {(entry) => (
              <li>
                <A href={`/u/${entry.user.id}`}>{entry.user.displayName}</A> <RoleBadge role={entry.user.role} />
                <span class="muted"> · +{entry.points} points · {entry.acceptedAnswers} accepted · {entry.user.reputation} reputation</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
