import { A, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { FormField } from '../components/FormField.jsx';
import { ApiError } from '../lib/api.js';
import { logIn } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

export default function LoginPage() {
  const [search] = useSearchParams<{ next?: string }>();
  usePageTitle(() => 'Log in');
  const submission = useSubmission(logIn);
  const submit = useAction(logIn);
  const error = () => (submission.error instanceof ApiError ? submission.error : undefined);
  return (
    <form
      class="card auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void submit({ email: String(data.get('email')), password: String(data.get('password')), next: search.next ?? '/' }).catch(() => undefined);
      }}
    >
      <h1>Log in</h1>
      <Show when={error()}>{(e) => <p class="form-error" role="alert">{e().message}</p>}</Show>
      <FormField label="Email" name="email" type="email" autocomplete="email" />
      <FormField label="Password" name="password" type="password" autocomplete="current-password" />
      <p class="forgot"><A href="/forgot-password">Forgot your password?</A></p>
      <button class="button" type="submit" disabled={submission.pending}>{submission.pending ? 'Logging in…' : 'Log in'}</button>
      <p class="muted">New here? <A href="/signup">Create an account</A></p>
    </form>
  );
}
