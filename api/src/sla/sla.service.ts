import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff, plans, User, type Plan } from '../accounts/user.entity.js';
import { badInput, conflict, forbidden, notFound } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { ReportPeriod } from '../graphql/pagination.js';
import { changeWithEvents } from '../live/transaction.js';
import { Topic } from '../topics/topic.entity.js';
import { lockTopicRow } from '../topics/topics.service.js';
import { parseInput } from '../validation.js';
import { addBusinessMinutes, isValidTimeZone, type SupportHours } from './business-time.js';

export interface SlaPolicy {
  plan: Plan;
  firstResponseMinutes: number;
  businessTime: boolean;
  /** Whole working days; firstResponseMinutes is then that many support days. */
  businessDays: number | null;
}

export interface SlaQueueRow {
  topic: Topic;
  plan: Plan;
  dueAt: Date;
  targetMinutes: number;
  businessTime: boolean;
  claimedById: number | null;
  claimedAt: Date | null;
}

export interface SlaPlanFigures {
  plan: Plan;
  questions: number;
  met: number;
  breached: number;
  metShare: number | null;
  medianFirstResponseSeconds: number | null;
  openNow: number;
  breachedNow: number;
}

/** The questions still waiting for a first response: the partial index topic_sla_queue_idx has the same shape. */
const WAITING = `t.sla_due_at is not null and t.staff_answered_at is null and t.accepted_answer_id is null and t.official_answer_id is null
  and not t.is_hidden and not t.is_locked and t.duplicate_of_id is null`;

function requireStaff(ctx: ServiceContext): User {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden('Only staff can see and work the support queue.');
  return viewer;
}

function requireAdmin(ctx: ServiceContext, what = 'support targets and hours'): User {
  const viewer = requireViewer(ctx);
  if (viewer.role !== 'admin') throw forbidden(`Only admins change ${what}.`);
  return viewer;
}

export async function listPolicies(em: EntityManager): Promise<SlaPolicy[]> {
  const rows = await em.execute<Array<{ plan: Plan; first_response_minutes: number; business_time: boolean; business_days: number | null }>>('select * from sla_policy');
  const byPlan = new Map(
    rows.map((r) => [r.plan, { plan: r.plan, firstResponseMinutes: r.first_response_minutes, businessTime: r.business_time, businessDays: r.business_days }]),
  );
  return plans.map((plan) => byPlan.get(plan)!);
}

export async function readSupportHours(em: EntityManager): Promise<SupportHours> {
  const [row] = await em.execute<Array<{ time_zone: string; opens_at: number; closes_at: number; work_days: number[] }>>('select * from support_hours');
  return { timeZone: row!.time_zone, opensAt: row!.opens_at, closesAt: row!.closes_at, workDays: row!.work_days };
}

function deadline(policy: SlaPolicy, hours: SupportHours, askedAt: Date): Date {
  return policy.businessTime ? addBusinessMinutes(askedAt, policy.firstResponseMinutes, hours) : new Date(askedAt.getTime() + policy.firstResponseMinutes * 60_000);
}

/** Sets a customer's new question's first-response deadline from their plan; staff questions have none. */
export async function startSlaClock(em: EntityManager, asker: User, topic: Topic): Promise<void> {
  if (isStaff(asker)) return;
  const [policy, hours] = [(await listPolicies(em)).find((p) => p.plan === asker.plan)!, await readSupportHours(em)];
  topic.slaPlan = asker.plan;
  topic.slaDueAt = deadline(policy, hours, topic.createdAt);
}

/** After a target, the hours or a customer's plan change: waiting questions get deadlines by the new rules. */
async function recomputeWaiting(em: EntityManager, only: { plan?: Plan; authorId?: number } = {}): Promise<void> {
  const [policies, hours] = [await listPolicies(em), await readSupportHours(em)];
  const rows = await em.execute<Array<{ id: number; plan: Plan; created_at: Date }>>(
    `select t.id, t.sla_plan as plan, t.created_at from topic t where ${WAITING}
     ${only.plan ? 'and t.sla_plan = ?' : ''} ${only.authorId ? 'and t.author_id = ?' : ''}`,
    [...(only.plan ? [only.plan] : []), ...(only.authorId ? [only.authorId] : [])],
  );
  if (rows.length === 0) return;
  const due = rows.map((r) => ({ id: r.id, due: deadline(policies.find((p) => p.plan === r.plan)!, hours, new Date(r.created_at)).toISOString() }));
  // One statement: arrays travel as JSON (knex would expand a JS array binding into a list).
  await em.execute(
    `update topic t set sla_due_at = (d->>'due')::timestamptz from json_array_elements(?::json) d where t.id = (d->>'id')::int`,
    [JSON.stringify(due)],
  );
}

export async function slaQueue(ctx: ServiceContext, limit: number): Promise<{ items: SlaQueueRow[]; openCount: number; breachedCount: number }> {
  requireStaff(ctx);
  const connection = ctx.em.getConnection();
  const [rows, [counts]] = await Promise.all([
    connection.execute<Array<{ id: number; plan: Plan; sla_due_at: Date; claimed_by_id: number | null; claimed_at: Date | null }>>(
      `select t.id, t.sla_plan as plan, t.sla_due_at, t.claimed_by_id, t.claimed_at from topic t where ${WAITING} order by t.sla_due_at, t.id limit ?`,
      [limit],
    ),
    connection.execute<Array<{ open: number; breached: number }>>(
      `select count(*)::int as open, (count(*) filter (where t.sla_due_at < now()))::int as breached from topic t where ${WAITING}`,
    ),
  ]);
  const policies = await listPolicies(ctx.em);
  const topics = new Map(rows.length ? (await ctx.em.find(Topic, { id: { $in: rows.map((r) => r.id) } })).map((t) => [t.id, t]) : []);
  const items = rows.flatMap((r) => {
    const topic = topics.get(r.id);
    const policy = policies.find((p) => p.plan === r.plan)!;
    return topic
      ? [{ topic, plan: r.plan, dueAt: new Date(r.sla_due_at), targetMinutes: policy.firstResponseMinutes, businessTime: policy.businessTime, claimedById: r.claimed_by_id, claimedAt: r.claimed_at ? new Date(r.claimed_at) : null }]
      : [];
  });
  return { items, openCount: counts!.open, breachedCount: counts!.breached };
}

/** Staff take a question so that two of them do not answer it; the rest of the staff see it live. */
export async function setClaim(ctx: ServiceContext, topicId: number, claim: boolean): Promise<Topic> {
  const viewer = requireStaff(ctx);
  return changeWithEvents(ctx, async (em, record) => {
    const topic = await lockTopicRow(em, topicId, viewer);
    const holder = topic.claimedBy?.id ?? null;
    if (claim) {
      if (holder === viewer.id) return topic; // a retry changes nothing
      if (holder !== null) {
        const other = await em.findOneOrFail(User, holder);
        throw conflict(`${other.displayName} is already handling this question.`);
      }
      topic.claimedBy = em.getReference(User, viewer.id);
      topic.claimedAt = new Date();
    } else {
      if (holder === null) return topic;
      topic.claimedBy = null;
      topic.claimedAt = null;
    }
    await record({ kind: claim ? 'topic_claimed' : 'topic_unclaimed', topicId: topic.id, actorId: viewer.id, audience: 'staff' });
    return topic;
  });
}

export async function policiesFor(ctx: ServiceContext): Promise<SlaPolicy[]> {
  requireStaff(ctx);
  return listPolicies(ctx.em);
}

export async function supportHoursFor(ctx: ServiceContext): Promise<SupportHours> {
  requireStaff(ctx);
  return readSupportHours(ctx.em);
}

const policySchema = z
  .object({
    plan: z.enum(plans),
    firstResponseMinutes: z.number().int().min(1, 'At least 1 minute.').max(525_600, 'At most a year (525,600 minutes).').nullish(),
    businessTime: z.boolean(),
    businessDays: z.number().int().min(1, 'At least 1 working day.').max(365, 'At most 365 working days.').nullish(),
  })
  .refine((p) => (p.firstResponseMinutes == null) !== (p.businessDays == null), {
    message: 'Give the target in minutes or in working days, not both.',
    path: ['firstResponseMinutes'],
  })
  .refine((p) => p.businessDays == null || p.businessTime, { message: 'Working days count support hours: set businessTime.', path: ['businessTime'] });

const supportDayMinutes = (hours: SupportHours) => hours.closesAt - hours.opensAt;

export async function updatePolicy(ctx: ServiceContext, input: unknown): Promise<SlaPolicy> {
  const fields = parseInput(policySchema, input);
  requireAdmin(ctx);
  return ctx.em.transactional(async (em) => {
    const businessDays = fields.businessDays ?? null;
    const minutes = businessDays ? businessDays * supportDayMinutes(await readSupportHours(em)) : fields.firstResponseMinutes!;
    await em.execute('update sla_policy set first_response_minutes = ?, business_time = ?, business_days = ? where plan = ?', [
      minutes,
      fields.businessTime,
      businessDays,
      fields.plan,
    ]);
    await recomputeWaiting(em, { plan: fields.plan });
    return { plan: fields.plan, firstResponseMinutes: minutes, businessTime: fields.businessTime, businessDays };
  });
}

/**
 * An admin moves a customer to another plan. Questions they are still waiting on move with them: an
 * upgrade during an outage should shorten the deadline of the question already asked.
 */
export async function changeUserPlan(ctx: ServiceContext, userId: number, plan: Plan): Promise<User> {
  requireAdmin(ctx, 'plans');
  if (!plans.includes(plan)) throw badInput('Unknown plan.', { plan: 'Unknown plan.' });
  return ctx.em.transactional(async (em) => {
    const user = await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound('User');
    if (user.plan === plan) return user;
    user.plan = plan;
    await em.flush();
    await em.execute(`update topic t set sla_plan = ? where ${WAITING} and t.author_id = ?`, [plan, user.id]);
    await recomputeWaiting(em, { authorId: user.id });
    return user;
  });
}

const hoursSchema = z
  .object({
    timeZone: z.string().max(64).refine(isValidTimeZone, 'Not a known time zone (use an IANA name such as Europe/Berlin).'),
    opensAt: z.number().int().min(0).max(1439),
    closesAt: z.number().int().min(1).max(1440),
    workDays: z
      .array(z.number().int().min(1, 'Days are 1 (Monday) to 7 (Sunday).').max(7, 'Days are 1 (Monday) to 7 (Sunday).'))
      .min(1, 'Name at least one working day.')
      .transform((days) => [...new Set(days)].sort()),
  })
  .refine((h) => h.closesAt > h.opensAt, { message: 'Closing time must be after opening time.', path: ['closesAt'] });

export async function updateSupportHours(ctx: ServiceContext, input: unknown): Promise<SupportHours> {
  const fields = parseInput(hoursSchema, input);
  requireAdmin(ctx);
  await ctx.em.transactional(async (em) => {
    await em.execute('update support_hours set time_zone = ?, opens_at = ?, closes_at = ?, work_days = ?::smallint[]', [
      fields.timeZone,
      fields.opensAt,
      fields.closesAt,
      `{${fields.workDays.join(',')}}`,
    ]);
    // "2 working days" stays two days when the days get longer or shorter.
    await em.execute('update sla_policy set first_response_minutes = business_days * ? where business_days is not null', [supportDayMinutes(fields)]);
    await recomputeWaiting(em);
  });
  return fields;
}

/**
 * Per plan, over questions asked in the period: met = answered by staff or resolved before
 * the deadline; breached = responded to after it, or still waiting past it. Plus the queue now.
 */
export async function slaFigures(ctx: ServiceContext, period: ReportPeriod): Promise<SlaPlanFigures[]> {
  requireStaff(ctx);
  const rows = await ctx.em.getConnection().execute<
    Array<{ plan: Plan; questions: number; met: number; breached: number; median: number | null; open_now: number; breached_now: number }>
  >(
    `with asked as (
       select t.sla_plan as plan, t.sla_due_at as due, t.created_at,
              least(t.staff_answered_at, t.resolved_at) as responded
       from topic t where t.sla_due_at is not null and t.created_at >= ? and t.created_at < ? and not t.is_hidden)
     select p.plan,
            count(a.plan)::int as questions,
            (count(*) filter (where a.responded <= a.due))::int as met,
            (count(*) filter (where a.responded > a.due or (a.responded is null and a.due < now())))::int as breached,
            percentile_cont(0.5) within group (order by extract(epoch from a.responded - a.created_at)) as median,
            (select count(*) from topic t where ${WAITING} and t.sla_plan = p.plan)::int as open_now,
            (select count(*) from topic t where ${WAITING} and t.sla_plan = p.plan and t.sla_due_at < now())::int as breached_now
     from sla_policy p left join asked a on a.plan = p.plan
     group by p.plan`,
    [period.from, period.to],
  );
  const byPlan = new Map(rows.map((r) => [r.plan, r]));
  return plans.map((plan) => {
    const r = byPlan.get(plan)!;
    const decided = r.met + r.breached;
    return {
      plan,
      questions: r.questions,
      met: r.met,
      breached: r.breached,
      metShare: decided ? r.met / decided : null,
      medianFirstResponseSeconds: r.median === null ? null : Number(r.median),
      openNow: r.open_now,
      breachedNow: r.breached_now,
    };
  });
}

export interface SlaDay {
  day: string;
  met: number;
  breached: number;
}

/** Breaches over time: every deadline by the day it fell, met or breached (still waiting past it counts as breached). */
export async function slaByDay(ctx: ServiceContext, period: ReportPeriod): Promise<SlaDay[]> {
  requireStaff(ctx);
  return ctx.em.getConnection().execute<SlaDay[]>(
    `select to_char(d.day, 'YYYY-MM-DD') as day,
            (count(t.id) filter (where least(t.staff_answered_at, t.resolved_at) <= t.sla_due_at))::int as met,
            (count(t.id) filter (where least(t.staff_answered_at, t.resolved_at) > t.sla_due_at
                                    or (least(t.staff_answered_at, t.resolved_at) is null and t.sla_due_at < now())))::int as breached
     from generate_series((?::timestamptz at time zone 'utc')::date, ((?::timestamptz - interval '1 microsecond') at time zone 'utc')::date, interval '1 day') d(day)
     left join topic t on t.sla_due_at >= d.day at time zone 'utc' and t.sla_due_at < (d.day + interval '1 day') at time zone 'utc' and not t.is_hidden
     group by d.day order by d.day`,
    [period.from, period.to],
  );
}
