import { Migration } from '@mikro-orm/migrations';

/** Search documents gained termStats (ask-form ranking): rebuild every thread's document through the outbox. */
export class Migration20261124000000TermStats extends Migration {
  override async up(): Promise<void> {
    this.addSql('insert into search_outbox (topic_id) select id from topic order by id;');
  }
}
