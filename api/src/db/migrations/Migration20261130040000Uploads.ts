import { Migration } from '@mikro-orm/migrations';

/** Who uploaded which image (for limits and clean-up); the bytes live in the image store. */
export class Migration20261130040000Uploads extends Migration {
  override async up(): Promise<void> {
    await this.execute(`
create table upload (
  key varchar(80) primary key,
  user_id int not null references app_user (id),
  bytes int not null,
  width int not null,
  height int not null,
  created_at timestamptz not null default now()
);
create index upload_user_idx on upload (user_id, created_at);`);
  }
}
