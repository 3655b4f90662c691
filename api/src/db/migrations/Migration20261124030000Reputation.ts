import { Migration } from '@mikro-orm/migrations';

/** Reputation points per action, the expert threshold, and every award (the history a profile shows). */
export class Migration20261124030000Reputation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table reputation_settings (
  singleton boolean primary key default true check (singleton),
  answer_upvoted int not null default 10,
  answer_downvoted int not null default -2,
  answer_accepted int not null default 15,
  answer_official int not null default 20,
  question_me_too int not null default 2,
  expert_threshold int not null default 200 check (expert_threshold > 0));
insert into reputation_settings default values;

-- Staff revoked expert status by hand: reputation alone does not grant it back.
alter table app_user add column expert_revoked boolean not null default false;

create table reputation_event (
  id bigserial primary key,
  user_id int not null references app_user (id) on delete cascade,
  points int not null,
  reason varchar(24) not null check (reason in ('answer_voted', 'answer_accepted', 'answer_official', 'question_me_too', 'expert_granted', 'expert_revoked')),
  topic_id int null references topic (id) on delete set null,
  answer_id int null references answer (id) on delete set null,
  actor_id int null references app_user (id) on delete set null,
  created_at timestamptz not null default now());
create index reputation_event_user_idx on reputation_event (user_id, id desc);
create index reputation_event_created_idx on reputation_event (created_at) include (user_id, points);
`);
  }
}
