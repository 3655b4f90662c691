import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff, staffRoles } from '../accounts/user.entity.js';
import { badInput, forbidden } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { ReportPeriod } from '../graphql/pagination.js';
import { renderMarkdown } from '../markdown/render.js';
import { Topic } from '../topics/topic.entity.js';

export type Granularity = 'day' | 'week';

export interface DeflectionFigures {
  sessions: number;
  sessionsWithIntent: number;
  deflected: number;
  failed: number;
  potential: number;
  questionsPosted: number;
  searches: number;
  deflectionRate: number | null;
  selfServiceScore: number | null;
}

export interface SearchTermStats {
  query: string;
  searches: number;
  visitors: number;
  averageHits: number;
  clickThroughRate: number;
}

const STAFF_ROLES = `(${staffRoles.map((role) => `'${role}'`).join(', ')})`;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** What the SQL counts; the figures (rates included) follow from these. */
const countKeys = ['sessions', 'intent', 'deflected', 'failed', 'potential', 'searches', 'posted'] as const;
type Counts = Record<(typeof countKeys)[number], number>;

const countsOf = (row: Record<string, unknown> | undefined): Counts =>
  Object.fromEntries(countKeys.map((key) => [key, Number(row?.[key] ?? 0)])) as Counts;

function figures(c: Counts, askers: number): DeflectionFigures {
  return {
    sessions: c.sessions,
    sessionsWithIntent: c.intent,
    deflected: c.deflected,
    failed: c.failed,
    potential: c.potential,
    questionsPosted: c.posted,
    searches: c.searches,
    deflectionRate: ratio(c.deflected, c.deflected + c.posted),
    selfServiceScore: ratio(c.sessions, askers),
  };
}

const sessionFigures = `count(*) as sessions,
  count(*) filter (where outcome <> 'none') as intent,
  count(*) filter (where outcome = 'deflected') as deflected,
  count(*) filter (where outcome = 'failed') as failed,
  count(*) filter (where outcome = 'potential') as potential,
  coalesce(sum(searches), 0) as searches`;

/** Customers' questions: staff posting on a customer's behalf is not support load taken off staff. */
const customerQuestions = `from topic t join app_user u on u.id = t.author_id
  where u.role not in ${STAFF_ROLES} and t.created_at >= ? and t.created_at < ?`;

async function periodFigures(ctx: ServiceContext, from: Date, to: Date): Promise<DeflectionFigures> {
  const em = ctx.em;
  const [[sessions], [questions]] = await Promise.all([
    em.execute<Array<Record<string, unknown>>>(`select ${sessionFigures} from deflection_session where not is_staff and started_at >= ? and started_at < ?`, [from, to]),
    em.execute<Array<{ posted: string; askers: string }>>(`select count(*) as posted, count(distinct t.author_id) as askers ${customerQuestions}`, [from, to]),
  ]);
  return figures({ ...countsOf(sessions), posted: Number(questions?.posted ?? 0) }, Number(questions?.askers ?? 0));
}

/** Distinct customers who asked in the period (not a sum of buckets: one person can ask on two days). */
async function askers(ctx: ServiceContext, from: Date, to: Date): Promise<number> {
  const [row] = await ctx.em.execute<Array<{ askers: string }>>(`select count(distinct t.author_id) as askers ${customerQuestions}`, [from, to]);
  return Number(row?.askers ?? 0);
}

async function series(ctx: ServiceContext, from: Date, to: Date, granularity: Granularity) {
  const step = granularity === 'week' ? '1 week' : '1 day';
  // Buckets are UTC days or ISO weeks (Monday), each listed even when empty.
  const buckets = `select generate_series(date_trunc('${granularity}', ?::timestamptz at time zone 'UTC'), ?::timestamptz at time zone 'UTC', interval '${step}') as bucket`;
  const rows = await ctx.em.execute<Array<Record<string, unknown> & { bucket_start: string; posted: string; askers: string }>>(
    `with b as (${buckets}),
     s as (select date_trunc('${granularity}', started_at at time zone 'UTC') as bucket, ${sessionFigures}
             from deflection_session where not is_staff and started_at >= ? and started_at < ? group by 1),
     q as (select date_trunc('${granularity}', t.created_at at time zone 'UTC') as bucket, count(*) as posted, count(distinct t.author_id) as askers
             ${customerQuestions} group by 1)
     select to_char(b.bucket, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as bucket_start, s.sessions, s.intent, s.deflected, s.failed, s.potential, s.searches,
            coalesce(q.posted, 0) as posted, coalesce(q.askers, 0) as askers
       from b left join s using (bucket) left join q using (bucket)
      where b.bucket < ?::timestamptz at time zone 'UTC'
      order by b.bucket`,
    [from, to, from, to, from, to, to],
  );
  return rows.map((row) => ({ start: new Date(row.bucket_start), counts: countsOf(row), askers: Number(row.askers) }));
}

/** Top searches and content gaps (no result, or no result opened) from one pass over the period's searches. */
async function searchTerms(ctx: ServiceContext, from: Date, to: Date): Promise<{ top: SearchTermStats[]; gaps: SearchTermStats[] }> {
  const rows = await ctx.em.execute<Array<{ list: 'top' | 'gap'; query: string; searches: string; visitors: string; average_hits: string; clicked: string }>>(
    `with terms as (
       select query, count(*) as searches, count(distinct session_id) as visitors, avg(coalesce(hit_count, 0)) as average_hits,
              count(*) filter (where clicks > 0) as clicked, max(coalesce(hit_count, 0)) = 0 or max(clicks) = 0 as gap
         from deflection_event
        where kind = 'search' and not is_staff and at >= ? and at < ? and query <> ''
        group by query)
     (select 'top' as list, * from terms order by searches desc, query limit 10)
     union all
     (select 'gap' as list, * from terms where gap order by searches desc, query limit 10)`,
    [from, to],
  );
  const stats = (list: 'top' | 'gap') =>
    rows
      .filter((r) => r.list === list)
      .map((r) => ({
        query: r.query,
        searches: Number(r.searches),
        visitors: Number(r.visitors),
        averageHits: Number(r.average_hits),
        clickThroughRate: Number(r.clicked) / Number(r.searches),
      }));
  return { top: stats('top'), gaps: stats('gap') };
}

async function topDeflectingTopics(ctx: ServiceContext, from: Date, to: Date) {
  const rows = await ctx.em.execute<Array<{ topic_id: number; deflections: string }>>(
    `select solved_topic_id as topic_id, count(*) as deflections from deflection_session
      where not is_staff and started_at >= ? and started_at < ? and outcome = 'deflected' and solved_topic_id is not null
      group by 1 order by 2 desc, 1 limit 10`,
    [from, to],
  );
  const topics = new Map((await ctx.em.find(Topic, { id: { $in: rows.map((r) => r.topic_id) } })).map((t) => [t.id, t]));
  return rows.flatMap((r) => (topics.has(r.topic_id) ? [{ topic: topics.get(r.topic_id)!, deflections: Number(r.deflections) }] : []));
}

async function responseTimes(ctx: ServiceContext, from: Date, to: Date) {
  const [[questions], [answers]] = await Promise.all([
    ctx.em.execute<Array<Record<string, string | null>>>(
      `select percentile_cont(0.5) within group (order by extract(epoch from t.first_answer_at - t.created_at)) as first_answer,
              percentile_cont(0.5) within group (order by extract(epoch from t.resolved_at - t.created_at)) as resolution,
              count(*) filter (where t.first_answer_at < t.created_at + interval '1 hour') as under_1h,
              count(*) filter (where t.first_answer_at >= t.created_at + interval '1 hour' and t.first_answer_at < t.created_at + interval '4 hours') as h1_4,
              count(*) filter (where t.first_answer_at >= t.created_at + interval '4 hours' and t.first_answer_at < t.created_at + interval '24 hours') as h4_24,
              count(*) filter (where t.first_answer_at >= t.created_at + interval '24 hours') as over_24h,
              count(*) filter (where t.first_answer_at is null) as none,
              count(*) filter (where t.first_answer_by_staff) as first_staff,
              count(*) filter (where not t.first_answer_by_staff) as first_community,
              count(*) filter (where t.accepted_answer_id is not null or t.official_answer_id is not null) as resolved,
              count(*) filter (where t.accepted_answer_id is null and t.official_answer_id is null and t.answer_count > 0) as answered,
              count(*) filter (where t.answer_count = 0) as unanswered
         ${customerQuestions}`,
      [from, to],
    ),
    ctx.em.execute<Array<{ staff: string; community: string }>>(
      `select count(*) filter (where u.role in ${STAFF_ROLES}) as staff, count(*) filter (where u.role not in ${STAFF_ROLES}) as community
         from answer a join app_user u on u.id = a.author_id where a.created_at >= ? and a.created_at < ?`,
      [from, to],
    ),
  ]);
  const n = (key: string) => Number(questions?.[key] ?? 0);
  const seconds = (key: string) => (questions?.[key] === null || questions?.[key] === undefined ? null : Number(questions[key]));
  return {
    responseTimes: {
      medianSecondsToFirstAnswer: seconds('first_answer'),
      medianSecondsToResolution: seconds('resolution'),
      firstAnswerBuckets: [
        { label: 'under 1 h', count: n('under_1h') },
        { label: '1–4 h', count: n('h1_4') },
        { label: '4–24 h', count: n('h4_24') },
        { label: 'over 24 h', count: n('over_24h') },
        { label: 'no answer yet', count: n('none') },
      ],
      firstAnswersByStaff: n('first_staff'),
      firstAnswersByCommunity: n('first_community'),
      answersByStaff: Number(answers?.staff ?? 0),
      answersByCommunity: Number(answers?.community ?? 0),
    },
    outcomes: { resolved: n('resolved'), answered: n('answered'), unanswered: n('unanswered') },
  };
}

async function unanswered(ctx: ServiceContext) {
  const [[count], oldest] = await Promise.all([
    ctx.em.execute<Array<{ n: string }>>('select count(*) as n from topic where answer_count = 0 and not is_locked'),
    ctx.em.find(Topic, { answerCount: 0, isLocked: false }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 5 }),
  ]);
  return { openUnanswered: Number(count?.n ?? 0), oldestUnanswered: oldest };
}

let definitions: string | null = null;
/** The README's "Deflection: definitions" section, so the dashboard and the docs say the same thing. */
export function definitionsHtml(): string {
  if (definitions === null) {
    const readme = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../README.md');
    const text = fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '';
    const section = /<!-- deflection-definitions -->([\s\S]*?)<!-- \/deflection-definitions -->/.exec(text)?.[1] ?? '';
    definitions = renderMarkdown(section.trim());
  }
  return definitions;
}

export async function supportStats(ctx: ServiceContext, { from, to }: ReportPeriod, granularity: 'day' | 'week') {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden('Only staff can see support statistics.');
  if (granularity === 'day' && to.getTime() - from.getTime() > 180 * 86_400_000) {
    throw badInput('Daily figures cover at most 180 days; choose weekly.', { granularity: 'Too many days for daily buckets.' });
  }
  const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const [customers, previous, buckets, terms, deflecting, times, open] = await Promise.all([
    askers(ctx, from, to),
    periodFigures(ctx, previousFrom, from),
    series(ctx, from, to, granularity),
    searchTerms(ctx, from, to),
    topDeflectingTopics(ctx, from, to),
    responseTimes(ctx, from, to),
    unanswered(ctx),
  ]);
  return {
    from,
    to,
    granularity,
    // The buckets cover the period exactly, so its totals are their sums (one scan, not two).
    figures: figures(Object.fromEntries(countKeys.map((key) => [key, buckets.reduce((n, b) => n + b.counts[key], 0)])) as Counts, customers),
    previousFigures: previous,
    series: buckets.map((b) => ({ start: b.start, figures: figures(b.counts, b.askers) })),
    contentGaps: terms.gaps,
    topSearches: terms.top,
    topDeflectingTopics: deflecting,
    ...times,
    ...open,
    definitionsHtml: definitionsHtml(),
  };
}
