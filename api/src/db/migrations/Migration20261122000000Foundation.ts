import { Migration } from '@mikro-orm/migrations';

/** Accounts, categories, tags, topics and answers. */
export class Migration20261122000000Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table "category" ("id" serial primary key, "slug" varchar(60) not null, "name" varchar(80) not null, "description" varchar(500) not null default '', "position" int not null default 0);
alter table "category" add constraint "category_slug_unique" unique ("slug");

create table "tag" ("id" serial primary key, "name" varchar(40) not null);
alter table "tag" add constraint "tag_name_unique" unique ("name");

create table "app_user" ("id" serial primary key, "email" varchar(254) not null, "password_hash" varchar(255) not null, "display_name" varchar(50) not null, "role" varchar(16) not null default 'customer', "plan" varchar(16) not null default 'free', "reputation" int not null default 0, "created_at" timestamptz not null default now(),
  constraint app_user_role_check check (role in ('customer', 'expert', 'staff', 'admin')),
  constraint app_user_plan_check check (plan in ('free', 'premium', 'critical')),
  constraint app_user_email_lower_check check (email = lower(email)),
  constraint app_user_reputation_check check (reputation >= 0));
alter table "app_user" add constraint "app_user_email_unique" unique ("email");

create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null);
alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");
create index "session_user_id_index" on "session" ("user_id");
create index "session_expires_at_index" on "session" ("expires_at");

create table "topic" ("id" serial primary key, "title" varchar(200) not null, "body" text not null, "author_id" int not null, "category_id" int not null, "status" varchar(16) not null default 'open', "accepted_answer_id" int null, "official_answer_id" int null, "duplicate_of_id" int null, "me_too_count" int not null default 0, "answer_count" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "last_activity_at" timestamptz not null default now(),
  constraint topic_status_check check (status in ('open', 'answered', 'resolved', 'locked')),
  constraint topic_counts_check check (me_too_count >= 0 and answer_count >= 0));
create index "topic_author_id_index" on "topic" ("author_id");
create index topic_activity_idx on topic (last_activity_at desc, id desc);
create index topic_category_activity_idx on topic (category_id, last_activity_at desc, id desc);

create table "topic_tag" ("topic_id" int not null, "tag_id" int not null, constraint "topic_tag_pkey" primary key ("topic_id", "tag_id"));
create index topic_tag_tag_idx on topic_tag (tag_id, topic_id);

create table "answer" ("id" serial primary key, "topic_id" int not null, "author_id" int not null, "body" text not null, "score" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());
create index "answer_author_id_index" on "answer" ("author_id");
create index "answer_topic_idx" on "answer" ("topic_id", "created_at");

alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;
alter table "topic" add constraint "topic_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;
alter table "topic" add constraint "topic_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade;
alter table "topic" add constraint "topic_accepted_answer_id_foreign" foreign key ("accepted_answer_id") references "answer" ("id") on update cascade on delete set null;
alter table "topic" add constraint "topic_official_answer_id_foreign" foreign key ("official_answer_id") references "answer" ("id") on update cascade on delete set null;
alter table "topic" add constraint "topic_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "topic" ("id") on update cascade on delete set null;
alter table "topic_tag" add constraint "topic_tag_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;
alter table "topic_tag" add constraint "topic_tag_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;
alter table "answer" add constraint "answer_topic_id_foreign" foreign key ("topic_id") references "topic" ("id") on update cascade on delete cascade;
alter table "answer" add constraint "answer_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade;
`);
  }
}
