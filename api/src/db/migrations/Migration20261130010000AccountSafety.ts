import { Migration } from '@mikro-orm/migrations';
import { displayNameKey } from '../../accounts/display-name.js';

/**
 * Rate limits in a store every API process shares (rate-limiter-flexible's table), and display
 * names unique as readers tell them apart. Names that already collide keep working: the later
 * account's key gets its id, and only new names must be distinct.
 */
export class Migration20261130010000AccountSafety extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
create table rate_limit (key varchar(255) primary key, points integer not null default 0, expire bigint);
create index rate_limit_expire_idx on rate_limit (expire);
alter table app_user add column name_key varchar(100) null;`);
    const users = (await this.execute('select id, display_name from app_user order by id')) as Array<{ id: number; display_name: string }>;
    const taken = new Set<string>();
    for (const user of users) {
      let key = displayNameKey(user.display_name) || `user${user.id}`;
      if (taken.has(key)) key = `${key}#${user.id}`;
      taken.add(key);
      await this.execute('update app_user set name_key = ? where id = ?', [key, user.id]);
    }
    await this.execute(`
alter table app_user alter column name_key set not null;
create unique index app_user_name_key_unique on app_user (name_key);`);
  }
}
