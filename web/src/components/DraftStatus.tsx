import { Show } from 'solid-js';

/** "Draft saved" beside a form's submit button, with a way to throw the draft away. */
export function DraftStatus(props: { status: 'idle' | 'saving' | 'saved' | 'error'; onDiscard: () => void }) {
  return (
    <span class="draft-status muted" role="status" data-testid="draft-status">
      <Show when={props.status === 'saving'}>Saving draft…</Show>
      <Show when={props.status === 'saved'}>
        Draft saved · <button type="button" class="link" onClick={() => props.onDiscard()}>Discard</button>
      </Show>
      <Show when={props.status === 'error'}>Draft not saved (offline?)</Show>
    </span>
  );
}
