import { A, createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, Index, Show, type JSX } from 'solid-js';
import { UpdateReputationSettingsMutation, UpdateSlaPolicyMutation, UpdateSupportHoursMutation } from '../graphql/documents.js';
import type { SupportSettingsQuery } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { getSupportSettings } from '../lib/queries.js';
import { RoleGate, ADMIN_ROLES } from '../components/RoleGate.jsx';
import { usePageTitle } from '../lib/page-title.js';

type SlaPolicy = SupportSettingsQuery['slaPolicies'][number];
type SupportHours = SupportSettingsQuery['supportHours'];
type ReputationSettings = SupportSettingsQuery['reputationSettings'];

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const timeZones: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const fromClock = (value: string) => {
  const [h, m] = value.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** How a target is counted: minutes around the clock, minutes of support hours, or working days. */
type TargetUnit = 'clock' | 'support' | 'days';
const units: Array<[TargetUnit, string]> = [
  ['clock', 'minutes, around the clock'],
  ['support', 'minutes of support hours'],
  ['days', 'working days'],
];

const span = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`);

/** What a target means in words: "2 working days (8 h of support each)", "16 h of support hours", "15 min, around the clock". */
function describeTarget(amount: number, unit: TargetUnit, hours: SupportHours): string {
  if (!Number.isInteger(amount) || amount < 1) return '';
  if (unit === 'clock') return `${span(amount)}, around the clock`;
  if (unit === 'support') return `${span(amount)} of support hours`;
  return `${amount} working day${amount === 1 ? '' : 's'} (${span(hours.closesAt - hours.opensAt)} of support each)`;
}

/** One form section with its own Save, "Saved" and error line. */
function SettingsForm(props: { title: string; hint?: string; testId: string; save: () => Promise<unknown>; children: JSX.Element }) {
  const [state, setState] = createSignal<{ saving?: boolean; saved?: boolean; error?: string }>({});
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setState({ saving: true });
    try {
      await props.save();
      await revalidate(getSupportSettings.key);
      setState({ saved: true });
    } catch (e) {
      setState({ error: e instanceof ApiError ? e.message : 'Saving did not work. Try again.' });
    }
  };
  return (
    <form class="card settings" data-testid={props.testId} onSubmit={(e) => void submit(e)} onInput={() => setState({})}>
      <h2>{props.title}</h2>
      <Show when={props.hint}><p class="muted">{props.hint}</p></Show>
      {props.children}
      <div class="settings-actions">
        <button class="button" type="submit" disabled={state().saving}>Save</button>
        <Show when={state().saved}><span class="muted" role="status">Saved</span></Show>
        <Show when={state().error}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      </div>
    </form>
  );
}

function PolicyRow(props: { policy: SlaPolicy; hours: SupportHours }) {
  const p = props.policy;
  const [amount, setAmount] = createSignal(p.businessDays ?? p.firstResponseMinutes);
  const [unit, setUnit] = createSignal<TargetUnit>(p.businessDays ? 'days' : p.businessTime ? 'support' : 'clock');
  const name = p.plan.toLowerCase();
  const input = () =>
    unit() === 'days'
      ? { plan: p.plan, businessDays: amount(), businessTime: true }
      : { plan: p.plan, firstResponseMinutes: amount(), businessTime: unit() === 'support' };
  return (
    <SettingsForm title={`${name[0]!.toUpperCase()}${name.slice(1)} plan`} testId={`policy-${name}`} save={() => request(UpdateSlaPolicyMutation, { input: input() })}>
      <div class="settings-row">
        <label>
          First response within
          <input type="number" min="1" required value={amount()} onInput={(e) => setAmount(e.currentTarget.valueAsNumber)} />
        </label>
        <label>
          Counted in
          <select value={unit()} onChange={(e) => setUnit(e.currentTarget.value as TargetUnit)}>
            <For each={units}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </label>
      </div>
      <p class="muted" data-testid="target-meaning">{describeTarget(amount(), unit(), props.hours)}</p>
    </SettingsForm>
  );
}

function HoursForm(props: { hours: SupportHours }) {
  const [timeZone, setTimeZone] = createSignal(props.hours.timeZone);
  const [opensAt, setOpensAt] = createSignal(props.hours.opensAt);
  const [closesAt, setClosesAt] = createSignal(props.hours.closesAt);
  const [days, setDays] = createSignal(new Set(props.hours.workDays));
  const toggle = (day: number, on: boolean) => {
    const next = new Set(days());
    if (on) next.add(day);
    else next.delete(day);
    setDays(next);
  };
  return (
    <SettingsForm
      title="Support hours"
      testId="support-hours"
      hint="Targets that count support hours only run while the team works. Saving recomputes the deadlines of waiting questions."
      save={() =>
        request(UpdateSupportHoursMutation, {
          input: { timeZone: timeZone().trim(), opensAt: opensAt(), closesAt: closesAt() === 0 ? 1440 : closesAt(), workDays: [...days()].sort() },
        })
      }
    >
      <label>
        Time zone
        <input list="time-zones" required value={timeZone()} onInput={(e) => setTimeZone(e.currentTarget.value)} />
        <datalist id="time-zones"><For each={timeZones}>{(zone) => <option value={zone} />}</For></datalist>
      </label>
      <div class="settings-row">
        <label>Opens <input type="time" required value={clock(opensAt())} onInput={(e) => setOpensAt(fromClock(e.currentTarget.value))} /></label>
        <label>Closes <input type="time" required value={clock(closesAt() % 1440)} onInput={(e) => setClosesAt(fromClock(e.currentTarget.value))} /></label>
      </div>
      <fieldset class="weekdays">
        <legend>Working days</legend>
        <For each={weekdays}>
          {(label, index) => (
            <label class="inline">
              <input type="checkbox" checked={days().has(index() + 1)} onChange={(e) => toggle(index() + 1, e.currentTarget.checked)} />
              {label}
            </label>
          )}
        </For>
      </fieldset>
    </SettingsForm>
  );
}

const reputationFields: Array<[keyof ReputationSettings, string]> = [
  ['answerUpvoted', 'Answer upvoted'],
  ['answerDownvoted', 'Answer downvoted (zero or less)'],
  ['answerAccepted', 'Answer accepted'],
  ['answerOfficial', 'Answer marked official'],
  ['questionMeToo', '"Me too" on a question'],
  ['expertThreshold', 'Reputation that makes an expert'],
];

function ReputationForm(props: { settings: ReputationSettings }) {
  const [values, setValues] = createSignal({ ...props.settings });
  return (
    <SettingsForm
      title="Reputation"
      testId="reputation-settings"
      hint="Points apply to actions from now on. Members reaching the threshold become experts, unless staff revoked it."
      save={() => request(UpdateReputationSettingsMutation, { input: values() })}
    >
      <div class="settings-grid">
        <For each={reputationFields}>
          {([field, label]) => (
            <label>
              {label}
              <input type="number" required value={values()[field]} onInput={(e) => setValues({ ...values(), [field]: e.currentTarget.valueAsNumber })} />
            </label>
          )}
        </For>
      </div>
    </SettingsForm>
  );
}

/** Admins: first-response targets per plan, support hours, reputation points and the expert threshold. */
export default function AdminSettingsPage() {
  return (
    <RoleGate allow={ADMIN_ROLES}>
      <SupportSettings />
    </RoleGate>
  );
}

function SupportSettings() {
  usePageTitle(() => 'Support settings');
  const settings = createAsync(() => getSupportSettings());
  return (
    <>
      <h1>Support settings</h1>
      <p class="muted">Customers' plans are set on <A href="/admin/users">Users and roles</A>.</p>
      <Show when={settings()} fallback={<p class="muted">Loading…</p>}>
        {(s) => (
          <>
            <h2 class="settings-heading">First-response targets</h2>
            <div class="settings-columns">
              {/* Index, not For: a refetch after Save brings new objects, and the rows must keep their state. */}
              <Index each={s().slaPolicies}>{(policy) => <PolicyRow policy={policy()} hours={s().supportHours} />}</Index>
            </div>
            <HoursForm hours={s().supportHours} />
            <ReputationForm settings={s().reputationSettings} />
          </>
        )}
      </Show>
    </>
  );
}
