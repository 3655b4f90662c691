import { Migration } from '@mikro-orm/migrations';

/**
 * Semantic search.
 * - embedding: sentence vectors by model and text hash. A thread's vote or answer re-indexes it
 *   without re-encoding its unchanged text, and a rebuild of the index re-encodes nothing.
 * - embedding_outbox: threads whose texts have no vector yet; the embedding job drains it.
 * - topic_phrasing: other wordings of a thread's question ("also asked as"), from questions closed
 *   as its duplicates and from members whose problem a suggestion solved. Existing duplicates count.
 */
export class Migration20261130090000SemanticSearch extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table embedding (
  model varchar(60) not null,
  text_hash bytea not null,
  vector bytea not null,
  created_at timestamptz not null default now(),
  primary key (model, text_hash));
create table embedding_outbox (
  id bigserial primary key,
  topic_id int not null);
create table topic_phrasing (
  id serial primary key,
  topic_id int not null references topic (id) on delete cascade,
  text varchar(200) not null,
  source varchar(12) not null check (source in ('duplicate', 'solved')),
  source_topic_id int null references topic (id) on delete cascade,
  user_id int null references app_user (id) on delete set null,
  removed_at timestamptz null,
  removed_by_id int null references app_user (id) on delete set null,
  created_at timestamptz not null default now());
create unique index topic_phrasing_text_idx on topic_phrasing (topic_id, lower(text));
create index topic_phrasing_source_idx on topic_phrasing (source_topic_id) where source_topic_id is not null;
insert into topic_phrasing (topic_id, text, source, source_topic_id)
  select distinct on (d.duplicate_of_id, lower(d.title)) d.duplicate_of_id, d.title, 'duplicate', d.id
  from topic d where d.duplicate_of_id is not null order by d.duplicate_of_id, lower(d.title), d.id;
insert into search_outbox (topic_id) select id from topic order by id;`);
  }
}
