import { A, useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import { BarChart, HorizontalBars, LineChart, SplitBar } from '../components/Charts.jsx';
import { StatusBadge } from '../components/StatusBadge.jsx';
import { SupportOperations } from '../components/SupportOperations.jsx';
import { SupportStatsChangedSubscription } from '../graphql/documents.js';
import type { DeflectionFiguresFieldsFragment, SupportStatsQuery as Stats } from '../graphql/generated/graphql.js';
import { ApiError } from '../lib/api.js';
import { fetchSupportStats, getSupportStats } from '../lib/queries.js';
import { DAY, isoDay, statsRange } from '../lib/stats-range.js';
import { subscribeLive, type LiveStatus } from '../lib/live.js';
import { timeAgo } from '../lib/time.js';
import { RoleGate, STAFF_ROLES } from '../components/RoleGate.jsx';
import { usePageTitle } from '../lib/page-title.js';

const presets = [
  { label: '7 days', days: 7 },
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
];
// Theme variables, so the charts follow dark mode too.
const colors = { deflected: 'var(--ok)', failed: 'var(--danger)', potential: 'var(--warn-line)', searches: 'var(--accent)', questions: 'var(--official)', staff: 'var(--official)', community: 'var(--ok)' };

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 1000) / 10}%`);
function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * DAY / 1000) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

/** The change against the previous period, as "+3.2 pts" or "+12%". */
function Trend(props: { now: number | null; before: number | null; points?: boolean }) {
  const text = () => {
    if (props.now === null || props.before === null) return null;
    if (props.points) return `${props.now >= props.before ? '+' : ''}${((props.now - props.before) * 100).toFixed(1)} pts`;
    if (props.before === 0) return null;
    const change = (props.now - props.before) / props.before;
    return `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;
  };
  return <Show when={text()}><span class="trend">{text()} vs previous period</span></Show>;
}

function Kpi(props: { label: string; value: string; hint?: string; testid?: string; children?: unknown }) {
  return (
    <div class="kpi card" data-testid={props.testid}>
      <div class="kpi-label">{props.label}</div>
      <div class="kpi-value">{props.value}</div>
      <Show when={props.hint}><div class="muted kpi-hint">{props.hint}</div></Show>
      {props.children as never}
    </div>
  );
}

/** Staff only: how much support load the community takes off staff, live. */
export default function DashboardPage() {
  return (
    <RoleGate allow={STAFF_ROLES}>
      <StaffDashboard />
    </RoleGate>
  );
}

/** One formatter: toLocaleDateString builds a new one on every call. */
const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

function StaffDashboard() {
  usePageTitle(() => 'Support dashboard');
  const [params, setParams] = useSearchParams<{ from?: string; to?: string; by?: string }>();
  const range = createMemo(() => statsRange(params), undefined, { equals: (a, b) => a.from === b.from && a.to === b.to && a.granularity === b.granularity });
  const [updatedAt, setUpdatedAt] = createSignal<Date | null>(null);
  const [live, setLive] = createSignal<LiveStatus>('live');
  const [stats, { refetch }] = createResource(range, async (r, { refetching }): Promise<Stats['supportStats'] | ApiError> => {
    try {
      // The first load takes what the route's preload started (in parallel with this page's code);
      // a live tick asks again.
      const data = refetching ? await fetchSupportStats(r) : await getSupportStats(r);
      setUpdatedAt(new Date());
      return data;
    } catch (e) {
      return e instanceof ApiError ? e : new ApiError({ message: 'Could not load the figures.' });
    }
  });
  const data = () => {
    const s = stats.latest;
    return s && !(s instanceof ApiError) ? s : null;
  };
  const error = () => (stats.latest instanceof ApiError ? stats.latest : null);

  // New signals, questions and answers tick the subscription; the figures are refetched on each tick.
  onMount(() => {
    const stop = subscribeLive({
      document: SupportStatsChangedSubscription,
      variables: () => ({}),
      after: null,
      pick: (r) => r.supportStatsChanged,
      onItem: () => void refetch(),
      onStatus: setLive,
    });
    onCleanup(stop);
  });

  // Computed once per fetch: the charts read these for every bar, point and axis label.
  const labels = createMemo(() => (data()?.series ?? []).map((b) => dayLabel.format(new Date(b.start))));
  const columns = createMemo(() => {
    const series = data()?.series ?? [];
    const column = (key: keyof DeflectionFiguresFieldsFragment) => series.map((b) => b.figures[key] as number | null);
    return {
      deflectionRate: column('deflectionRate'),
      searches: column('searches'),
      questionsPosted: column('questionsPosted'),
      deflected: column('deflected'),
      potential: column('potential'),
      failed: column('failed'),
    };
  });
  const pick = (key: keyof ReturnType<typeof columns>) => columns()[key];
  const choose = (days: number) => {
    const to = new Date(Date.now() + DAY);
    setParams({ from: isoDay(new Date(to.getTime() - days * DAY)), to: isoDay(to) });
  };

  return (
        <div class="dashboard">
          <header class="dashboard-head">
            <h1>Support dashboard</h1>
            <span class={`live-badge ${live()}`} role="status">
              {live() === 'live' ? '● Live' : 'Reconnecting…'}
              <Show when={updatedAt()}>{(at) => <span class="muted"> · updated {at().toLocaleTimeString()}</span>}</Show>
            </span>
          </header>
          <form class="range card" onSubmit={(e) => e.preventDefault()}>
            <For each={presets}>{(p) => <button type="button" class="button ghost small" onClick={() => choose(p.days)}>Last {p.label}</button>}</For>
            <label>From <input type="date" value={range().from} max={range().to} onChange={(e) => setParams({ from: e.currentTarget.value })} /></label>
            <label>To <input type="date" value={range().to} min={range().from} onChange={(e) => setParams({ to: e.currentTarget.value })} /></label>
            <label>
              By
              <select value={range().granularity === 'WEEK' ? 'week' : 'day'} onChange={(e) => setParams({ by: e.currentTarget.value })}>
                <option value="day">day</option>
                <option value="week">week</option>
              </select>
            </label>
          </form>
          <Show when={error()}>{(e) => <p class="form-error" role="alert">{e().message}</p>}</Show>
          <Show when={data()}>
            {(s) => (
              <>
                <section class="kpis">
                  <Kpi label="Deflection rate" value={percent(s().figures.deflectionRate)} testid="kpi-deflection" hint={`${s().figures.deflected} deflected · ${s().figures.questionsPosted} questions posted`}>
                    <Trend now={s().figures.deflectionRate ?? null} before={s().previousFigures.deflectionRate ?? null} points />
                  </Kpi>
                  <Kpi label="Self-service score (Zendesk)" value={s().figures.selfServiceScore === null || s().figures.selfServiceScore === undefined ? '–' : `${s().figures.selfServiceScore!.toFixed(1)} : 1`} hint="sessions per customer who posted" />
                  <Kpi label="Searches" value={String(s().figures.searches)} testid="kpi-searches" hint={`${s().figures.sessionsWithIntent} sessions with intent of ${s().figures.sessions}`}>
                    <Trend now={s().figures.searches} before={s().previousFigures.searches} />
                  </Kpi>
                  <Kpi label="Questions posted" value={String(s().figures.questionsPosted)} testid="kpi-questions">
                    <Trend now={s().figures.questionsPosted} before={s().previousFigures.questionsPosted} />
                  </Kpi>
                  <Kpi label="Median time to first answer" value={duration(s().responseTimes.medianSecondsToFirstAnswer)} hint={`to resolution: ${duration(s().responseTimes.medianSecondsToResolution)}`} />
                  <Kpi label="Open, unanswered" value={String(s().openUnanswered)} testid="kpi-unanswered" hint="right now" />
                </section>

                <section class="charts">
                  <LineChart title="Deflection rate" labels={labels()} percent series={[{ name: 'deflection rate', color: colors.deflected, values: pick('deflectionRate') }]} />
                  <BarChart
                    title="Searches and questions"
                    labels={labels()}
                    series={[
                      { name: 'searches', color: colors.searches, values: pick('searches') },
                      { name: 'questions posted', color: colors.questions, values: pick('questionsPosted') },
                    ]}
                  />
                  <BarChart
                    title="How sessions with intent ended"
                    labels={labels()}
                    stacked
                    series={[
                      { name: 'deflected', color: colors.deflected, values: pick('deflected') },
                      { name: 'potential', color: colors.potential, values: pick('potential') },
                      { name: 'failed (posted anyway)', color: colors.failed, values: pick('failed') },
                    ]}
                  />
                  <HorizontalBars title="Time to first answer" rows={s().responseTimes.firstAnswerBuckets} color={colors.searches} />
                  <SplitBar
                    title="First answers: community vs staff"
                    left={{ label: 'community', count: s().responseTimes.firstAnswersByCommunity, color: colors.community }}
                    right={{ label: 'staff', count: s().responseTimes.firstAnswersByStaff, color: colors.staff }}
                  />
                  <SplitBar
                    title="All answers: community vs staff"
                    left={{ label: 'community', count: s().responseTimes.answersByCommunity, color: colors.community }}
                    right={{ label: 'staff', count: s().responseTimes.answersByStaff, color: colors.staff }}
                  />
                  <HorizontalBars
                    title="Questions asked in the period, now"
                    color={colors.deflected}
                    rows={[
                      { label: 'resolved', count: s().outcomes.resolved },
                      { label: 'answered', count: s().outcomes.answered },
                      { label: 'unanswered', count: s().outcomes.unanswered },
                    ]}
                  />
                </section>

                <section class="tables">
                  <div class="card">
                    <h2>Content gaps</h2>
                    <p class="muted">Searches with no result, or whose results nobody opened.</p>
                    <table data-testid="content-gaps">
                      <thead><tr><th>Search</th><th>Searches</th><th>Avg. results</th><th>Opened</th></tr></thead>
                      <tbody>
                        <For each={s().contentGaps} fallback={<tr><td colSpan={4} class="muted">None in this period.</td></tr>}>
                          {(g) => <tr><td>{g.query}</td><td>{g.searches}</td><td>{g.averageHits.toFixed(1)}</td><td>{percent(g.clickThroughRate)}</td></tr>}
                        </For>
                      </tbody>
                    </table>
                  </div>
                  <div class="card">
                    <h2>Top searches</h2>
                    <table data-testid="top-searches">
                      <thead><tr><th>Search</th><th>Searches</th><th>Sessions</th><th>Opened</th></tr></thead>
                      <tbody>
                        <For each={s().topSearches} fallback={<tr><td colSpan={4} class="muted">No searches in this period.</td></tr>}>
                          {(g) => <tr><td>{g.query}</td><td>{g.searches}</td><td>{g.visitors}</td><td>{percent(g.clickThroughRate)}</td></tr>}
                        </For>
                      </tbody>
                    </table>
                  </div>
                  <div class="card">
                    <h2>Threads that deflect most</h2>
                    <ol class="plain-list" data-testid="top-deflecting">
                      <For each={s().topDeflectingTopics} fallback={<li class="muted">None yet in this period.</li>}>
                        {(t) => <li><A href={`/t/${t.topic.id}`}>{t.topic.title}</A> <span class="muted">· {t.deflections} deflected</span></li>}
                      </For>
                    </ol>
                  </div>
                  <div class="card">
                    <h2>Waiting longest for an answer</h2>
                    <ol class="plain-list">
                      <For each={s().oldestUnanswered} fallback={<li class="muted">Every open question has an answer.</li>}>
                        {(t) => <li><A href={`/t/${t.id}`}>{t.title}</A> <StatusBadge status="OPEN" /> <span class="muted">{timeAgo(t.createdAt)}</span></li>}
                      </For>
                    </ol>
                  </div>
                </section>

                <SupportOperations from={`${range().from}T00:00:00Z`} to={`${range().to}T00:00:00Z`} />

                <details class="card definitions">
                  <summary>How these figures are defined</summary>
                  {/* From the README, rendered and sanitized by the server. */}
                  <div class="post-body" innerHTML={s().definitionsHtml} />
                </details>
              </>
            )}
          </Show>
        </div>
  );
}
