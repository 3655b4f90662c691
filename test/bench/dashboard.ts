/**
 * Staff dashboard. First in the browser (Debian chromium): the time from opening /staff/dashboard
 * to its first figures, on the demo community (target under 1 s). Then with about a million
 * deflection events (5,000 questions and 280,000 visitor sessions over 180 days, written in bulk):
 * the browser again (target under 1.5 s), the whole GraphQL query (all its aggregates) for 7, 30
 * and 90 days by day and 180 days by week, and each aggregate's SQL alone.
 * Usage: npm run bench:dashboard   (needs `npm run build:web` first)
 */
import type { Browser } from 'playwright-core';
import { seedDemoCommunity } from '../../api/src/db/seed.js';
import { writeSyntheticSignals } from '../../api/src/deflection/synthetic-signals.js';
import { launchBrowser } from '../support/browser.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { ms, now, startBench, summarize, type Bench } from './harness.js';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 280_000);
const RUNS = 20;
const STATS = `query($from: DateTime!, $to: DateTime!, $granularity: StatsGranularity) {
  supportStats(from: $from, to: $to, granularity: $granularity) {
    figures { deflected deflectionRate selfServiceScore }
    previousFigures { deflected }
    series { start figures { deflected failed potential searches questionsPosted deflectionRate } }
    contentGaps { query searches } topSearches { query searches visitors clickThroughRate }
    topDeflectingTopics { deflections topic { id title } }
    responseTimes { medianSecondsToFirstAnswer medianSecondsToResolution firstAnswerBuckets { count } firstAnswersByStaff answersByStaff }
    outcomes { resolved } openUnanswered oldestUnanswered { id }
  }
}`;

const PAGE_RUNS = 7;

/** Opens the dashboard in a fresh tab each run; the clock stops when the first KPI shows a number. */
async function firstFiguresInBrowser(browser: Browser, bench: Bench, cookie: string, label: string, path = '/staff/dashboard', ready = '.kpi-value'): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name, value] = cookie.split('=');
  await context.addCookies([{ name: name!, value: value!, url: bench.url }]);
  const times: number[] = [];
  for (let i = 0; i <= PAGE_RUNS; i++) {
    const page = await context.newPage();
    const started = now();
    await page.goto(`${bench.url}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 60_000 });
    if (i > 0) times.push(now() - started); // the first run warms caches and the lazy chunks
    await page.close();
  }
  await context.close();
  const s = summarize(times);
  console.log(`  ${label.padEnd(34)} p50 ${ms(s.p50)}  max ${ms(s.max)}  (n=${s.n})`);
}

async function queryTimes(client: GraphQLClient, periods: Array<{ label: string; days: number; granularity: string }>) {
  for (const period of periods) {
    const vars = { from: new Date(Date.now() - period.days * 86_400_000).toISOString(), to: new Date().toISOString(), granularity: period.granularity };
    await client.ok(STATS, vars);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = now();
      await client.ok(STATS, vars);
      times.push(now() - started);
    }
    const s = summarize(times);
    console.log(`  ${period.label.padEnd(20)} p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  (n=${s.n})`);
  }
}

const bench = await startBench();
const browser = await launchBrowser();
try {
  const sql = bench.app.deps.orm.em.fork();
  const staff = await bench.user('staff');
  console.log('First figures of /staff/dashboard in chromium, from navigation:');
  await sql.execute("delete from category where slug = 'bench'");
  await seedDemoCommunity(bench.app.deps, { passwordCost: 10 });
  await firstFiguresInBrowser(browser, bench, staff.client.cookie!, 'demo community (target < 1 s)');
  // The floor on this machine: the home page's first rows, same browser, same server.
  await firstFiguresInBrowser(browser, bench, staff.client.cookie!, 'for scale: home page, first rows', '/', '.topic-row');
  await queryTimes(staff.client, [{ label: 'demo, 31 days by day', days: 31, granularity: 'DAY' }]);
  await sql.execute("insert into category (slug, name) values ('bench', 'Bench') on conflict do nothing");
  await bench.user('customer');
  await bench.user('expert');
  const [ids] = await sql.execute<Array<{ customer: number; expert: number; category: number }>>(
    "select (select id from app_user where role = 'customer' limit 1) as customer, (select id from app_user where role = 'expert' limit 1) as expert, (select id from category limit 1) as category",
  );
  const loadStarted = now();
  await sql.execute(
    `insert into topic (title, body, body_html, author_id, category_id, created_at, updated_at, last_activity_at)
     select 'Bench question ' || i || ' about backup restore sync', 'body', '<p>body</p>', ?, ?, t, t, t
       from (select i, now() - random() * interval '180 days' as t from generate_series(1, 5000) i) g`,
    [ids!.customer, ids!.category],
  );
  await sql.execute(
    `insert into answer (topic_id, author_id, body, body_html, created_at, updated_at)
     select id, ?, 'answer', '<p>answer</p>', created_at + random() * interval '30 hours', created_at from topic where random() < 0.85`,
    [ids!.expert],
  );
  await sql.execute(
    `update topic t set answer_count = 1, status = case when a.id % 3 = 0 then 'answered' else 'resolved' end,
            first_answer_at = a.created_at, first_answer_by_staff = false,
            accepted_answer_id = case when a.id % 3 = 0 then null else a.id end,
            resolved_at = case when a.id % 3 = 0 then null else a.created_at + interval '2 hours' end
       from answer a where a.topic_id = t.id`,
  );
  const { sessions, events } = await writeSyntheticSignals(sql, { sessions: SESSIONS, days: 180 });
  console.log(`wrote 5,000 questions, ${sessions.toLocaleString()} sessions and ${events.toLocaleString()} deflection events in ${((now() - loadStarted) / 1000).toFixed(1)} s\n`);

  const periods = [
    { label: '7 days by day', days: 7, granularity: 'DAY' },
    { label: '30 days by day', days: 30, granularity: 'DAY' },
    { label: '90 days by day', days: 90, granularity: 'DAY' },
    { label: '180 days by week', days: 180, granularity: 'WEEK' },
  ];
  await firstFiguresInBrowser(browser, bench, staff.client.cookie!, '~1M deflection events (target < 1.5 s)');
  console.log('\nsupportStats over GraphQL (one staff client, every aggregate of the dashboard):');
  await queryTimes(staff.client, periods);

  // Which aggregate costs what, 30 days, straight SQL (EXPLAIN ANALYZE execution time).
  const from = new Date(Date.now() - 30 * 86_400_000);
  const to = new Date();
  const parts: Array<[string, string, unknown[]]> = [
    ['session outcomes', "select count(*), count(*) filter (where outcome = 'deflected') from deflection_session where not is_staff and started_at >= ? and started_at < ?", [from, to]],
    ['search terms', "select query, count(*) from deflection_event where kind = 'search' and not is_staff and at >= ? and at < ? group by query order by 2 desc limit 10", [from, to]],
    ['top deflecting', "select solved_topic_id, count(*) from deflection_session where not is_staff and started_at >= ? and started_at < ? and outcome = 'deflected' group by 1 order by 2 desc limit 10", [from, to]],
    ['response times', 'select percentile_cont(0.5) within group (order by extract(epoch from first_answer_at - created_at)) from topic where created_at >= ? and created_at < ?', [from, to]],
  ];
  console.log('\n30 days, each aggregate alone (PostgreSQL execution time):');
  for (const [label, text, values] of parts) {
    const plan = await sql.execute<Array<{ 'QUERY PLAN': string }>>(`explain (analyze, format text) ${text}`, values);
    const execution = plan.map((r) => r['QUERY PLAN']).find((line) => line.startsWith('Execution Time'));
    console.log(`  ${label.padEnd(18)} ${execution}`);
  }
} finally {
  await browser.close();
  await bench.close();
}
process.exit(0);
