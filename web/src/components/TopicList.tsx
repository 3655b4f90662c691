import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { HomeQuery } from '../graphql/generated/graphql.js';
import { timeAgo } from '../lib/time.js';
import { RoleBadge } from './RoleBadge.jsx';
import { StatusBadge } from './StatusBadge.jsx';

export type TopicRow = HomeQuery['topics']['edges'][number]['node'];

export function TopicList(props: { topics: TopicRow[] }) {
  return (
    <ul class="topic-list">
      <For each={props.topics} fallback={<li class="empty">No questions here yet. Be the first to ask.</li>}>
        {(topic) => (
          <li class="topic-row" data-testid="topic-row">
            <div class="topic-counts" aria-label={`${topic.answerCount} answers`}>
              <strong>{topic.answerCount}</strong>
              <span>{topic.answerCount === 1 ? 'answer' : 'answers'}</span>
            </div>
            <div class="topic-main">
              <A href={`/t/${topic.id}`} class="topic-title">{topic.title}</A>
              <div class="topic-meta">
                <StatusBadge status={topic.status} />
                <A href={`/c/${topic.category.slug}`} class="category-chip">{topic.category.name}</A>
                <For each={topic.tags}>{(tag) => <A class="tag" href={`/tag/${tag.name}`}>{tag.name}</A>}</For>
                <Show when={topic.meTooCount > 0}>
                  <span class="muted">{topic.meTooCount} have this too</span>
                </Show>
              </div>
            </div>
            <div class="topic-activity muted">
              <span>{topic.author.displayName}</span> <RoleBadge role={topic.author.role} />
              <div>{timeAgo(topic.lastActivityAt)}</div>
            </div>
          </li>
        )}
      </For>
    </ul>
  );
}
