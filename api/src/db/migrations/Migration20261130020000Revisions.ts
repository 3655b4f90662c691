import { Migration } from '@mikro-orm/migrations';

/**
 * Revision history of questions and answers: each row is the post as it stood after one edit (the
 * first row of a post, written at its first edit, is the post as it was asked or answered).
 */
export class Migration20261130020000Revisions extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
create table post_revision (
  id bigserial primary key,
  topic_id int not null references topic (id) on delete cascade,
  answer_id int null references answer (id) on delete cascade,
  editor_id int not null references app_user (id),
  created_at timestamptz not null default now(),
  title text null,
  body text not null,
  category_id int null references category (id),
  tags text[] null
);
create index post_revision_post_idx on post_revision (topic_id, answer_id, id);
alter table topic add column edited_at timestamptz null;
alter table answer add column edited_at timestamptz null;`);
  }
}
