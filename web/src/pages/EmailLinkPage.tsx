import { A, createAsync, useSearchParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { ConfirmEmailChangeMutation, VerifyEmailMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { usePageTitle } from '../lib/page-title.js';
import { getViewer } from '../lib/queries.js';
import { revalidate } from '@solidjs/router';

/** Where the links in verification and address-change emails lead: confirms as the page opens. */
export default function EmailLinkPage(props: { purpose: 'verify' | 'change' }) {
  usePageTitle(() => (props.purpose === 'verify' ? 'Confirm your address' : 'Confirm your new address'));
  const [search] = useSearchParams<{ token?: string }>();
  const viewer = createAsync(() => getViewer().catch(() => null));
  const [result] = createResource(
    () => search.token ?? '',
    async (token) => {
      if (!token) throw new ApiError({ message: 'This link is incomplete. Open it exactly as it was sent.' });
      if (props.purpose === 'verify') await request(VerifyEmailMutation, { input: { token } });
      else await request(ConfirmEmailChangeMutation, { input: { token } });
      await revalidate(getViewer.key);
      return true;
    },
  );
  return (
    <section class="card auth-form" aria-live="polite">
      <Switch>
        <Match when={result.loading}>
          <h1>Confirming…</h1>
        </Match>
        <Match when={result.error && props.purpose === 'verify' && viewer()?.emailVerified}>
          <h1>Your address is confirmed</h1>
          <p>This link was used already; nothing more to do.</p>
          <p><A class="button" href="/">Go to the forum</A></p>
        </Match>
        <Match when={result.error}>
          <h1>This link did not work</h1>
          <p class="form-error" role="alert">{(result.error as Error).message}</p>
          <p>
            {props.purpose === 'verify' ? 'Ask for a new link from the banner at the top of the page, or from ' : 'Ask for the change again in '}
            <A href="/settings">Settings</A>.
          </p>
        </Match>
        <Match when={result()}>
          <h1>{props.purpose === 'verify' ? 'Your address is confirmed' : 'Your address has changed'}</h1>
          <p>{props.purpose === 'verify' ? 'We will email you when someone answers your questions.' : 'Log in with the new address from now on.'}</p>
          <p><A class="button" href="/">Go to the forum</A> <A href="/settings#notifications">Choose what we email you</A></p>
        </Match>
      </Switch>
    </section>
  );
}
