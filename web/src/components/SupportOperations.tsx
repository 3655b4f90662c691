import { A } from '@solidjs/router';
import { createResource, createSignal, For, Show } from 'solid-js';
import { SupportOperationsQuery, TopIssuesQuery } from '../graphql/documents.js';
import type { IssueOrder } from '../graphql/generated/graphql.js';
import { request } from '../lib/api.js';
import { BarChart } from './Charts.jsx';
import { SlaFiguresTable } from './SlaFigures.jsx';

const issueOrders: Array<[IssueOrder, string]> = [
  ['CUSTOMERS_AFFECTED', 'Customers hit'],
  ['ME_TOO', '"Me too" votes'],
  ['NEW_TOPICS', 'New topics'],
  ['GROWTH', 'Growth against the period before'],
];

/** The dashboard's staff-operations part: first-response targets per plan, breaches per day, top issues. */
export function SupportOperations(props: { from: string; to: string }) {
  // One key for both bounds: the resource refetches when either changes.
  const [data] = createResource(
    () => `${props.from}/${props.to}`,
    () => request(SupportOperationsQuery, { from: props.from, to: props.to }),
  );
  const [orderBy, setOrderBy] = createSignal<IssueOrder>('CUSTOMERS_AFFECTED');
  const [issues] = createResource(
    () => `${props.from}/${props.to}/${orderBy()}`,
    () => request(TopIssuesQuery, { from: props.from, to: props.to, orderBy: orderBy() }),
  );
  return (
    <Show when={data()}>
      {(d) => (
        <div data-testid="support-operations">
          {/* One card per section: each takes the full width (the grid collapses empty tracks). */}
          <section class="tables">
            <div class="card">
              <h2>First-response targets</h2>
              <SlaFiguresTable figures={d().slaFigures} />
              <BarChart
                title="Deadlines met and breached per day"
                labels={d().slaByDay.map((x) => x.day.slice(5))}
                series={[
                  { name: 'met', color: '#1a7f37', values: d().slaByDay.map((x) => x.met) },
                  { name: 'breached', color: '#cf222e', values: d().slaByDay.map((x) => x.breached) },
                ]}
                stacked
              />
              <p class="muted"><A href="/staff/queue">Open the support queue</A></p>
            </div>
          </section>
          <section class="tables">
            <div class="card">
              <div class="card-header">
                <h2>Top issues</h2>
                <label>
                  Rank by{' '}
                  <select value={orderBy()} onChange={(e) => setOrderBy(e.currentTarget.value as IssueOrder)}>
                    <For each={issueOrders}>{([value, label]) => <option value={value}>{label}</option>}</For>
                  </select>
                </label>
              </div>
              <table data-testid="top-issues">
                <thead>
                  <tr><th>Tag or category</th><th>Customers hit</th><th>New topics (period before)</th><th>Me too</th><th>Worst topics</th></tr>
                </thead>
                <tbody>
                  <For each={issues.latest?.topIssues} fallback={<tr><td colSpan={5} class="muted">No customer questions in this period.</td></tr>}>
                    {(g) => (
                      <tr>
                        <td>{g.name} <span class="muted">({g.kind})</span></td>
                        <td>{g.customersAffected}</td>
                        <td>{g.newTopics} ({g.previousTopics})</td>
                        <td>{g.meToo}</td>
                        <td><For each={g.topTopics}>{(t) => <div><A href={`/t/${t.id}`}>{t.title}</A></div>}</For></td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </Show>
  );
}
