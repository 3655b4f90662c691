import { Migration } from '@mikro-orm/migrations';

/** Search documents carry stemmed term counts: the Snowball stemmer stems differently, so every thread is indexed again. */
export class Migration20261130070000SnowballStemming extends Migration {
  override async up(): Promise<void> {
    this.addSql('insert into search_outbox (topic_id) select id from topic order by id;');
  }
}
