import { A } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { ApiError } from '../lib/api.js';
import { usePageTitle } from '../lib/page-title.js';
import { NotFound } from './NotFound.jsx';
import { SignInNeeded, StaffOnly } from './RoleGate.jsx';

function SomethingWentWrong(props: { error: unknown; retry: () => void }) {
  usePageTitle(() => 'Something went wrong');
  return (
    <section class="dead-end" role="alert">
      <h1>Something went wrong</h1>
      <p class="muted">{props.error instanceof ApiError ? props.error.message : 'The page could not load. Check your connection.'}</p>
      <p>
        <button class="button" onClick={() => props.retry()}>Try again</button> <A href="/">Back to all questions</A>
      </p>
    </section>
  );
}

/** What a page shows when its data could not be had: never an endless "Loading…". */
export function ErrorState(props: { error: unknown; retry: () => void }) {
  const code = () => (props.error instanceof ApiError ? props.error.code : 'NETWORK');
  return (
    <Switch fallback={<SomethingWentWrong error={props.error} retry={props.retry} />}>
      {/* A malformed or unknown id in the address is a page that does not exist. */}
      <Match when={code() === 'BAD_USER_INPUT' || code() === 'NOT_FOUND'}>
        <NotFound />
      </Match>
      <Match when={code() === 'UNAUTHENTICATED'}>
        <SignInNeeded />
      </Match>
      <Match when={code() === 'FORBIDDEN'}>
        <StaffOnly />
      </Match>
    </Switch>
  );
}
