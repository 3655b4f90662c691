import { Migration } from '@mikro-orm/migrations';

/**
 * Deflection signals written by the database itself, one statement for many: every search and
 * suggestion list shown records a signal, and writing each one as a transaction of six statements
 * cost the API more CPU per search than ranking it (measured with bench:search's profile).
 * - deflection_touch_session: the visitor's current session (a visit ends after p_gap without a
 *   signal), opened if there is none, under the visitor's lock so that two tabs never open two.
 * - deflection_record_listings: searches and suggestion lists, in order, each in its visitor's
 *   session; a refinement typed within p_merge of the last one is the same search (the newer text wins,
 *   since background writes can land out of order).
 * The intervals come from the API (signals.ts), which owns them.
 */
export class Migration20261201000000SignalFunctions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create function deflection_touch_session(p_visitor uuid, p_user int, p_staff boolean, p_gap interval) returns bigint
language plpgsql as $$
declare
  v_session bigint;
begin
  perform pg_advisory_xact_lock(7004, hashtext(p_visitor::text));
  update deflection_session set last_at = now(), user_id = coalesce(p_user, user_id), is_staff = is_staff or p_staff
   where id = (select s.id from deflection_session s
                where s.visitor_id = p_visitor and s.last_at > now() - p_gap order by s.last_at desc limit 1)
  returning id into v_session;
  if v_session is null then
    insert into deflection_session (visitor_id, user_id, is_staff) values (p_visitor, p_user, p_staff) returning id into v_session;
  end if;
  return v_session;
end $$;

create function deflection_record_listings(p_signals jsonb, p_gap interval, p_merge interval) returns void
language plpgsql as $$
declare
  s record;
  v_session bigint;
  v_merged bigint;
begin
  for s in select * from jsonb_to_recordset(p_signals)
             as x(visitor uuid, user_id int, is_staff boolean, kind text, query text, hit_count int, at timestamptz) loop
    v_session := deflection_touch_session(s.visitor, s.user_id, s.is_staff, p_gap);
    with last as (select e.id, e.at, e.query from deflection_event e
                   where e.session_id = v_session and e.kind = s.kind and e.at > s.at - p_merge order by e.id desc limit 1)
    update deflection_event e
       set query = case when s.at >= last.at then s.query else e.query end,
           hit_count = case when s.at >= last.at then s.hit_count else e.hit_count end,
           at = greatest(e.at, s.at)
      from last
     where e.id = last.id and (starts_with(s.query, last.query) or starts_with(last.query, s.query))
    returning e.id into v_merged;
    if v_merged is null then
      insert into deflection_event (session_id, is_staff, at, kind, query, hit_count)
      values (v_session, s.is_staff, s.at, s.kind, s.query, s.hit_count);
      if s.kind = 'search' then
        update deflection_session set searches = searches + 1 where id = v_session;
      end if;
    end if;
  end loop;
end $$;`);
  }
}
