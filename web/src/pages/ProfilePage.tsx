import { A, createAsync, revalidate, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { NotFound } from '../components/NotFound.jsx';
import { Avatar } from '../components/Avatar.jsx';
import { RoleBadge } from '../components/RoleBadge.jsx';
import { SetExpertMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { getProfile } from '../lib/queries.js';
import { timeAgo } from '../lib/time.js';
import { usePageTitle } from '../lib/page-title.js';

const reasonText: Record<string, string> = {
  ANSWER_VOTED: 'vote on an answer',
  ANSWER_ACCEPTED: 'answer accepted',
  ANSWER_OFFICIAL: 'answer marked official',
  QUESTION_ME_TOO: '"me too" on a question',
  EXPERT_GRANTED: 'made an expert by staff',
  EXPERT_REVOKED: 'expert status revoked by staff',
};

/** A member's profile: reputation, answers, accepted count, reputation history; staff grant or revoke expert status. */
export default function ProfilePage() {
  const params = useParams<{ id: string }>();
  const data = createAsync(() => getProfile(params.id));
  usePageTitle(() => data()?.userProfile?.user.displayName);
  const [error, setError] = createSignal<string | null>(null);
  const staff = () => data()?.viewer?.role === 'STAFF' || data()?.viewer?.role === 'ADMIN';
  const setExpert = async (expert: boolean) => {
    setError(null);
    try {
      await request(SetExpertMutation, { input: { userId: params.id, expert } });
      await revalidate(getProfile.keyFor(params.id));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };
  return (
    <Show when={data() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Show when={data()?.userProfile} fallback={<NotFound title="No such member" message="There is no member at this address." />}>
        {(profile) => (
          <section class="profile">
            <h1 class="profile-name">
              <Avatar user={profile().user} size={56} /> {profile().user.displayName} <RoleBadge role={profile().user.role} />
            </h1>
            <p class="profile-figures" data-testid="profile-figures">
              <strong>{profile().user.reputation}</strong> reputation · {profile().answerCount} answers · {profile().acceptedCount} accepted · {profile().questionCount} questions · member since {timeAgo(profile().user.createdAt)}
            </p>
            <Show when={staff() && (profile().user.role === 'CUSTOMER' || profile().user.role === 'EXPERT')}>
              <button class="button ghost" onClick={() => void setExpert(profile().user.role !== 'EXPERT')}>
                {profile().user.role === 'EXPERT' ? 'Revoke expert status' : 'Make expert'}
              </button>
            </Show>
            <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
            <h2>Recent answers</h2>
            <ul class="profile-list">
              <For each={profile().recentAnswers} fallback={<li class="muted">No answers yet.</li>}>
                {(a) => (
                  <li>
                    <span class="badge">{a.score}</span> <Show when={a.topic} fallback="(hidden question)">{(topic) => <A href={`/t/${topic().id}`}>{topic().title}</A>}</Show>
                    <span class="muted"> · {timeAgo(a.createdAt)}</span>
                  </li>
                )}
              </For>
            </ul>
            <h2>Reputation history</h2>
            <ul class="profile-list" data-testid="reputation-history">
              <For each={profile().reputationHistory} fallback={<li class="muted">Nothing yet.</li>}>
                {(change) => (
                  <li>
                    <strong class={change.points < 0 ? 'negative' : ''}>{change.points > 0 ? `+${change.points}` : change.points}</strong> {reasonText[change.reason]}
                    <Show when={change.topic}>{(topic) => <> · <A href={`/t/${topic().id}`}>{topic().title}</A></>}</Show>
                    <span class="muted"> · {timeAgo(change.createdAt)}</span>
                  </li>
                )}
              </For>
            </ul>
          </section>
        )}
      </Show>
    </Show>
  );
}
