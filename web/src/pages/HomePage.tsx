import { A, createAsync, useParams } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { HomeQuery } from '../graphql/documents.js';
import { request } from '../lib/api.js';
import { getCategory, getHome, TOPICS_PAGE } from '../lib/queries.js';
import { TopicList, type TopicRow } from '../components/TopicList.jsx';

/** Recent topics, for all categories or for the one in the URL (/c/:slug). */
export function HomePage() {
  const params = useParams<{ slug?: string }>();
  const category = createAsync(async () => (params.slug ? ((await getCategory(params.slug)) ?? null) : undefined));
  const categoryId = () => (params.slug ? category()?.id : null);
  const home = createAsync(async () => {
    const id = categoryId();
    return id === undefined ? undefined : getHome(id, null);
  });

  const [more, setMore] = createSignal<TopicRow[]>([]);
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);
  createEffect(on(home, (page) => {
    setMore([]);
    setCursor(page?.topics.pageInfo.hasNextPage ? (page.topics.pageInfo.endCursor ?? null) : null);
  }));

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      const page = await request(HomeQuery, { first: TOPICS_PAGE, after: cursor(), categoryId: categoryId() ?? null });
      setMore([...more(), ...page.topics.edges.map((e) => e.node)]);
      setCursor(page.topics.pageInfo.hasNextPage ? (page.topics.pageInfo.endCursor ?? null) : null);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <div class="home">
      <aside class="sidebar">
        <h2>Categories</h2>
        <ul class="category-list">
          <li>
            <A href="/" end>All questions</A>
          </li>
          <For each={home()?.categories}>
            {(c) => (
              <li>
                <A href={`/c/${c.slug}`}>
                  {c.name} <span class="muted">{c.topicCount}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </aside>
      <section class="topics">
        <Show when={params.slug && category() === null}>
          <p class="empty">There is no category “{params.slug}”. <A href="/">See all questions</A>.</p>
        </Show>
        <h1>{category()?.name ?? 'Recent questions'}</h1>
        <Show when={category()?.description}>
          <p class="muted">{category()!.description}</p>
        </Show>
        <Show when={home()} fallback={<p class="muted">Loading questions…</p>}>
          {(page) => <TopicList topics={[...page().topics.edges.map((e) => e.node), ...more()]} />}
        </Show>
        <Show when={cursor()}>
          <button class="button ghost load-more" disabled={loadingMore()} onClick={() => void loadMore()}>
            {loadingMore() ? 'Loading…' : 'Load more questions'}
          </button>
        </Show>
      </section>
    </div>
  );
}
