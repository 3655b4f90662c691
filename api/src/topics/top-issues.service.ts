import { requireViewer } from '../accounts/accounts.service.js';
import { isStaff } from '../accounts/user.entity.js';
import { forbidden } from '../errors.js';
import type { ServiceContext } from '../graphql/context.js';
import type { ReportPeriod } from '../graphql/pagination.js';

export interface IssueGroupRow {
  kind: 'tag' | 'category';
  name: string;
  /** Distinct customers who asked in the group or said "me too" on one of its topics in the period. */
  customersAffected: number;
  newTopics: number;
  previousTopics: number;
  meToo: number;
  topTopicIds: number[];
}

export const issueOrders = ['customers', 'me_too', 'new_topics', 'growth'] as const;
export type IssueOrder = (typeof issueOrders)[number];

/** Each ranking falls back to customers hit, then the name, so ties read the same every time. */
const rankBy: Record<IssueOrder, string> = {
  customers: '"customersAffected" desc, "newTopics" desc',
  me_too: '"meToo" desc, "customersAffected" desc',
  new_topics: '"newTopics" desc, "customersAffected" desc',
  growth: '"newTopics" - "previousTopics" desc, "newTopics" desc, "customersAffected" desc',
};

/**
 * "Top issues": topics grouped by tag and by category, ranked by how many customers the problem hit in
 * the period (askers plus "me too" votes cast then, on topics of any age), with the new-topic count
 * against the period before. Duplicates count through their originals (their me-too moved there);
 * hidden topics and staff are left out.
 */
export async function topIssues(ctx: ServiceContext, period: ReportPeriod, order: IssueOrder, limit: number): Promise<IssueGroupRow[]> {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden('Only staff see the top issues report.');
  return ctx.em.getConnection().execute<IssueGroupRow[]>(
    `with period as (select ?::timestamptz as since, ?::timestamptz as until, ?::timestamptz as before),
     topics as (
       select t.id, t.category_id, t.author_id, t.created_at from topic t join app_user a on a.id = t.author_id
       where a.role in ('customer', 'expert') and not t.is_hidden and t.duplicate_of_id is null),
     grouped as (
       select 'category' as kind, c.name, t.* from topics t join category c on c.id = t.category_id
       union all
       select 'tag', g.name, t.* from topics t join topic_tag tt on tt.topic_id = t.id join tag g on g.id = tt.tag_id),
     touches as (
       -- A customer touched the group by asking in it, or by "me too" on one of its topics, in the period.
       select g.kind, g.name, g.id as topic_id, g.author_id as user_id, 'asked' as how from grouped g, period p where g.created_at >= p.since and g.created_at < p.until
       union all
       select g.kind, g.name, g.id, m.user_id, 'me_too' from grouped g join topic_me_too m on m.topic_id = g.id, period p where m.created_at >= p.since and m.created_at < p.until),
     ranked as (
     select x.kind, x.name,
            count(distinct x.user_id) filter (where u.role in ('customer', 'expert'))::int as "customersAffected",
            count(distinct x.topic_id) filter (where x.how = 'asked')::int as "newTopics",
            (select count(*) from grouped g2, period p where g2.kind = x.kind and g2.name = x.name and g2.created_at >= p.before and g2.created_at < p.since)::int as "previousTopics",
            (count(*) filter (where x.how = 'me_too'))::int as "meToo",
            (select array_agg(s.topic_id) from (
               select y.topic_id from touches y where y.kind = x.kind and y.name = x.name
               group by y.topic_id order by count(*) desc, y.topic_id desc limit 3) s) as "topTopicIds"
     from touches x join app_user u on u.id = x.user_id
     group by x.kind, x.name
     having count(distinct x.user_id) filter (where u.role in ('customer', 'expert')) > 0)
     select * from ranked order by ${rankBy[order]}, name
     limit ?`,
    [period.from, period.to, new Date(2 * period.from.getTime() - period.to.getTime()), limit],
  );
}
