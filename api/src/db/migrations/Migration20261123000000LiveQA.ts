import { Migration } from '@mikro-orm/migrations';
import { renderMarkdown } from '../../markdown/render.js';

/**
 * Live Q&A: the event log (the source of truth for live updates), votes, me-too, locking,
 * idempotent posting, and rendered HTML stored with each post so reads never render.
 */
export class Migration20261123000000LiveQA extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table topic add column is_locked boolean not null default false;
alter table topic add column body_html text not null default '';
alter table topic add column client_mutation_id varchar(64) null;
create unique index topic_client_mutation_idx on topic (author_id, client_mutation_id) where client_mutation_id is not null;
create index topic_created_idx on topic (created_at desc, id desc);
create index topic_me_too_idx on topic (me_too_count desc, id desc);
create index topic_unanswered_idx on topic (last_activity_at desc, id desc) where answer_count = 0;
create index topic_resolved_idx on topic (last_activity_at desc, id desc) where status = 'resolved';

alter table answer add column body_html text not null default '';
alter table answer add column client_mutation_id varchar(64) null;
create unique index answer_client_mutation_idx on answer (author_id, client_mutation_id) where client_mutation_id is not null;

create table answer_vote (
  user_id int not null references app_user (id) on delete cascade,
  answer_id int not null references answer (id) on delete cascade,
  value smallint not null check (value in (-1, 1)),
  created_at timestamptz not null default now(),
  primary key (user_id, answer_id));
create index answer_vote_answer_idx on answer_vote (answer_id);

create table topic_me_too (
  user_id int not null references app_user (id) on delete cascade,
  topic_id int not null references topic (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (user_id, topic_id));
create index topic_me_too_topic_idx on topic_me_too (topic_id);

-- The event log. No foreign keys: it is history, and it is trimmed by age.
create table event (
  id bigserial primary key,
  kind varchar(32) not null,
  topic_id int null,
  category_id int null,
  audience varchar(8) not null default 'public' check (audience in ('public', 'staff')),
  actor_id int null,
  payload jsonb not null,
  created_at timestamptz not null default now());
create index event_topic_idx on event (topic_id, id);
create index event_category_idx on event (category_id, id);
create index event_created_idx on event (created_at);

-- Every event id at or below pruned_through may be gone: a cursor older than that gets RESYNC.
create table event_horizon (singleton boolean primary key default true check (singleton), pruned_through bigint not null default 0);
insert into event_horizon default values;

create function user_snapshot(uid int) returns jsonb language sql stable as $$
  select jsonb_build_object('id', u.id, 'displayName', u.display_name, 'role', u.role) from app_user u where u.id = uid
$$;

create function topic_snapshot(tid int) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'id', t.id, 'title', t.title, 'bodyHtml', t.body_html, 'status', t.status, 'isLocked', t.is_locked,
    'meTooCount', t.me_too_count, 'answerCount', t.answer_count,
    'acceptedAnswerId', t.accepted_answer_id, 'officialAnswerId', t.official_answer_id,
    'lastActivityAt', t.last_activity_at, 'createdAt', t.created_at,
    'author', user_snapshot(t.author_id),
    'category', jsonb_build_object('id', c.id, 'slug', c.slug, 'name', c.name),
    'tags', coalesce((select jsonb_agg(g.name order by g.name) from topic_tag tt join tag g on g.id = tt.tag_id where tt.topic_id = t.id), '[]'::jsonb))
  from topic t join category c on c.id = t.category_id where t.id = tid
$$;

create function answer_snapshot(aid int) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'id', a.id, 'bodyHtml', a.body_html, 'score', a.score,
    'isAccepted', t.accepted_answer_id is not distinct from a.id,
    'isOfficial', t.official_answer_id is not distinct from a.id,
    'createdAt', a.created_at, 'updatedAt', a.updated_at,
    'author', user_snapshot(a.author_id))
  from answer a join topic t on t.id = a.topic_id where a.id = aid
$$;
`);
  }

}

/** Run once right after this migration: posts written before it get their HTML rendered. */
export async function renderStoredBodies(execute: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>) {
  for (const table of ['topic', 'answer']) {
    const rows = await execute(`select id, body from ${table} where body_html = ''`);
    for (const row of rows) await execute(`update ${table} set body_html = ? where id = ?`, [renderMarkdown(String(row.body)), row.id]);
  }
}
