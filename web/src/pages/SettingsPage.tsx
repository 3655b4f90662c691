import { createAsync, revalidate, useAction, useSearchParams, useSubmission } from '@solidjs/router';
import { createSignal, For, Show, type JSX } from 'solid-js';
import { Avatar } from '../components/Avatar.jsx';
import { FormField } from '../components/FormField.jsx';
import { RoleGate } from '../components/RoleGate.jsx';
import { ChangeEmailMutation, ChangePasswordMutation, ResendVerificationMutation, SetNotificationPreferenceMutation, UpdateProfileMutation } from '../graphql/documents.js';
import type { EmailDelivery, NotificationKind, ViewerQuery } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { deliveryLabel, kindLabel } from '../lib/notification-kinds.js';
import { usePageTitle } from '../lib/page-title.js';
import { deleteAccount, getNotificationPreferences, getViewer } from '../lib/queries.js';
import { uploadImage } from '../lib/uploads.js';

type Viewer = NonNullable<ViewerQuery['viewer']>;
const ALL_ROLES = ['CUSTOMER', 'EXPERT', 'STAFF', 'ADMIN'] as const;

export default function SettingsPage() {
  return (
    <RoleGate allow={[...ALL_ROLES]}>
      <Settings />
    </RoleGate>
  );
}

/** A form section's state: what it says after a save, or the server's error. */
function useForm() {
  const [error, setError] = createSignal<ApiError | null>(null);
  const [saved, setSaved] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  const run = async (work: () => Promise<string>) => {
    setPending(true);
    setError(null);
    setSaved(null);
    try {
      setSaved(await work());
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ message: 'Something went wrong. Try again.' }));
      return false;
    } finally {
      setPending(false);
    }
  };
  const status = (fieldless = true): JSX.Element => (
    <>
      <Show when={error() && (!fieldless || Object.keys(error()!.fields).length === 0 || error()!.code !== 'BAD_USER_INPUT')}>
        <p class="form-error" role="alert">{error()!.message}</p>
      </Show>
      <Show when={saved()}><p class="form-saved" role="status">{saved()}</p></Show>
    </>
  );
  /** A form's submit handler: runs `work` with the form's fields, and empties the form when it succeeds (passwords do not linger). */
  const submit = (work: (data: FormData) => Promise<string>, options: { clear: boolean }) => (event: SubmitEvent & { currentTarget: HTMLFormElement }) => {
    event.preventDefault();
    const target = event.currentTarget;
    const data = new FormData(target);
    void run(() => work(data)).then((ok) => ok && options.clear && target.reset());
  };
  return { error, pending, run, submit, status, field: (name: string) => error()?.fields[name] };
}

function Settings() {
  usePageTitle(() => 'Settings');
  const viewer = createAsync(() => getViewer());
  const [search] = useSearchParams<{ reset?: string }>();
  return (
    <Show when={viewer()}>
      {(me) => (
        <div class="settings">
          <h1>Settings</h1>
          <Show when={search.reset}>
            <p class="form-saved" role="status">Your new password is saved, and every other device is signed out.</p>
          </Show>
          <ProfileSection me={me()} />
          <EmailSection me={me()} />
          <PasswordSection />
          <NotificationsSection />
          <DeleteSection />
        </div>
      )}
    </Show>
  );
}

function ProfileSection(props: { me: Viewer }) {
  const form = useForm();
  const [avatarUrl, setAvatarUrl] = createSignal(props.me.avatarUrl ?? null);
  const [uploading, setUploading] = createSignal(false);
  let fileInput: HTMLInputElement | undefined;
  return (
    <form
      class="card settings-section"
      aria-labelledby="profile-heading"
      onSubmit={form.submit(
        async (data) => {
          await request(UpdateProfileMutation, { input: { displayName: String(data.get('displayName')), avatarUrl: avatarUrl() } });
          await revalidate(getViewer.key);
          return 'Saved.';
        },
        { clear: false },
      )}
    >
      <h2 id="profile-heading">Profile</h2>
      <div class="avatar-row">
        <Avatar user={{ ...props.me, avatarUrl: avatarUrl() }} size={64} />
        <div class="avatar-actions">
          <input
            ref={fileInput}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif"
            class="visually-hidden"
            id="avatar-file"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (!file) return;
              setUploading(true);
              await form.run(async () => {
                setAvatarUrl((await uploadImage(file, 'avatar')).url);
                return 'Picture ready: save to use it.';
              });
              setUploading(false);
            }}
          />
          <button type="button" class="button ghost" onClick={() => fileInput?.click()} disabled={uploading()}>{uploading() ? 'Uploading…' : 'Choose a picture'}</button>
          <Show when={avatarUrl()}>
            <button type="button" class="link" onClick={() => setAvatarUrl(null)}>Use my initial instead</button>
          </Show>
        </div>
      </div>
      <FormField label="Name shown to others" name="displayName" autocomplete="nickname" value={props.me.displayName} maxLength={50} error={form.field('displayName')} />
      {form.status()}
      <button class="button" type="submit" disabled={form.pending()}>{form.pending() ? 'Saving…' : 'Save profile'}</button>
    </form>
  );
}

function EmailSection(props: { me: Viewer }) {
  const form = useForm();
  const resend = useForm();
  return (
    <form
      class="card settings-section"
      aria-labelledby="email-heading"
      onSubmit={form.submit(
        async (data) => {
          const { changeEmail } = await request(ChangeEmailMutation, { input: { email: String(data.get('email')), currentPassword: String(data.get('currentPassword')) } });
          return `We sent a link to ${changeEmail.pendingEmail}. Your address changes when you open it.`;
        },
        { clear: true },
      )}
    >
      <h2 id="email-heading">Email address</h2>
      <p>
        <strong>{props.me.email}</strong>{' '}
        <Show when={props.me.emailVerified} fallback={<span class="badge warn">not confirmed</span>}>
          <span class="badge ok">confirmed</span>
        </Show>
      </p>
      <Show when={!props.me.emailVerified}>
        <p class="muted">
          Confirm it to get email about answers.{' '}
          <button
            type="button"
            class="link"
            disabled={resend.pending()}
            onClick={() => void resend.run(async () => `Sent to ${(await request(ResendVerificationMutation)).resendVerification.email}.`)}
          >
            Send the link again
          </button>
        </p>
        {resend.status()}
      </Show>
      <FormField label="New address" name="email" type="email" autocomplete="email" error={form.field('email')} />
      <FormField label="Current password" name="currentPassword" type="password" autocomplete="current-password" error={form.field('currentPassword')} />
      {form.status()}
      <button class="button" type="submit" disabled={form.pending()}>{form.pending() ? 'Sending…' : 'Change address'}</button>
    </form>
  );
}

function PasswordSection() {
  const form = useForm();
  return (
    <form
      class="card settings-section"
      aria-labelledby="password-heading"
      onSubmit={form.submit(
        async (data) => {
          const { changePassword } = await request(ChangePasswordMutation, {
            input: { currentPassword: String(data.get('currentPassword')), newPassword: String(data.get('newPassword')) },
          });
          const n = changePassword.endedSessions;
          return `Password changed.${n > 0 ? ` ${n} other session${n === 1 ? '' : 's'} signed out.` : ''}`;
        },
        { clear: true },
      )}
    >
      <h2 id="password-heading">Password</h2>
      <FormField label="Current password" name="currentPassword" type="password" autocomplete="current-password" error={form.field('currentPassword')} />
      <FormField label="New password" name="newPassword" type="password" autocomplete="new-password" error={form.field('newPassword')} hint="At least 10 characters. Other devices will be signed out." />
      {form.status()}
      <button class="button" type="submit" disabled={form.pending()}>{form.pending() ? 'Saving…' : 'Change password'}</button>
    </form>
  );
}

function NotificationsSection() {
  const preferences = createAsync(() => getNotificationPreferences());
  const form = useForm();
  const save = (kind: NotificationKind, change: { enabled?: boolean; email?: EmailDelivery }) =>
    void form.run(async () => {
      await request(SetNotificationPreferenceMutation, { input: { kind, ...change } });
      await revalidate(getNotificationPreferences.key);
      return `Saved: ${kindLabel[kind]}.`;
    });
  return (
    <section class="card settings-section" id="notifications" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">Notifications</h2>
      <p class="muted">What shows in the bell, and what we email you. Emails go only to a confirmed address.</p>
      <div class="table-scroll" tabindex="0" role="region" aria-label="Notification choices">
        <table class="preferences">
          <thead>
            <tr><th scope="col">What</th><th scope="col">Bell</th><th scope="col">Email</th></tr>
          </thead>
          <tbody>
            <For each={preferences()}>
              {(p) => (
                <tr>
                  <th scope="row">{kindLabel[p.kind]}</th>
                  <td>
                    <input type="checkbox" aria-label={`${kindLabel[p.kind]} in the bell`} checked={p.enabled} onChange={(e) => save(p.kind, { enabled: e.currentTarget.checked })} />
                  </td>
                  <td>
                    <select aria-label={`${kindLabel[p.kind]} by email`} value={p.email} onChange={(e) => save(p.kind, { email: e.currentTarget.value as EmailDelivery })}>
                      <For each={Object.keys(deliveryLabel) as EmailDelivery[]}>{(mode) => <option value={mode}>{deliveryLabel[mode]}</option>}</For>
                    </select>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      {form.status()}
    </section>
  );
}

function DeleteSection() {
  const submission = useSubmission(deleteAccount);
  const remove = useAction(deleteAccount);
  const error = () => (submission.error instanceof ApiError ? submission.error : undefined);
  return (
    <section class="card settings-section danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete my account</h2>
      <p>Your questions and answers stay, so threads still make sense, shown as from “Deleted member”. Your name, address, picture, password and settings are removed. This cannot be undone.</p>
      <details>
        <summary>I want to delete my account</summary>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void remove(String(new FormData(event.currentTarget).get('password'))).catch(() => undefined);
          }}
        >
          <FormField label="Password" name="password" type="password" autocomplete="current-password" error={error()?.fields.password} />
          <Show when={error() && !error()!.fields.password}><p class="form-error" role="alert">{error()!.message}</p></Show>
          <button class="button danger" type="submit" disabled={submission.pending}>{submission.pending ? 'Deleting…' : 'Delete my account for good'}</button>
        </form>
      </details>
    </section>
  );
}
