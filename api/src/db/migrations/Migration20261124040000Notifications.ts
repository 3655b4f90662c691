import { Migration } from '@mikro-orm/migrations';

/** Following topics and categories, in-app notifications, and which kinds each person turned off. */
export class Migration20261124040000Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table topic_follow (
  user_id int not null references app_user (id) on delete cascade,
  topic_id int not null references topic (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (topic_id, user_id));
create index topic_follow_user_idx on topic_follow (user_id);
create table category_follow (
  user_id int not null references app_user (id) on delete cascade,
  category_id int not null references category (id) on delete cascade,
  primary key (category_id, user_id));
create table notification (
  id bigserial primary key,
  user_id int not null references app_user (id) on delete cascade,
  kind varchar(24) not null check (kind in ('new_answer', 'answer_to_my_question', 'answer_accepted', 'official_answer', 'mention', 'new_topic')),
  topic_id int not null references topic (id) on delete cascade,
  answer_id int null references answer (id) on delete cascade,
  actor_id int null references app_user (id) on delete set null,
  created_at timestamptz not null default now(),
  read_at timestamptz null);
create index notification_user_idx on notification (user_id, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;
-- The live bell finds who an event's transaction notified: same topic, same transaction time.
create index notification_topic_idx on notification (topic_id, created_at);
create table notification_mute (
  user_id int not null references app_user (id) on delete cascade,
  kind varchar(24) not null,
  primary key (user_id, kind));
-- Askers and answerers of existing threads follow them, as they would have from now on.
insert into topic_follow (user_id, topic_id) select author_id, id from topic on conflict do nothing;
insert into topic_follow (user_id, topic_id) select distinct author_id, topic_id from answer on conflict do nothing;
`);
  }
}
