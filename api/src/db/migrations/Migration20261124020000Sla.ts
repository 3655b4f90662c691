import { Migration } from '@mikro-orm/migrations';

/** First-response targets per plan, support hours, and the per-question deadline and claim. */
export class Migration20261124020000Sla extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create table sla_policy (
  plan varchar(16) primary key check (plan in ('free', 'premium', 'critical')),
  first_response_minutes int not null check (first_response_minutes between 1 and 525600),
  -- true: the target counts support hours on working days only; false: around the clock.
  business_time boolean not null,
  -- Set when the target is whole working days: first_response_minutes is then this many support days.
  business_days smallint null check (business_days between 1 and 365),
  check (business_days is null or business_time));
-- free: 2 business days (of 8 hours by default); premium: 1 hour; critical: 15 minutes.
insert into sla_policy values ('free', 960, true, 2), ('premium', 60, false, null), ('critical', 15, false, null);

create table support_hours (
  singleton boolean primary key default true check (singleton),
  time_zone text not null default 'UTC',
  opens_at smallint not null default 540 check (opens_at between 0 and 1439),
  closes_at smallint not null default 1020 check (closes_at between 1 and 1440),
  -- ISO weekdays, 1 = Monday.
  work_days smallint[] not null default '{1,2,3,4,5}',
  check (closes_at > opens_at));
insert into support_hours default values;

alter table topic add column sla_due_at timestamptz null;
alter table topic add column sla_plan varchar(16) null;
alter table topic add column staff_answered_at timestamptz null;
alter table topic add column claimed_by_id int null references app_user (id) on delete set null;
alter table topic add column claimed_at timestamptz null;
update topic t set staff_answered_at = (
  select min(a.created_at) from answer a join app_user u on u.id = a.author_id where a.topic_id = t.id and u.role in ('staff', 'admin'));
-- The queue: questions still waiting for staff (or an accepted answer), by deadline.
create index topic_sla_queue_idx on topic (sla_due_at, id)
  where sla_due_at is not null and staff_answered_at is null and accepted_answer_id is null and official_answer_id is null
    and not is_hidden and not is_locked and duplicate_of_id is null;
`);
  }
}
