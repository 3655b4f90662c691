import { createSignal, Show } from 'solid-js';
import { FlagPostMutation } from '../graphql/documents.js';
import type { FlagReason } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';

const reasons: Array<{ value: FlagReason; label: string }> = [
  { value: 'SPAM', label: 'Spam or advertising' },
  { value: 'ABUSIVE', label: 'Rude or abusive' },
  { value: 'OFF_TOPIC', label: 'Off-topic' },
  { value: 'OTHER', label: 'Something else' },
];

/** "Flag" on a question or an answer: a reason (and a note), sent once; staff see it in their queue. */
export function FlagControl(props: { topicId?: string; answerId?: string; flagged: boolean }) {
  const [open, setOpen] = createSignal(false);
  const [flagged, setFlagged] = createSignal(props.flagged);
  const [reason, setReason] = createSignal<FlagReason>('SPAM');
  const [note, setNote] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const target = props.answerId ? { answerId: props.answerId } : { topicId: props.topicId };
      await request(FlagPostMutation, { input: { ...target, reason: reason(), note: note().trim() || null } });
      setFlagged(true);
      setOpen(false);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    }
  };
  return (
    <Show when={!flagged()} fallback={<span class="muted flagged" data-testid="flagged">Flagged for staff</span>}>
      <Show when={open()} fallback={<button class="link" onClick={() => setOpen(true)}>Flag</button>}>
        <form class="flag-form" onSubmit={submit} aria-label="Flag this post">
          <select value={reason()} onChange={(e) => setReason(e.currentTarget.value as FlagReason)} aria-label="Reason">
            {reasons.map((r) => <option value={r.value}>{r.label}</option>)}
          </select>
          <input type="text" maxLength={500} placeholder={reason() === 'OTHER' ? 'What is wrong? (required)' : 'Note for staff (optional)'} value={note()} onInput={(e) => setNote(e.currentTarget.value)} aria-label="Note" />
          <button class="button" type="submit">Send flag</button>
          <button class="link" type="button" onClick={() => setOpen(false)}>Cancel</button>
          <Show when={error()}>{(message) => <span class="form-error" role="alert">{message()}</span>}</Show>
        </form>
      </Show>
    </Show>
  );
}
