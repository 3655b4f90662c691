import { Migration } from '@mikro-orm/migrations';

/** Drafts of questions (topic_id null) and answers, one per member and topic. */
export class Migration20261130030000Drafts extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
create table post_draft (
  user_id int not null references app_user (id) on delete cascade,
  topic_id int null references topic (id) on delete cascade,
  title text null,
  body text not null,
  category_id int null references category (id) on delete set null,
  tags text[] null,
  updated_at timestamptz not null default now()
);
create unique index post_draft_owner_unique on post_draft (user_id, coalesce(topic_id, 0));
-- @mention completion looks members up by handle prefix.
create index app_user_handle_idx on app_user (lower(replace(display_name, ' ', '')) text_pattern_ops);`);
  }
}
