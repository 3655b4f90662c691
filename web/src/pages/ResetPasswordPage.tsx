import { A, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { FormField } from '../components/FormField.jsx';
import { ApiError } from '../lib/api.js';
import { resetPassword } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

export default function ResetPasswordPage() {
  usePageTitle(() => 'Choose a new password');
  const [search] = useSearchParams<{ token?: string }>();
  const submission = useSubmission(resetPassword);
  const submit = useAction(resetPassword);
  const error = () => (submission.error instanceof ApiError ? submission.error : undefined);
  const tokenProblem = () => error()?.fields.token;
  return (
    <Show
      when={search.token}
      fallback={
        <section class="card auth-form">
          <h1>This link is incomplete</h1>
          <p>Open the link from the email exactly as it was sent, or ask for a new one.</p>
          <A class="button" href="/forgot-password">Email me a new link</A>
        </section>
      }
    >
      <form
        class="card auth-form"
        onSubmit={(event) => {
          event.preventDefault();
          const password = String(new FormData(event.currentTarget).get('password'));
          void submit({ token: search.token!, password }).catch(() => undefined);
        }}
      >
        <h1>Choose a new password</h1>
        <Show when={tokenProblem()}>
          <p class="form-error" role="alert">
            {error()!.message} <A href="/forgot-password">Email me a new link</A>
          </p>
        </Show>
        <Show when={error() && !tokenProblem() && !error()!.fields.password}>
          <p class="form-error" role="alert">{error()!.message}</p>
        </Show>
        <FormField label="New password" name="password" type="password" autocomplete="new-password" error={error()?.fields.password} hint="At least 10 characters. Every other device will be signed out." />
        <button class="button" type="submit" disabled={submission.pending}>{submission.pending ? 'Saving…' : 'Save and log in'}</button>
      </form>
    </Show>
  );
}
