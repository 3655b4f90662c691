import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Visitor history for the demo community and for the dashboard benchmark: sessions spread over the
 * last `days`, written in bulk by SQL with outcomes already settled. Repeatable (seeded random).
 * Mix: 60% search, 15% open the ask form, 25% only read; of those with intent about 45% end on a
 * solution, 20% post anyway. Events per session follow from that (searches, clicks, reads...).
 */
export async function writeSyntheticSignals(em: EntityManager, options: { sessions: number; days: number; now?: Date; seed?: number }): Promise<{ sessions: number; events: number }> {
  const now = options.now ?? new Date();
  const topics = await em.execute<Array<{ id: number; title: string; resolved: boolean }>>(
    'select id, title, (accepted_answer_id is not null or official_answer_id is not null) as resolved from topic order by id',
  );
  const resolved = topics.filter((t) => t.resolved).map((t) => t.id);
  if (resolved.length === 0) return { sessions: 0, events: 0 };
  // What visitors type: the first words of real titles, plus a few that nothing answers (content gaps).
  const queries = [
    ...topics.map((t) =>
      t.title.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, '').split(/\s+/).filter((w) => w.length > 3).slice(0, 3).join(' '),
    ),
    'export to csv', 'linux arm support', 'two factor sms', 'refund annual plan', 'nas smb share',
  ];
  await em.execute('select setseed(?)', [options.seed ?? 0.42]);
  const [{ first } = { first: '0' }] = await em.execute<Array<{ first: string }>>('select coalesce(max(id), 0)::text as first from deflection_session');
  await em.execute(
    `insert into deflection_session (visitor_id, started_at, last_at, searches, views, ask_opened, solved_at, solved_topic_id, posted_at)
     select md5(random()::text)::uuid, st, st + interval '1 minute' * (1 + floor(r_len * 25)),
            case when r_kind < 0.60 then 1 + floor(r_n * 3)::int else 0 end,
            floor(r_n * 4)::int,
            r_kind >= 0.60 and r_kind < 0.75,
            case when r_kind < 0.75 and r_end < 0.45 then st + interval '1 minute' * (1 + floor(r_len * 20)) end,
            case when r_kind < 0.75 and r_end < 0.45 then (array(select json_array_elements_text(?::json)::int))[1 + floor(r_topic * r_topic * ?)::int] end,
            case when r_kind < 0.75 and r_end >= 0.80 then st + interval '1 minute' * (1 + floor(r_len * 20)) end
       from (select ?::timestamptz - interval '1 second' * floor(random() * ? * 86400) as st,
                    random() as r_kind, random() as r_len, random() as r_n, random() as r_end, random() as r_topic
               from generate_series(1, ?)) g`,
    [JSON.stringify(resolved), resolved.length, now, options.days, options.sessions],
  );
  // knex would expand a JS array binding into a list, so arrays travel as JSON.
  const q = (expr: string) => `(array(select json_array_elements_text(?::json)))[1 + floor(${expr} * ?)::int]`;
  await em.execute(
    `with s as (select * from deflection_session where id > ?),
     e as (
       select s.id, s.started_at + interval '20 seconds' * i as at, 'search' as kind, ${q('random()')} as query,
              case when random() < 0.12 then 0 else 1 + floor(random() * 40)::int end as hit_count,
              case when s.solved_topic_id is not null and i = s.searches then 1 else 0 end as clicks, null::int as topic_id, null::int as rank
         from s, generate_series(1, s.searches) i
       union all
       select s.id, s.solved_at, case when s.ask_opened then 'suggestion_click' else 'search_click' end, null, null, 0, s.solved_topic_id, 1 + floor(random() * 3)::int
         from s where s.solved_topic_id is not null
       union all
       select s.id, s.solved_at + interval '30 seconds', 'solved', null, null, 0, s.solved_topic_id, null from s where s.solved_topic_id is not null and random() < 0.4
       union all
       select s.id, s.started_at + interval '5 seconds', 'ask_opened', null, null, 0, null, null from s where s.ask_opened
       union all
       select s.id, s.started_at + interval '30 seconds', 'suggestions_shown', ${q('random()')}, 1 + floor(random() * 5)::int, 0, null, null from s where s.ask_opened
       union all
       select s.id, s.started_at + interval '1 minute' * i, 'topic_viewed', null, null, 0, (array(select json_array_elements_text(?::json)::int))[1 + floor(random() * ?)::int], null
         from s, generate_series(1, s.views) i
       union all
       select s.id, s.posted_at, 'question_posted', null, null, 0, null, null from s where s.posted_at is not null)
     insert into deflection_event (session_id, at, kind, query, hit_count, clicks, topic_id, rank)
     select id, at, kind, query, hit_count, clicks, topic_id, rank from e`,
    [first, JSON.stringify(queries), queries.length, JSON.stringify(queries), queries.length, JSON.stringify(topics.map((t) => t.id)), topics.length],
  );
  const [counts] = await em.execute<Array<{ sessions: string; events: string }>>(
    'select (select count(*) from deflection_session where id > ?) as sessions, (select count(*) from deflection_event e join deflection_session s on s.id = e.session_id where s.id > ?) as events',
    [first, first],
  );
  await em.execute('analyze deflection_session; analyze deflection_event');
  return { sessions: Number(counts?.sessions ?? 0), events: Number(counts?.events ?? 0) };
}
