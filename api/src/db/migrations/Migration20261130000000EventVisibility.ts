import { Migration } from '@mikro-orm/migrations';

/**
 * Live events are judged against the posts as they are now (see canViewEvent), so each event names
 * the answer it is about; hide and unhide events carry ids only, earlier ones are cut down to that.
 */
export class Migration20261130000000EventVisibility extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table event add column answer_id int null;
update event set answer_id = (payload->'answer'->>'id')::int where jsonb_typeof(payload->'answer') = 'object';
update event set payload = jsonb_build_object('topic', null, 'answer', null, 'actor', null)
  where kind in ('topic_hidden', 'topic_unhidden', 'answer_hidden', 'answer_unhidden');
`);
  }
}
