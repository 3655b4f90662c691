import { Migration } from '@mikro-orm/migrations';

/**
 * Email: verification and recovery tokens, a transactional mail outbox, email preferences per
 * notification kind, digests, and account fields (verified, avatar, deleted).
 */
export class Migration20261130060000Mail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
alter table app_user
  add column email_verified_at timestamptz null,
  add column avatar_url varchar(200) null,
  add column deleted_at timestamptz null,
  -- Signs unsubscribe links: per member, so one leaked link opens nothing else; rotated on deletion.
  add column mail_key varchar(64) not null default replace(gen_random_uuid()::text, '-', '');

-- Single-use links sent by email. Only the SHA-256 of the token is stored.
create table account_token (
  id serial primary key,
  user_id int not null references app_user (id) on delete cascade,
  purpose varchar(16) not null check (purpose in ('verify_email', 'reset_password', 'change_email')),
  token_hash varchar(64) not null unique,
  new_email varchar(254) null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz null);
create index account_token_user_idx on account_token (user_id, purpose);

-- Written in the transaction of the change that causes it; sent by a worker in any API process.
create table mail_outbox (
  id bigserial primary key,
  -- The Message-ID header is <message_key@domain>: the same on every attempt, so a resend after a
  -- crash is recognisably one message; digests fix it per member and period, so a rerun adds none.
  message_key varchar(120) not null unique default gen_random_uuid()::text,
  kind varchar(32) not null,
  user_id int null references app_user (id) on delete set null,
  to_address varchar(254) not null,
  -- Notification emails are rendered by the worker when it sends them.
  notification_id bigint null references notification (id) on delete cascade,
  subject text null,
  text_body text null,
  html_body text null,
  headers jsonb not null default '{}',
  state varchar(12) not null default 'pending' check (state in ('pending', 'sending', 'sent', 'failed', 'cancelled')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz null,
  last_error text null,
  created_at timestamptz not null default now(),
  sent_at timestamptz null);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where state in ('pending', 'sending');
create index mail_outbox_user_idx on mail_outbox (user_id) where state in ('pending', 'sending');

-- How each kind reaches a member by email; a missing row means the kind's default.
create table notification_email_pref (
  user_id int not null references app_user (id) on delete cascade,
  kind varchar(24) not null,
  mode varchar(10) not null check (mode in ('immediate', 'digest', 'never')),
  primary key (user_id, kind));

-- A notification can exist for email alone (bell turned off for its kind): it never shows in the bell.
alter table notification add column bell boolean not null default true;
-- The notification itself is the outbox entry of its immediate email (a flag on a row the posting
-- transaction writes anyway, so 1,000 followers by email cost that transaction next to nothing);
-- the mail worker moves flagged rows into mail_outbox.
alter table notification add column email_pending boolean not null default false;
create index notification_email_pending_idx on notification (id) where email_pending;
drop index notification_unread_idx;
create index notification_unread_idx on notification (user_id) where read_at is null and bell;
create index notification_digest_idx on notification (created_at) where read_at is null;

-- One row per digest period, written when the period's run has finished.
create table digest_run (
  period_end timestamptz primary key,
  started_at timestamptz not null default now(),
  finished_at timestamptz null,
  messages int not null default 0);
`);
  }
}
