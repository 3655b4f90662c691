import { Migration } from '@mikro-orm/migrations';

/**
 * Everyone who uploaded an image: uploads are stored once per content, so two members sending the
 * same picture share one row of upload, and each may use it (as an avatar) as their own.
 */
export class Migration20261130080000UploadOwners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table upload_owner (
  key varchar(80) not null references upload (key) on delete cascade,
  user_id int not null references app_user (id) on delete cascade,
  primary key (user_id, key));
insert into upload_owner (key, user_id) select key, user_id from upload;`);
  }
}
