import { Migration } from '@mikro-orm/migrations';

/** The search outbox: topics whose search document must be rebuilt, written with the change. */
export class Migration20261123010000SearchOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table search_outbox (
  id bigserial primary key,
  topic_id int not null,
  enqueued_at timestamptz not null default now());
create index search_outbox_topic_idx on search_outbox (topic_id);
-- Every topic that exists before the index does gets indexed on the first drain.
insert into search_outbox (topic_id) select id from topic order by id;
`);
  }
}
