import { For } from 'solid-js';
import type { SlaQueueQuery } from '../graphql/generated/graphql.js';

type Figures = SlaQueueQuery['slaFigures'];

const percent = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v * 100)}%`);
const duration = (seconds: number | null | undefined) =>
  seconds === null || seconds === undefined ? '–' : seconds < 3600 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;

/** Per plan: first-response targets met and breached, the median first response, and the queue now. */
export function SlaFiguresTable(props: { figures: Figures | undefined }) {
  return (
    <table class="queue-table" data-testid="sla-figures">
      <thead>
        <tr><th>Plan</th><th>Questions</th><th>Target met</th><th>Breached</th><th>Median first response</th><th>Waiting now</th><th>Breached now</th></tr>
      </thead>
      <tbody>
        <For each={props.figures}>
          {(f) => (
            <tr>
              <td>{f.plan.toLowerCase()}</td>
              <td>{f.questions}</td>
              <td>{percent(f.metShare)}</td>
              <td>{f.breached}</td>
              <td>{duration(f.medianFirstResponseSeconds)}</td>
              <td>{f.openNow}</td>
              <td>{f.breachedNow}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
