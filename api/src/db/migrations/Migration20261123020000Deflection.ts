import { Migration } from '@mikro-orm/migrations';

/**
 * Deflection measurement: visitor sessions (the rollup the dashboard reads) and the events that
 * make them up; plus when each topic got its first answer and was resolved.
 */
export class Migration20261123020000Deflection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table topic
  add column first_answer_at timestamptz null,
  add column first_answer_by_staff boolean null,
  add column resolved_at timestamptz null;
update topic t set first_answer_at = f.created_at, first_answer_by_staff = f.role in ('staff', 'admin')
  from (select distinct on (a.topic_id) a.topic_id, a.created_at, u.role
          from answer a join topic t2 on t2.id = a.topic_id join app_user u on u.id = a.author_id
         where a.author_id <> t2.author_id
         order by a.topic_id, a.created_at, a.id) f
 where f.topic_id = t.id;
-- The best record of resolution time there is for topics resolved before this column existed.
update topic set resolved_at = last_activity_at where accepted_answer_id is not null or official_answer_id is not null;
create index answer_created_idx on answer (created_at);

create table deflection_session (
  id bigserial primary key,
  visitor_id uuid not null,
  user_id int null references app_user (id) on delete set null,
  is_staff boolean not null default false,
  started_at timestamptz not null default now(),
  last_at timestamptz not null default now(),
  searches int not null default 0,
  views int not null default 0,
  ask_opened boolean not null default false,
  solved_at timestamptz null,
  solved_topic_id int null references topic (id) on delete set null,
  posted_at timestamptz null,
  posted_later_at timestamptz null,
  outcome text generated always as (
    case
      when searches = 0 and not ask_opened then 'none'
      when posted_at is not null or posted_later_at is not null then 'failed'
      when solved_at is not null then 'deflected'
      else 'potential'
    end) stored);
create index deflection_session_visitor_idx on deflection_session (visitor_id, last_at desc);
create index deflection_session_user_idx on deflection_session (user_id, last_at desc) where user_id is not null;
create index deflection_session_started_idx on deflection_session (started_at) include (outcome, searches, solved_topic_id) where not is_staff;

create table deflection_event (
  id bigserial primary key,
  session_id bigint not null references deflection_session (id) on delete cascade,
  is_staff boolean not null default false,
  at timestamptz not null default now(),
  kind text not null,
  query text null,
  hit_count int null,
  clicks int not null default 0,
  topic_id int null references topic (id) on delete set null,
  rank int null,
  constraint deflection_event_kind_check check (kind in (
    'search', 'search_click', 'suggestions_shown', 'suggestion_click', 'ask_opened',
    'solved', 'not_solved', 'topic_viewed', 'question_posted')));
create index deflection_event_session_idx on deflection_event (session_id, id desc);
create index deflection_event_kind_at_idx on deflection_event (kind, at) include (query, hit_count, clicks, session_id) where not is_staff;
`);
  }
}
