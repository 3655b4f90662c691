import { A, createAsync, useLocation } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { ResendVerificationMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { getViewer } from '../lib/queries.js';

/** Until the address is confirmed, no email reaches the member: say so, once, above every page. */
export function VerifyBanner() {
  // Outside the page's error boundary: an unreachable API shows on the page, not here.
  const viewer = createAsync(() => getViewer().catch(() => null));
  const location = useLocation();
  const [note, setNote] = createSignal<string | null>(null);
  const [dismissed, setDismissed] = createSignal(false);
  const show = () => viewer()?.emailVerified === false && !dismissed() && !location.pathname.startsWith('/verify-email') && location.pathname !== '/settings';
  return (
    <Show when={show()}>
      <div class="verify-banner" role="status">
        <span>
          Confirm your address to get email about answers: we sent a link to <strong>{viewer()!.email}</strong>.{' '}
          <Show when={note()} fallback={
            <button
              class="link"
              onClick={async () => {
                try {
                  setNote(`Sent again to ${(await request(ResendVerificationMutation)).resendVerification.email}.`);
                } catch (e) {
                  setNote(e instanceof ApiError ? e.message : 'Could not send it. Try again later.');
                }
              }}
            >
              Send it again
            </button>
          }>
            {note()}
          </Show>{' '}
          <A href="/settings">Change address</A>
        </span>
        <button class="link" aria-label="Hide this message" onClick={() => setDismissed(true)}>✕</button>
      </div>
    </Show>
  );
}
