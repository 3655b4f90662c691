import { A, createAsync } from '@solidjs/router';
import { createSignal, For, Show, type Accessor } from 'solid-js';
import { SimilarTopicsQuery } from '../graphql/documents.js';
import { request } from '../lib/api.js';
import { createDebounced } from '../lib/debounce.js';
import { sendSignal } from '../lib/signals.js';
import { StatusBadge } from './StatusBadge.jsx';

/**
 * "These threads may already answer your question", while the question is being typed. A solved
 * thread offers "This solved my problem"; posting anyway stays one click away.
 */
export function SimilarTopics(props: { title: Accessor<string>; body: Accessor<string> }) {
  const title = createDebounced(props.title, 300);
  const body = createDebounced(props.body, 600);
  const [solvedBy, setSolvedBy] = createSignal<string | null>(null);
  const suggestions = createAsync(async () => {
    const t = title().trim();
    if (t.length < 8) return [];
    const found = (await request(SimilarTopicsQuery, { title: t, body: body().trim() || null }).catch(() => null))?.similarTopics ?? [];
    // Solved threads first: they are the ones that can spare the customer a question.
    return [...found.filter((s) => s.status === 'RESOLVED'), ...found.filter((s) => s.status !== 'RESOLVED')];
  });
  const solved = (topicId: string) => {
    sendSignal({ kind: 'SOLVED', topicId });
    setSolvedBy(topicId);
  };
  return (
    <Show when={suggestions()?.length}>
      <aside class="similar card" aria-live="polite">
        <h2>These threads may already answer your question</h2>
        <Show when={solvedBy()}>
          <p class="solved-thanks" role="status">Glad it is solved! Nothing more to do; if it comes back, you can still post below.</p>
        </Show>
        <ul>
          <For each={suggestions()}>
            {(s, index) => (
              <li data-testid="similar-topic">
                <A
                  href={`/t/${s.topicId}`}
                  target="_blank"
                  innerHTML={s.titleHtml}
                  onClick={() => sendSignal({ kind: 'SUGGESTION_CLICK', topicId: s.topicId, rank: index() + 1, query: title().trim() })}
                />
                <StatusBadge status={s.status} />
                <Show when={s.answerExcerpt}>
                  <p class="answer-excerpt">{s.answerExcerpt}</p>
                </Show>
                <Show when={s.status === 'RESOLVED' && solvedBy() !== s.topicId}>
                  <button type="button" class="button ghost small" onClick={() => solved(s.topicId)}>This solved my problem</button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </aside>
    </Show>
  );
}
