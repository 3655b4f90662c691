import { A, createAsync, useParams, useSearchParams } from '@solidjs/router';
import { batch, createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { NotFound } from '../components/NotFound.jsx';
import { Sidebar } from '../components/Sidebar.jsx';
import { TopicList, type TopicRow } from '../components/TopicList.jsx';
import { FeedSubscription, FollowCategoryMutation, HomeQuery } from '../graphql/documents.js';
import type { FeedSubscription as FeedResult, TopicFilter, TopicOrder } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { subscribeLive } from '../lib/live.js';
import { getCategory, getHome, getViewer, TOPICS_PAGE, type ListOptions } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

type FeedTopic = NonNullable<FeedResult['feed']['topic']>;

const filters: Array<[TopicFilter, string]> = [['ALL', 'All'], ['UNANSWERED', 'Unanswered'], ['RESOLVED', 'Resolved']];
const orders: Array<[TopicOrder, string]> = [['ACTIVITY', 'Active'], ['NEWEST', 'Newest'], ['VOTES', 'Most "me too"']];

/** A feed snapshot in the shape of a list row. */
const toRow = (topic: FeedTopic): TopicRow => ({
  ...topic,
  tags: topic.tags.map((name) => ({ id: name, name })),
});

const matchesFilter = (filter: TopicFilter, topic: FeedTopic) =>
  filter === 'ALL' || (filter === 'UNANSWERED' ? topic.answerCount === 0 : topic.status === 'RESOLVED');

/** Follow a category: its new questions come to the bell. Holds its own state, so the list is not refetched. */
function FollowCategoryButton(props: { categoryId: string; following: boolean }) {
  const [following, setFollowing] = createSignal(props.following);
  const [error, setError] = createSignal<string | null>(null);
  const toggle = async () => {
    setError(null);
    try {
      const { followCategory } = await request(FollowCategoryMutation, { input: { categoryId: props.categoryId, follow: !following() } });
      setFollowing(followCategory.category.viewerFollows);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };
  return (
    <>
      <button class={`button ghost${following() ? ' pressed' : ''}`} aria-pressed={following()} title="Get a notification for every new question here" onClick={() => void toggle()}>
        {following() ? 'Following category' : 'Follow category'}
      </button>
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
    </>
  );
}

/** Questions for all categories, one category (/c/:slug) or one tag (/tag/:tag), kept live. */
export function HomePage() {
  const params = useParams<{ slug?: string; tag?: string }>();
  const [search, setSearch] = useSearchParams<{ filter?: TopicFilter; sort?: TopicOrder }>();
  const viewer = createAsync(() => getViewer());
  const category = createAsync(async () => (params.slug ? ((await getCategory(params.slug)) ?? null) : undefined));
  const options = (): ListOptions | undefined => {
    const categoryId = params.slug ? category()?.id : null;
    if (categoryId === undefined) return undefined;
    return { categoryId, tag: params.tag ?? null, filter: search.filter ?? 'ALL', orderBy: search.sort ?? 'ACTIVITY' };
  };
  const home = createAsync(async () => {
    const o = options();
    return o ? getHome(o) : undefined;
  });

  const [rows, setRows] = createStore<{ list: TopicRow[]; fresh: TopicRow[] }>({ list: [], fresh: [] });
  const [cursor, setCursor] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);

  /** A hidden topic's event carries its id only. */
  const dropTopic = (topicId: string) => {
    setRows('list', (list) => list.filter((r) => r.id !== topicId));
    setRows('fresh', (list) => list.filter((r) => r.id !== topicId));
  };
  const applyFeed = (topic: FeedTopic, kind: string) => {
    const index = rows.list.findIndex((r) => r.id === topic.id);
    if (index >= 0) {
      // Counts and status change in place; rows do not reorder under the reader.
      setRows('list', index, { status: topic.status, answerCount: topic.answerCount, meTooCount: topic.meTooCount, lastActivityAt: topic.lastActivityAt, title: topic.title });
      return;
    }
    const o = options();
    if (kind !== 'TOPIC_CREATED' || !o || !matchesFilter(o.filter, topic) || (o.tag && !topic.tags.includes(o.tag))) return;
    if (!rows.fresh.some((r) => r.id === topic.id)) setRows('fresh', [toRow(topic), ...rows.fresh]);
  };

  createEffect(
    on(home, (page) => {
      if (!page) return;
      setRows(reconcile({ list: page.topics.edges.map((e) => e.node), fresh: [] }));
      setCursor(page.topics.pageInfo.hasNextPage ? (page.topics.pageInfo.endCursor ?? null) : null);
      const stop = subscribeLive({
        document: FeedSubscription,
        variables: (after) => ({ categoryId: options()?.categoryId ?? null, after }),
        after: page.topics.liveCursor,
        pick: (result) => result.feed,
        cursorOf: (event) => (event.kind === 'RESYNC' ? null : event.cursor),
        onItem: (event) => (event.kind === 'TOPIC_HIDDEN' ? event.topicId && dropTopic(event.topicId) : event.topic && applyFeed(event.topic, event.kind)),
      });
      onCleanup(stop);
    }),
  );

  const loadMore = async () => {
    const o = options();
    if (!o) return;
    setLoadingMore(true);
    try {
      const page = await request(HomeQuery, { first: TOPICS_PAGE, after: cursor(), ...o });
      setRows('list', [...rows.list, ...page.topics.edges.map((e) => e.node)]);
      setCursor(page.topics.pageInfo.hasNextPage ? (page.topics.pageInfo.endCursor ?? null) : null);
    } finally {
      setLoadingMore(false);
    }
  };

  const heading = () => (params.tag ? `Tagged “${params.tag}”` : (category()?.name ?? 'Recent questions'));
  usePageTitle(() => (params.slug && !category() ? undefined : heading()));

  return (
    <Show when={!(params.slug && category() === null)} fallback={<NotFound title="No such category" message={`There is no category “${params.slug}”.`} />}>
    <div class="home">
      <Sidebar label="Categories">
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
      </Sidebar>
      <section class="topics">
        <div class="topics-header">
          <h1>{heading()}</h1>
          <div class="header-actions">
            <Show when={viewer() && !params.tag && category()} keyed>
              {(c) => <FollowCategoryButton categoryId={c.id} following={c.viewerFollows} />}
            </Show>
            <Show when={viewer()} fallback={<A class="button" href="/login?next=/ask">Ask a question</A>}>
              <A class="button" href={category() ? `/ask?category=${category()!.slug}` : '/ask'}>Ask a question</A>
            </Show>
          </div>
        </div>
        <Show when={category()}>
          {(c) => (
            <p class="muted">
              {c().description} <a href={`/feeds/c/${c().slug}.atom`} title={`New questions in ${c().name}, for a feed reader`}>Feed</a>
            </p>
          )}
        </Show>
        <div class="list-controls">
          <div class="tabs" role="tablist">
            <For each={filters}>
              {([value, label]) => (
                <button role="tab" aria-selected={(search.filter ?? 'ALL') === value} onClick={() => setSearch({ filter: value === 'ALL' ? undefined : value })}>
                  {label}
                </button>
              )}
            </For>
          </div>
          <select aria-label="Sort by" value={search.sort ?? 'ACTIVITY'} onChange={(e) => setSearch({ sort: e.currentTarget.value === 'ACTIVITY' ? undefined : e.currentTarget.value })}>
            <For each={orders}>{([value, label]) => <option value={value}>{label}</option>}</For>
          </select>
        </div>
        <Show when={rows.fresh.length > 0}>
          <button
            class="new-items-bar"
            onClick={() => batch(() => {
              setRows('list', [...rows.fresh, ...rows.list]);
              setRows('fresh', []);
            })}
          >
            {rows.fresh.length} new {rows.fresh.length === 1 ? 'question' : 'questions'} — show
          </button>
        </Show>
        <Show when={home()} fallback={<p class="muted">Loading questions…</p>}>
          <TopicList topics={rows.list} />
        </Show>
        <Show when={cursor()}>
          <button class="button ghost load-more" disabled={loadingMore()} onClick={() => void loadMore()}>
            {loadingMore() ? 'Loading…' : 'Load more questions'}
          </button>
        </Show>
      </section>
    </div>
    </Show>
  );
}
