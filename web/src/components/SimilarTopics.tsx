import { A, createAsync } from '@solidjs/router';
import { For, Show, type Accessor } from 'solid-js';
import { SimilarTopicsQuery } from '../graphql/documents.js';
import { request } from '../lib/api.js';
import { createDebounced } from '../lib/debounce.js';
import { StatusBadge } from './StatusBadge.jsx';

/** "These threads may already answer your question", while the question is being typed. */
export function SimilarTopics(props: { title: Accessor<string>; body: Accessor<string> }) {
  const title = createDebounced(props.title, 300);
  const body = createDebounced(props.body, 600);
  const suggestions = createAsync(async () => {
    const t = title().trim();
    if (t.length < 8) return [];
    const found = (await request(SimilarTopicsQuery, { title: t, body: body().trim() || null }).catch(() => null))?.similarTopics ?? [];
    // Solved threads first: they are the ones that can spare the customer a question.
    return [...found.filter((s) => s.topic.status === 'RESOLVED'), ...found.filter((s) => s.topic.status !== 'RESOLVED')];
  });
  return (
    <Show when={suggestions()?.length}>
      <aside class="similar card" aria-live="polite">
        <h2>These threads may already answer your question</h2>
        <ul>
          <For each={suggestions()}>
            {(s) => (
              <li data-testid="similar-topic">
                <A href={`/t/${s.topic.id}`} target="_blank" innerHTML={s.titleHtml} />
                <StatusBadge status={s.topic.status} />
                <Show when={s.answerExcerpt}>
                  <p class="answer-excerpt">{s.answerExcerpt}</p>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </aside>
    </Show>
  );
}
