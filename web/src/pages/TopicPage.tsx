import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { batch, createEffect, createSignal, For, lazy, on, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { AnswerForm } from '../components/AnswerForm.jsx';
import { AlternatePhrasings } from '../components/AlternatePhrasings.jsx';
import { DuplicatePicker } from '../components/DuplicatePicker.jsx';
import { EditInPlace } from '../components/EditInPlace.jsx';
import { FlagControl } from '../components/FlagControl.jsx';
import { NotFound } from '../components/NotFound.jsx';
import { RoleBadge } from '../components/RoleBadge.jsx';
import { SolvedPrompt } from '../components/SolvedPrompt.jsx';
import { StatusBadge } from '../components/StatusBadge.jsx';
import { TypingIndicator } from '../components/TypingIndicator.jsx';
import {
  AcceptMutation,
  AnswerBodyQuery,
  EditAnswerMutation,
  EditTopicMutation,
  FollowTopicMutation,
  LockMutation,
  MeTooMutation,
  OfficialMutation,
  SetPostHiddenMutation,
  TopicActivitySubscription,
  UnacceptMutation,
  UnlockMutation,
  UnofficialMutation,
  VoteMutation,
} from '../graphql/documents.js';
import type { TopicActivitySubscription as ActivityResult, TopicPageQuery } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { subscribeLive, type LiveStatus } from '../lib/live.js';
import { getTopic, getViewer } from '../lib/queries.js';
import { sendSignal } from '../lib/signals.js';
import { timeAgo } from '../lib/time.js';
import { usePageTitle } from '../lib/page-title.js';

// Loaded on first use: most readers never open a history.
const RevisionHistory = lazy(() => import('../components/RevisionHistory.jsx'));

type Loaded = NonNullable<TopicPageQuery['topic']>;
type AnswerRow = Loaded['answers']['edges'][number]['node'];
type TopicEvent = ActivityResult['topicActivity'];

interface TopicState {
  topic: Omit<Loaded, 'answers' | 'acceptedAnswer' | 'officialAnswer'> & { acceptedAnswerId: string | null; officialAnswerId: string | null };
  answers: AnswerRow[];
  /**
   * Answers that arrived below the reader's view. They are in the list at once (appending below the
   * viewport moves nothing the reader sees); this only drives the "new answer below" jump.
   */
  unseen: string[];
}

const nearBottom = () => window.innerHeight + window.scrollY >= document.body.scrollHeight - 300;

export default function TopicPage() {
  const params = useParams<{ id: string }>();
  const loaded = createAsync(() => getTopic(params.id));
  const viewer = createAsync(() => getViewer());
  const isStaff = () => viewer()?.role === 'STAFF' || viewer()?.role === 'ADMIN';
  const [state, setState] = createStore<TopicState>({ topic: null as never, answers: [], unseen: [] });
  const [status, setStatus] = createSignal<LiveStatus>('live');
  const [actionError, setActionError] = createSignal<string | null>(null);
  /** 'topic', an answer id, or null: which post is open for editing. */
  const [editing, setEditing] = createSignal<string | null>(null);
  /** Hidden by staff while this reader had it open. */
  const [removed, setRemoved] = createSignal(false);
  const [closingAsDuplicate, setClosingAsDuplicate] = createSignal(false);
  /** 'topic', an answer id, or null: whose revision history is open. */
  const [history, setHistory] = createSignal<string | null>(null);
  const toggleHistory = (postId: string) => setHistory(history() === postId ? null : postId);

  const applyEvent = (event: TopicEvent) => {
    if (event.kind === 'RESYNC') {
      void revalidate(getTopic.keyFor(params.id));
      return;
    }
    const canSeeHidden = (authorId: string) => isStaff() || viewer()?.id === authorId;
    // Back from hidden, closed as a duplicate, locked or unlocked: the page needs data (and the
    // reader's rights, such as answering) the event does not carry.
    const changedRights = event.topic && ((event.topic.duplicateOfId ?? null) !== (state.topic.duplicateOf?.id ?? null) || event.topic.isLocked !== state.topic.isLocked);
    // An edit may have moved or retagged the question: its event carries neither.
    if (event.kind === 'TOPIC_UNHIDDEN' || event.kind === 'ANSWER_UNHIDDEN' || event.kind === 'TOPIC_EDITED' || changedRights) {
      void revalidate(getTopic.keyFor(params.id));
      return;
    }
    // Hide events carry ids only: readers drop the post, staff and its author refetch it marked hidden.
    if (event.kind === 'TOPIC_HIDDEN') {
      if (canSeeHidden(state.topic.author.id)) void revalidate(getTopic.keyFor(params.id));
      else setRemoved(true);
      return;
    }
    if (event.kind === 'ANSWER_HIDDEN') {
      const hidden = state.answers.find((a) => a.id === event.answerId);
      if (hidden && canSeeHidden(hidden.author.id)) void revalidate(getTopic.keyFor(params.id));
      else {
        setState('answers', (list) => list.filter((a) => a.id !== event.answerId));
        setState('unseen', (list) => list.filter((id) => id !== event.answerId));
      }
      return;
    }
    batch(() => {
      if (event.topic) {
        const { id: _id, duplicateOfId: _duplicateOfId, ...fields } = event.topic;
        setState('topic', fields);
      }
      const answer = event.answer;
      if (!answer) return;
      const index = state.answers.findIndex((a) => a.id === answer.id);
      if (index >= 0) {
        setState('answers', index, { score: answer.score, bodyHtml: answer.bodyHtml, isHidden: answer.isHidden });
        if (event.kind === 'ANSWER_EDITED') setState('answers', index, { editedAt: new Date().toISOString() });
      } else if (event.kind === 'ANSWER_POSTED') {
        const mine = viewer()?.id === answer.author.id;
        // A live answer carries rendered HTML only; its markdown is fetched when someone opens it for editing.
        const row: AnswerRow = { ...answer, body: '', editedAt: null, viewerVote: 0, viewerCanVote: !!viewer() && !mine, viewerCanEdit: mine || isStaff(), viewerCanFlag: !!viewer() && !mine, viewerHasFlagged: false };
        setState('answers', state.answers.length, row);
        if (!mine && !nearBottom()) setState('unseen', state.unseen.length, answer.id);
      }
    });
  };

  // Reaching the bottom by scrolling counts as seeing the new answers.
  const seen = () => state.unseen.length > 0 && nearBottom() && setState('unseen', []);
  window.addEventListener('scroll', seen, { passive: true });
  onCleanup(() => window.removeEventListener('scroll', seen));

  let viewedId: string | null = null;
  // A fresh page (first load, navigation, resync) resets the store and subscribes from its own cursor.
  createEffect(
    on(loaded, (topic) => {
      if (!topic) return;
      if (viewedId !== topic.id) sendSignal({ kind: 'TOPIC_VIEWED', topicId: (viewedId = topic.id) });
      setRemoved(false);
      const { answers, acceptedAnswer, officialAnswer, ...fields } = topic;
      setState(
        reconcile({
          topic: { ...fields, acceptedAnswerId: acceptedAnswer?.id ?? null, officialAnswerId: officialAnswer?.id ?? null },
          answers: answers.edges.map((e) => e.node),
          unseen: [],
        }),
      );
      const stop = subscribeLive({
        document: TopicActivitySubscription,
        variables: (after) => ({ topicId: topic.id, after }),
        after: topic.liveCursor,
        pick: (result) => result.topicActivity,
        cursorOf: (event) => (event.kind === 'RESYNC' ? null : event.cursor),
        onItem: applyEvent,
        onStatus: setStatus,
      });
      onCleanup(stop);
    }),
  );

  const act = async (run: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await run();
    } catch (e) {
      setActionError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };

  const vote = (answer: AnswerRow, value: number) =>
    act(async () => {
      const next = answer.viewerVote === value ? 0 : value;
      const { voteOnAnswer } = await request(VoteMutation, { input: { answerId: answer.id, value: next } });
      const index = state.answers.findIndex((a) => a.id === answer.id);
      setState('answers', index, { score: voteOnAnswer.answer.score, viewerVote: voteOnAnswer.answer.viewerVote });
    });

  const startEditingAnswer = (answer: AnswerRow) =>
    act(async () => {
      if (!answer.body) {
        const { node } = await request(AnswerBodyQuery, { id: answer.id });
        const index = state.answers.findIndex((a) => a.id === answer.id);
        if (node && 'body' in node) setState('answers', index, { body: node.body });
      }
      setEditing(answer.id);
    });

  const hide = (target: { topicId: string } | { answerId: string }, hidden: boolean) =>
    act(async () => {
      const { setPostHidden } = await request(SetPostHiddenMutation, { input: { ...target, hidden } });
      batch(() => {
        setState('topic', { isHidden: setPostHidden.topic.isHidden, answerCount: setPostHidden.topic.answerCount, status: setPostHidden.topic.status });
        const answer = setPostHidden.answer;
        if (answer) setState('answers', (a) => a.id === answer.id, 'isHidden', answer.isHidden);
      });
    });
  usePageTitle(() => (loaded() && state.topic && !removed() ? state.topic.title : undefined));
  return (
    <Show when={loaded() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Show when={loaded() && state.topic && !removed()} fallback={<NotFound title="Question not found" message="This question does not exist or was removed." />}>
        <article class="topic">
          <nav class="crumbs">
            <A href="/">All questions</A> › <A href={`/c/${state.topic.category.slug}`}>{state.topic.category.name}</A>
            <Show when={status() === 'reconnecting'}>
              <span class="live-status" role="status">Reconnecting… changes will catch up</span>
            </Show>
          </nav>
          <Show when={editing() !== 'topic'}>
            <h1>{state.topic.title}</h1>
          </Show>
          <Show when={state.topic.isHidden}>
            <p class="hidden-notice" role="note">Hidden by staff: only staff and the author see this question.</p>
          </Show>
          <Show when={state.topic.duplicateOf}>
            {(original) => (
              <aside class="duplicate-notice" data-testid="duplicate-notice">
                <p>
                  This question already has an answer:{' '}
                  <A href={`/t/${original().id}`} onClick={() => sendSignal({ kind: 'DUPLICATE_FOLLOWED', topicId: original().id })}>{original().title}</A>
                </p>
                <Show when={original().officialAnswer ?? original().acceptedAnswer}>
                  {(solution) => <div class="post-body solution-excerpt" innerHTML={solution().bodyHtml} />}
                </Show>
              </aside>
            )}
          </Show>
          <div class="topic-meta">
            <StatusBadge status={state.topic.status} />
            <span>
              asked by <A href={`/u/${state.topic.author.id}`}><strong>{state.topic.author.displayName}</strong></A> <RoleBadge role={state.topic.author.role} /> {timeAgo(state.topic.createdAt)}
            </span>
            <Show when={state.topic.editedAt}>
              {(at) => (
                <button class="link edited" aria-expanded={history() === 'topic'} onClick={() => toggleHistory('topic')}>
                  edited {timeAgo(at())}
                </button>
              )}
            </Show>
            <For each={state.topic.tags}>{(tag) => <A class="tag" href={`/tag/${tag.name}`}>{tag.name}</A>}</For>
          </div>
          {/* Rendered and sanitized by the server (raw HTML escaped, unsafe links dropped). */}
          <Show
            when={editing() === 'topic'}
            fallback={<div class="post-body" innerHTML={state.topic.bodyHtml} />}
          >
            <EditInPlace
              postId={state.topic.id}
              topicId={state.topic.id}
              title={state.topic.title}
              body={state.topic.body}
              categoryId={state.topic.category.id}
              tags={state.topic.tags.map((tag) => tag.name)}
              save={async (fields) => {
                const { editTopic } = await request(EditTopicMutation, {
                  input: { topicId: state.topic.id, title: fields.title, body: fields.body, categoryId: fields.categoryId, tags: fields.tags },
                });
                const saved = editTopic.topic;
                setState('topic', { title: saved.title, body: saved.body, bodyHtml: saved.bodyHtml, editedAt: saved.editedAt, category: saved.category, tags: saved.tags });
                setHistory(null);
              }}
              done={() => setEditing(null)}
            />
          </Show>
          <Show when={history() === 'topic'}>
            <RevisionHistory postId={state.topic.id} />
          </Show>
          <div class="topic-actions">
            <Show when={state.topic.viewerCanEdit && editing() !== 'topic'}>
              <button class="button ghost" onClick={() => setEditing('topic')}>Edit question</button>
            </Show>
            <Show when={state.topic.viewerCanMeToo} fallback={<span class="muted" data-testid="me-too-count">{state.topic.meTooCount} have this problem too</span>}>
              <button
                class={`button ghost${state.topic.viewerHasMeToo ? ' pressed' : ''}`}
                aria-pressed={state.topic.viewerHasMeToo}
                data-testid="me-too-count"
                onClick={() =>
                  act(async () => {
                    const { setMeToo } = await request(MeTooMutation, { input: { topicId: state.topic.id, meToo: !state.topic.viewerHasMeToo } });
                    setState('topic', { meTooCount: setMeToo.topic.meTooCount, viewerHasMeToo: setMeToo.topic.viewerHasMeToo });
                  })
                }
              >
                Me too · {state.topic.meTooCount}
              </button>
            </Show>
            <Show when={state.topic.viewerCanLock}>
              <button
                class="button ghost"
                onClick={() => act(() => (state.topic.isLocked ? request(UnlockMutation, { input: { topicId: state.topic.id } }) : request(LockMutation, { input: { topicId: state.topic.id } })))}
              >
                {state.topic.isLocked ? 'Unlock' : 'Lock'}
              </button>
            </Show>
            <Show when={state.topic.viewerCanModerate}>
              <button class="button ghost" onClick={() => hide({ topicId: state.topic.id }, !state.topic.isHidden)}>
                {state.topic.isHidden ? 'Unhide' : 'Hide'}
              </button>
              <Show when={!state.topic.duplicateOf}>
                <button class="button ghost" onClick={() => setClosingAsDuplicate(!closingAsDuplicate())}>Close as duplicate…</button>
              </Show>
            </Show>
            <Show when={viewer()}>
              <button
                class={`button ghost${state.topic.viewerFollows ? ' pressed' : ''}`}
                aria-pressed={state.topic.viewerFollows}
                onClick={() =>
                  act(async () => {
                    const { followTopic } = await request(FollowTopicMutation, { input: { topicId: state.topic.id, follow: !state.topic.viewerFollows } });
                    setState('topic', { viewerFollows: followTopic.topic.viewerFollows });
                  })
                }
              >
                {state.topic.viewerFollows ? 'Following' : 'Follow'}
              </button>
            </Show>
            <Show when={state.topic.viewerCanFlag}>
              <FlagControl topicId={state.topic.id} flagged={state.topic.viewerHasFlagged} />
            </Show>
          </div>
          <Show when={closingAsDuplicate()}>
            <DuplicatePicker
              topicId={state.topic.id}
              title={state.topic.title}
              onCancel={() => setClosingAsDuplicate(false)}
              onClosed={() => {
                setClosingAsDuplicate(false);
                void revalidate(getTopic.keyFor(params.id));
              }}
            />
          </Show>
          <Show when={actionError()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
          <Show when={state.topic.alternatePhrasings}>
            {(phrasings) => <AlternatePhrasings topicId={state.topic.id} phrasings={phrasings()} onChange={(list) => setState('topic', 'alternatePhrasings', list)} />}
          </Show>

          <h2 data-testid="answer-count">{state.topic.answerCount} {state.topic.answerCount === 1 ? 'answer' : 'answers'}</h2>
          <ol class="answers">
            <For each={state.answers} fallback={<li class="empty">{state.topic.viewerCanAnswer || (!viewer() && !state.topic.isLocked && !state.topic.duplicateOf) ? 'No answers yet. Know the fix? Answer below.' : 'No answers yet.'}</li>}>
              {(answer) => {
                const official = () => state.topic.officialAnswerId === answer.id;
                const accepted = () => state.topic.acceptedAnswerId === answer.id;
                return (
                  <li class={`answer${official() ? ' official' : ''}${accepted() ? ' accepted' : ''}${answer.isHidden ? ' hidden-post' : ''}`} data-testid="answer" data-answer-id={answer.id}>
                    <div class="votes">
                      <button class={`vote${answer.viewerVote === 1 ? ' pressed' : ''}`} aria-label="Upvote" disabled={!answer.viewerCanVote} onClick={() => vote(answer, 1)}>▲</button>
                      <div class="score" data-testid="score">{answer.score}</div>
                      <button class={`vote${answer.viewerVote === -1 ? ' pressed' : ''}`} aria-label="Downvote" disabled={!answer.viewerCanVote} onClick={() => vote(answer, -1)}>▼</button>
                    </div>
                    <div class="answer-main">
                      <div class="answer-badges">
                        <Show when={official()}><span class="badge official">Official answer</span></Show>
                        <Show when={accepted()}><span class="badge accepted">✓ Accepted</span></Show>
                        <Show when={answer.isHidden}><span class="badge hidden">Hidden by staff</span></Show>
                      </div>
                      <Show when={editing() === answer.id} fallback={<div class="post-body" innerHTML={answer.bodyHtml} />}>
                        <EditInPlace
                          postId={answer.id}
                          topicId={state.topic.id}
                          body={answer.body}
                          save={async (fields) => {
                            const { editAnswer } = await request(EditAnswerMutation, { input: { answerId: answer.id, body: fields.body } });
                            const index = state.answers.findIndex((a) => a.id === answer.id);
                            setState('answers', index, { body: editAnswer.answer.body, bodyHtml: editAnswer.answer.bodyHtml, editedAt: editAnswer.answer.editedAt });
                            setHistory(null);
                          }}
                          done={() => setEditing(null)}
                        />
                      </Show>
                      <div class="answer-footer muted">
                        <Show when={answer.viewerCanEdit && editing() !== answer.id}>
                          <button class="link" onClick={() => void startEditingAnswer(answer)}>Edit</button>
                        </Show>
                        <span><A href={`/u/${answer.author.id}`}>{answer.author.displayName}</A> <RoleBadge role={answer.author.role} /> · {timeAgo(answer.createdAt)}</span>
                        <Show when={answer.editedAt}>
                          {(at) => (
                            <button class="link edited" aria-expanded={history() === answer.id} onClick={() => toggleHistory(answer.id)}>
                              edited {timeAgo(at())}
                            </button>
                          )}
                        </Show>
                        <Show when={state.topic.viewerCanAccept}>
                          <button class="link" onClick={() => act(() => (accepted() ? request(UnacceptMutation, { input: { topicId: state.topic.id } }) : request(AcceptMutation, { input: { answerId: answer.id } })))}>
                            {accepted() ? 'Unaccept' : 'Accept this answer'}
                          </button>
                        </Show>
                        <Show when={state.topic.viewerCanMarkOfficial}>
                          <button class="link" onClick={() => act(() => (official() ? request(UnofficialMutation, { input: { topicId: state.topic.id } }) : request(OfficialMutation, { input: { answerId: answer.id } })))}>
                            {official() ? 'Remove official mark' : 'Mark as official'}
                          </button>
                        </Show>
                        <Show when={state.topic.viewerCanModerate}>
                          <button class="link" onClick={() => hide({ answerId: answer.id }, !answer.isHidden)}>{answer.isHidden ? 'Unhide' : 'Hide'}</button>
                        </Show>
                        <Show when={answer.viewerCanFlag}>
                          <FlagControl answerId={answer.id} flagged={answer.viewerHasFlagged} />
                        </Show>
                      </div>
                      <Show when={history() === answer.id}>
                        <RevisionHistory postId={answer.id} />
                      </Show>
                    </div>
                  </li>
                );
              }}
            </For>
          </ol>
          <Show when={state.unseen.length > 0}>
            <button
              class="new-items-bar floating"
              onClick={() => {
                document.querySelector(`[data-answer-id="${state.unseen[0]}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                setState('unseen', []);
              }}
            >
              {state.unseen.length} new {state.unseen.length === 1 ? 'answer' : 'answers'} below ↓
            </button>
          </Show>
          <Show when={state.topic.status === 'RESOLVED' && viewer()?.id !== state.topic.author.id}>
            <SolvedPrompt topicId={state.topic.id} />
          </Show>
          <TypingIndicator topicId={state.topic.id} />
          <Show
            when={state.topic.viewerCanAnswer}
            fallback={
              <p class="muted">
                <Show when={state.topic.isLocked || state.topic.duplicateOf} fallback={<><A href={`/login?next=/t/${state.topic.id}`}>Log in</A> to answer.</>}>
                  {state.topic.duplicateOf ? 'This question is closed as a duplicate: answers go to the original.' : 'This topic is locked: it takes no new answers.'}
                </Show>
              </p>
            }
          >
            <AnswerForm
              topicId={state.topic.id}
              onPosted={(answer) => {
                if (!state.answers.some((a) => a.id === answer.id)) setState('answers', state.answers.length, answer);
              }}
            />
          </Show>
        </article>
      </Show>
    </Show>
  );
}
