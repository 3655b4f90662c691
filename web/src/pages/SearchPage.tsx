import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { Sidebar } from '../components/Sidebar.jsx';
import { StatusBadge } from '../components/StatusBadge.jsx';
import { SearchQuery } from '../graphql/documents.js';
import type { SearchQuery as SearchResult, TopicStatus } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { sendSignal } from '../lib/signals.js';
import { usePageTitle } from '../lib/page-title.js';

type Hit = SearchResult['search']['edges'][number]['node'];

/** Results as you type (the header box drives ?q=), typo tolerant, resolved first among equals. */
export default function SearchPage() {
  const [params, setParams] = useSearchParams<{ q?: string; status?: string; category?: string; tag?: string }>();
  usePageTitle(() => (params.q ? `Search: ${params.q}` : 'Search'));
  const [more, setMore] = createSignal<Hit[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const filter = () => ({
    status: (params.status?.toUpperCase() as TopicStatus | undefined) ?? null,
    categoryId: params.category ?? null,
    tags: params.tag ? [params.tag] : null,
  });
  const result = createAsync(async () => {
    const query = params.q?.trim() ?? '';
    setMore([]);
    if (!query) return null;
    try {
      const data = (await request(SearchQuery, { query, filter: filter() })).search;
      setCursor(data.pageInfo.hasNextPage ? (data.pageInfo.endCursor ?? null) : null);
      return data;
    } catch (e) {
      return { error: e instanceof ApiError ? e : new ApiError({ message: 'Search failed.' }) };
    }
  });
  const data = () => {
    const r = result();
    return r && !('error' in r) ? r : null;
  };
  const loadMore = async () => {
    const page = (await request(SearchQuery, { query: params.q ?? '', filter: filter(), after: cursor() })).search;
    setMore([...more(), ...page.edges.map((e) => e.node)]);
    setCursor(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
  };
  const toggle = (key: 'status' | 'category' | 'tag', value: string) => setParams({ [key]: params[key] === value ? undefined : value });

  return (
    <div class="home">
      <Sidebar label="Filters">
        <Show when={data()}>
          {(d) => (
            <>
              <h2>Status</h2>
              <ul class="facet-list">
                <For each={d().facets.statuses}>
                  {(f) => (
                    <li><button class={params.status === f.value ? 'active' : ''} onClick={() => toggle('status', f.value)}>{f.label} <span class="muted">{f.count}</span></button></li>
                  )}
                </For>
              </ul>
              <h2>Category</h2>
              <ul class="facet-list">
                <For each={d().facets.categories}>
                  {(f) => <li><button class={params.category === f.value ? 'active' : ''} onClick={() => toggle('category', f.value)}>{f.label} <span class="muted">{f.count}</span></button></li>}
                </For>
              </ul>
              <Show when={d().facets.tags.length}>
                <h2>Tags</h2>
                <ul class="facet-list">
                  <For each={d().facets.tags.slice(0, 12)}>
                    {(f) => <li><button class={params.tag === f.value ? 'active' : ''} onClick={() => toggle('tag', f.value)}>{f.label} <span class="muted">{f.count}</span></button></li>}
                  </For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </Sidebar>
      <section class="topics">
        <h1>{params.q ? `Results for “${params.q}”` : 'Search'}</h1>
        <Show when={result() && 'error' in result()!}>
          <p class="form-error" role="alert">{(result() as { error: ApiError }).error.message}</p>
        </Show>
        <Show when={data()}>
          {(d) => (
            <>
              <p class="muted">{d().totalHits} {d().totalHits === 1 ? 'thread' : 'threads'}</p>
              <Show when={d().edges.length > 0} fallback={<div class="empty">No thread matches yet. <A class="button" href="/ask">Ask the community</A></div>}>
                <ul class="topic-list search-results">
                  <For each={[...d().edges.map((e) => e.node), ...more()]}>
                    {(hit, index) => (
                      <li class="search-hit" data-testid="search-hit">
                        {/* titleHtml and snippetHtml are escaped by the server; only <mark> is markup. */}
                        <A
                          class="topic-title"
                          href={`/t/${hit.topicId}`}
                          innerHTML={hit.titleHtml}
                          onClick={() => sendSignal({ kind: 'SEARCH_CLICK', topicId: hit.topicId, rank: index() + 1, query: params.q ?? null })}
                        />
                        <div class="topic-meta">
                          <StatusBadge status={hit.status} />
                          <span class="muted">{hit.category.name} · {hit.answerCount} {hit.answerCount === 1 ? 'answer' : 'answers'}</span>
                        </div>
                        <p class="snippet" innerHTML={hit.snippetHtml} />
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={cursor()}>
                  <button class="button ghost load-more" onClick={() => void loadMore()}>More results</button>
                </Show>
              </Show>
            </>
          )}
        </Show>
      </section>
    </div>
  );
}
