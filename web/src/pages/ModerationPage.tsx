import { A, createAsync, revalidate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { DismissFlagsMutation, SetPostHiddenMutation } from '../graphql/documents.js';
import type { ModerationQuery } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { getModeration, getViewer } from '../lib/queries.js';
import { refetchOnFeed } from '../lib/staff-feed.js';
import { timeAgo } from '../lib/time.js';
import { RoleGate, STAFF_ROLES } from '../components/RoleGate.jsx';
import { usePageTitle } from '../lib/page-title.js';

type Post = ModerationQuery['flagQueue']['items'][number];

const reasonLabel: Record<string, string> = { SPAM: 'Spam', ABUSIVE: 'Abusive', OFF_TOPIC: 'Off-topic', OTHER: 'Other' };

/** Staff: posts people flagged (oldest first), hide or dismiss each, and the audit log of every moderation action. */
export default function ModerationPage() {
  return (
    <RoleGate allow={STAFF_ROLES}>
      <Moderation />
    </RoleGate>
  );
}

function Moderation() {
  const viewer = createAsync(() => getViewer());
  usePageTitle(() => 'Moderation');
  const data = createAsync(() => getModeration());
  const [error, setError] = createSignal<string | null>(null);
  const staff = () => viewer()?.role === 'STAFF' || viewer()?.role === 'ADMIN';
  // New flags, dismissals, hidden posts and topic changes (lock, move, duplicate) show without a reload.
  const status = refetchOnFeed({
    cursor: () => data()?.flagQueue.liveCursor,
    enabled: staff,
    queryKey: getModeration.key,
    kinds: new Set(['POST_FLAGGED', 'FLAGS_DISMISSED', 'TOPIC_HIDDEN', 'TOPIC_UNHIDDEN', 'ANSWER_HIDDEN', 'ANSWER_UNHIDDEN', 'TOPIC_UPDATED']),
  });
  const target = (post: Post) => (post.answer ? { answerId: post.answer.id } : { topicId: post.topic.id });
  const act = async (run: () => Promise<unknown>) => {
    setError(null);
    try {
      await run();
      await revalidate(getModeration.key);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };
  return (
        <section class="moderation">
          <h1>Moderation</h1>
          <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
          <h2>
            Flagged posts <span class="muted" data-testid="flag-count">{data()?.flagQueue.totalCount ?? ''}</span>
            <Show when={status() === 'reconnecting'}><span class="muted"> · reconnecting…</span></Show>
          </h2>
          <Show when={(data()?.flagQueue.totalCount ?? 0) > (data()?.flagQueue.items.length ?? 0)}>
            <p class="muted">Showing the oldest {data()?.flagQueue.items.length}; the rest follow as these are handled.</p>
          </Show>
          <ol class="flag-queue">
            <For each={data()?.flagQueue.items} fallback={<li class="empty">Nothing flagged. The community is behaving.</li>}>
              {(post) => (
                <li class="flagged-post" data-testid="flagged-post">
                  <div>
                    <strong>{post.answer ? 'Answer' : 'Question'}</strong> in <A href={`/t/${post.topic.id}`}>{post.topic.title}</A>
                    <span class="muted"> · first flagged {timeAgo(post.firstFlaggedAt)}</span>
                  </div>
                  <Show when={post.answer}>{(answer) => <div class="post-body excerpt" innerHTML={answer().bodyHtml} />}</Show>
                  <ul class="flag-reasons">
                    <For each={post.flags}>
                      {(flag) => (
                        <li>
                          <span class="badge">{reasonLabel[flag.reason]}</span> {flag.note ?? ''} <span class="muted">— {flag.reporter?.displayName}, {timeAgo(flag.createdAt)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                  <div class="row-actions">
                    <button class="button" onClick={() => act(() => request(SetPostHiddenMutation, { input: { ...target(post), hidden: true, reason: post.flags.map((f) => reasonLabel[f.reason]).join(', ') } }))}>
                      Hide {post.answer ? 'answer' : 'question'}
                    </button>
                    <button class="button ghost" onClick={() => act(() => request(DismissFlagsMutation, { input: target(post) }))}>Dismiss flags</button>
                  </div>
                </li>
              )}
            </For>
          </ol>
          <h2>Audit log</h2>
          <table class="audit-log">
            <thead>
              <tr><th>When</th><th>Who</th><th>Action</th><th>Topic</th><th>Why</th></tr>
            </thead>
            <tbody>
              <For each={data()?.moderationLog} fallback={<tr><td colSpan={5} class="empty">No moderation yet.</td></tr>}>
                {(entry) => (
                  <tr data-testid="audit-entry">
                    <td>{timeAgo(entry.createdAt)}</td>
                    <td>{entry.actor.displayName}</td>
                    <td>{entry.action.replace(/_/g, ' ')}</td>
                    <td><Show when={entry.topic} fallback="–">{(topic) => <A href={`/t/${topic().id}`}>{topic().title}</A>}</Show></td>
                    <td>{entry.reason ?? ''}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
  );
}
