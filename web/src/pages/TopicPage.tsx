import { A, createAsync, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { RoleBadge } from '../components/RoleBadge.jsx';
import { StatusBadge } from '../components/StatusBadge.jsx';
import { getTopic } from '../lib/queries.js';
import { timeAgo } from '../lib/time.js';

export default function TopicPage() {
  const params = useParams<{ id: string }>();
  const topic = createAsync(() => getTopic(params.id));
  return (
    <Show when={topic() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Show when={topic()} fallback={<p class="empty">This question does not exist or was removed. <A href="/">Back to all questions</A></p>}>
        {(t) => (
          <article class="topic">
            <nav class="crumbs">
              <A href="/">All questions</A> › <A href={`/c/${t().category.slug}`}>{t().category.name}</A>
            </nav>
            <h1>{t().title}</h1>
            <div class="topic-meta">
              <StatusBadge status={t().status} />
              <span>
                asked by <strong>{t().author.displayName}</strong> <RoleBadge role={t().author.role} /> {timeAgo(t().createdAt)}
              </span>
              <For each={t().tags}>{(tag) => <span class="tag">{tag.name}</span>}</For>
              <Show when={t().meTooCount > 0}>
                <span class="muted">{t().meTooCount} have this problem too</span>
              </Show>
            </div>
            {/* bodyHtml is rendered and sanitized by the server (raw HTML escaped, unsafe links dropped). */}
            <div class="post-body" innerHTML={t().bodyHtml} />
            <h2>{t().answerCount} {t().answerCount === 1 ? 'answer' : 'answers'}</h2>
            <ol class="answers">
              <For each={t().answers.edges} fallback={<li class="empty">No answers yet.</li>}>
                {({ node: answer }) => (
                  <li class={`answer${answer.isOfficial ? ' official' : ''}${answer.isAccepted ? ' accepted' : ''}`} data-testid="answer">
                    <div class="score" aria-label={`score ${answer.score}`}>{answer.score}</div>
                    <div class="answer-main">
                      <div class="answer-badges">
                        <Show when={answer.isOfficial}><span class="badge official">Official answer</span></Show>
                        <Show when={answer.isAccepted}><span class="badge accepted">✓ Accepted</span></Show>
                      </div>
                      <div class="post-body" innerHTML={answer.bodyHtml} />
                      <div class="muted">
                        {answer.author.displayName} <RoleBadge role={answer.author.role} /> · {timeAgo(answer.createdAt)}
                      </div>
                    </div>
                  </li>
                )}
              </For>
            </ol>
          </article>
        )}
      </Show>
    </Show>
  );
}
