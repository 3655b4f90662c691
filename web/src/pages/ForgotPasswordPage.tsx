import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { FormField } from '../components/FormField.jsx';
import { RequestPasswordResetMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { usePageTitle } from '../lib/page-title.js';

export default function ForgotPasswordPage() {
  usePageTitle(() => 'Reset your password');
  const [sentTo, setSentTo] = createSignal<string | null>(null);
  const [error, setError] = createSignal<ApiError | null>(null);
  const [pending, setPending] = createSignal(false);
  return (
    <Show
      when={!sentTo()}
      fallback={
        <section class="card auth-form" aria-live="polite">
          <h1>Check your email</h1>
          <p>If an account uses <strong>{sentTo()}</strong>, a link to choose a new password is on its way. It works once, for 60 minutes.</p>
          <p class="muted">Nothing there after a few minutes? Look in the spam folder, or <button class="link" onClick={() => setSentTo(null)}>try another address</button>.</p>
          <p><A href="/login">Back to log in</A></p>
        </section>
      }
    >
      <form
        class="card auth-form"
        onSubmit={async (event) => {
          event.preventDefault();
          const email = String(new FormData(event.currentTarget).get('email')).trim();
          setPending(true);
          setError(null);
          try {
            await request(RequestPasswordResetMutation, { input: { email } });
            setSentTo(email);
          } catch (e) {
            setError(e instanceof ApiError ? e : new ApiError({ message: 'Something went wrong. Try again.' }));
          } finally {
            setPending(false);
          }
        }}
      >
        <h1>Forgot your password?</h1>
        <p class="muted">Enter the address you signed up with, and we will email you a link to choose a new password.</p>
        <Show when={error() && !error()!.fields.email}>
          <p class="form-error" role="alert">{error()!.message}</p>
        </Show>
        <FormField label="Email" name="email" type="email" autocomplete="email" error={error()?.fields.email} />
        <button class="button" type="submit" disabled={pending()}>{pending() ? 'Sending…' : 'Email me a link'}</button>
        <p class="muted"><A href="/login">Back to log in</A></p>
      </form>
    </Show>
  );
}
