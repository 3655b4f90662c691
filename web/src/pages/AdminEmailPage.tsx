import { createAsync, query, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { RoleGate, ADMIN_ROLES } from '../components/RoleGate.jsx';
import { MailLogQuery } from '../graphql/documents.js';
import type { MailState } from '../graphql/generated/graphql.js';
import { request } from '../lib/api.js';
import { usePageTitle } from '../lib/page-title.js';
import { timeAgo } from '../lib/time.js';

const getMailLog = query((state: MailState | null) => request(MailLogQuery, { state }), 'mailLog');
const states: MailState[] = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED'];

export default function AdminEmailPage() {
  return (
    <RoleGate allow={ADMIN_ROLES}>
      <EmailLog />
    </RoleGate>
  );
}

function EmailLog() {
  usePageTitle(() => 'Email log');
  const [state, setState] = createSignal<MailState | null>(null);
  const data = createAsync(() => getMailLog(state()));
  return (
    <div class="settings">
      <div class="card-header">
        <h1>Email</h1>
        <button class="button ghost" onClick={() => void revalidate(getMailLog.key)}>Refresh</button>
      </div>
      <Show when={data()?.caughtMail}>
        {(caught) => (
          <section class="card settings-section" aria-labelledby="caught-heading">
            <h2 id="caught-heading">Caught by the embedded receiver</h2>
            <p class="muted">No SMTP_URL is set, so email stays on this machine and shows here. Set SMTP_URL (and PUBLIC_URL) to deliver it.</p>
            <For each={caught()} fallback={<p class="muted">Nothing received yet.</p>}>
              {(m) => (
                <details class="caught-mail">
                  <summary>
                    <strong>{m.subject}</strong> <span class="muted">to {m.to.join(', ')} · {timeAgo(m.receivedAt)}</span>
                  </summary>
                  <pre class="mail-text">{m.text}</pre>
                  <For each={m.links.filter((l) => !/\/settings$/.test(l))}>{(link) => <p><a href={link}>{link}</a></p>}</For>
                </details>
              )}
            </For>
          </section>
        )}
      </Show>
      <section class="card settings-section" aria-labelledby="log-heading">
        <div class="card-header">
          <h2 id="log-heading">Outbox</h2>
          <select aria-label="Show" value={state() ?? ''} onChange={(e) => setState((e.currentTarget.value || null) as MailState | null)}>
            <option value="">All</option>
            <For each={states}>{(s) => <option value={s}>{s.toLowerCase()}</option>}</For>
          </select>
        </div>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Outbox">
          <table class="mail-log">
            <thead>
              <tr><th>When</th><th>To</th><th>Kind</th><th>Subject</th><th>State</th><th>Tries</th><th>Error</th></tr>
            </thead>
            <tbody>
              <For each={data()?.mailLog} fallback={<tr><td colspan="7" class="muted">No email yet.</td></tr>}>
                {(m) => (
                  <tr>
                    <td>{timeAgo(m.createdAt)}</td>
                    <td>{m.to}</td>
                    <td>{m.kind.replace(/_/g, ' ')}</td>
                    <td>{m.subject ?? '—'}</td>
                    <td><span class={`badge mail-${m.state.toLowerCase()}`}>{m.state.toLowerCase()}</span></td>
                    <td>{m.attempts}</td>
                    <td class="mail-error">{m.lastError ?? ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
