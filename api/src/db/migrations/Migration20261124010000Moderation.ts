import { Migration } from '@mikro-orm/migrations';

/** Flags, hidden posts, duplicates (and following one to its original as a deflection signal), the moderation audit log. */
export class Migration20261124010000Moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table topic add column is_hidden boolean not null default false;
alter table answer add column is_hidden boolean not null default false;
create index topic_duplicate_of_idx on topic (duplicate_of_id) where duplicate_of_id is not null;

create table flag (
  id serial primary key,
  reporter_id int not null references app_user (id) on delete cascade,
  topic_id int not null references topic (id) on delete cascade,
  answer_id int null references answer (id) on delete cascade,
  reason varchar(16) not null check (reason in ('spam', 'abusive', 'off_topic', 'other')),
  note varchar(500) null,
  status varchar(16) not null default 'open' check (status in ('open', 'hidden', 'dismissed')),
  created_at timestamptz not null default now(),
  resolved_at timestamptz null,
  resolved_by_id int null references app_user (id) on delete set null);
-- Once per person per post, enforced by the database (a retry finds the first flag).
create unique index flag_once_per_post on flag (reporter_id, topic_id, coalesce(answer_id, 0));
create index flag_open_idx on flag (topic_id, answer_id, created_at) where status = 'open';

create table moderation_action (
  id bigserial primary key,
  actor_id int not null references app_user (id),
  action varchar(32) not null,
  topic_id int null references topic (id) on delete set null,
  answer_id int null references answer (id) on delete set null,
  reason varchar(500) null,
  details jsonb not null default '{}',
  created_at timestamptz not null default now());

-- Following a duplicate's link to its original is intent, like a search (the outcome is generated, so it is rebuilt).
alter table deflection_session add column followed_duplicate boolean not null default false;
drop index deflection_session_started_idx;
alter table deflection_session drop column outcome;
alter table deflection_session add column outcome text generated always as (
    case
      when searches = 0 and not ask_opened and not followed_duplicate then 'none'
      when posted_at is not null or posted_later_at is not null then 'failed'
      when solved_at is not null then 'deflected'
      else 'potential'
    end) stored;
create index deflection_session_started_idx on deflection_session (started_at) include (outcome, searches, solved_topic_id) where not is_staff;
alter table deflection_event drop constraint deflection_event_kind_check;
alter table deflection_event add constraint deflection_event_kind_check check (kind in (
    'search', 'search_click', 'suggestions_shown', 'suggestion_click', 'ask_opened',
    'solved', 'not_solved', 'topic_viewed', 'question_posted', 'duplicate_followed'));

create or replace function topic_snapshot(tid int) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'id', t.id, 'title', t.title, 'bodyHtml', t.body_html, 'status', t.status, 'isLocked', t.is_locked,
    'meTooCount', t.me_too_count, 'answerCount', t.answer_count,
    'acceptedAnswerId', t.accepted_answer_id, 'officialAnswerId', t.official_answer_id,
    'lastActivityAt', t.last_activity_at, 'createdAt', t.created_at,
    'author', user_snapshot(t.author_id),
    'category', jsonb_build_object('id', c.id, 'slug', c.slug, 'name', c.name),
    'tags', coalesce((select jsonb_agg(g.name order by g.name) from topic_tag tt join tag g on g.id = tt.tag_id where tt.topic_id = t.id), '[]'::jsonb),
    'isHidden', t.is_hidden, 'duplicateOfId', t.duplicate_of_id)
  from topic t join category c on c.id = t.category_id where t.id = tid
$$;

create or replace function answer_snapshot(aid int) returns jsonb language sql stable as $$
  select jsonb_build_object(
    'id', a.id, 'bodyHtml', a.body_html, 'score', a.score,
    'isAccepted', t.accepted_answer_id is not distinct from a.id,
    'isOfficial', t.official_answer_id is not distinct from a.id,
    'createdAt', a.created_at, 'updatedAt', a.updated_at,
    'author', user_snapshot(a.author_id),
    'isHidden', a.is_hidden)
  from answer a join topic t on t.id = a.topic_id where a.id = aid
$$;
`);
  }
}
