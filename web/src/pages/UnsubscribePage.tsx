import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { NotificationKind } from '../graphql/generated/graphql.js';
import { UnsubscribeMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { kindLabel } from '../lib/notification-kinds.js';
import { usePageTitle } from '../lib/page-title.js';

/**
 * The footer link of every notification email. It asks first: mail scanners open every link in a
 * message, and a visit alone must not unsubscribe anyone. (Mail clients' one-click button POSTs
 * to the same address and needs no page.)
 */
export default function UnsubscribePage() {
  usePageTitle(() => 'Unsubscribe');
  const [search] = useSearchParams<{ token?: string }>();
  const [done, setDone] = createSignal<NotificationKind[] | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  const scope = () => search.token?.split('.')[1];
  const what = () => (scope() === 'all' ? 'all email notifications' : scope() === 'digest' ? 'the daily digest' : `emails about “${kindLabel[scope()?.toUpperCase() as NotificationKind] ?? 'these notifications'}”`);
  const unsubscribe = async () => {
    setPending(true);
    setError(null);
    try {
      setDone((await request(UnsubscribeMutation, { input: { token: search.token ?? '' } })).unsubscribe.kinds);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setPending(false);
    }
  };
  return (
    <section class="card auth-form" aria-live="polite">
      <Show
        when={done()}
        fallback={
          <>
            <h1>Unsubscribe</h1>
            <p>Stop {what()}?</p>
            <Show when={error()}><p class="form-error" role="alert">{error()}</p></Show>
            <button class="button" onClick={() => void unsubscribe()} disabled={pending() || !search.token}>{pending() ? 'Unsubscribing…' : 'Unsubscribe'}</button>
            <p class="muted">Or choose kind by kind in <A href="/settings#notifications">Settings</A>.</p>
          </>
        }
      >
        {(kinds) => (
          <>
            <h1>You are unsubscribed</h1>
            <Show when={kinds().length > 0} fallback={<p>There was nothing left to stop.</p>}>
              <p>We will no longer email you about:</p>
              <ul>
                <For each={kinds()}>{(kind) => <li>{kindLabel[kind]}</li>}</For>
              </ul>
            </Show>
            <p class="muted">The bell on the forum still shows them. Change your mind any time in <A href="/settings#notifications">Settings</A>.</p>
          </>
        )}
      </Show>
    </section>
  );
}
