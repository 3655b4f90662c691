import { A, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { Show } from 'solid-js';
import { FormField } from '../components/FormField.jsx';
import { ApiError } from '../lib/api.js';
import { signUp } from '../lib/queries.js';
import { usePageTitle } from '../lib/page-title.js';

export default function SignUpPage() {
  const [search] = useSearchParams<{ next?: string }>();
  usePageTitle(() => 'Sign up');
  const submission = useSubmission(signUp);
  const submit = useAction(signUp);
  const error = () => (submission.error instanceof ApiError ? submission.error : undefined);
  const fieldError = (name: string) => error()?.fields[name];
  return (
    <form
      class="card auth-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        void submit({
          email: String(data.get('email')),
          password: String(data.get('password')),
          displayName: String(data.get('displayName')),
          next: search.next ?? '/',
        }).catch(() => undefined);
      }}
    >
      <h1>Create your account</h1>
      <Show when={error() && Object.keys(error()!.fields).length === 0}>
        <p class="form-error" role="alert">{error()!.message}</p>
      </Show>
      <FormField label="Name shown to others" name="displayName" autocomplete="nickname" error={fieldError('displayName')} />
      <FormField label="Email" name="email" type="email" autocomplete="email" error={fieldError('email')} />
      <FormField label="Password" name="password" type="password" autocomplete="new-password" error={fieldError('password')} hint="At least 10 characters." />
      <button class="button" type="submit" disabled={submission.pending}>{submission.pending ? 'Creating…' : 'Sign up'}</button>
      <p class="muted">Already have an account? <A href="/login">Log in</A></p>
    </form>
  );
}
