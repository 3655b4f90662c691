import { createSignal, Show } from 'solid-js';
import { ApiError } from '../lib/api.js';

/** A post's markdown in a textarea (and an optional title), saved through the given mutation. */
export function EditInPlace(props: {
  title?: string;
  body: string;
  save: (fields: { title?: string; body: string }) => Promise<unknown>;
  done: () => void;
}) {
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  let titleInput: HTMLInputElement | undefined;
  let bodyInput!: HTMLTextAreaElement;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await props.save({ title: titleInput?.value, body: bodyInput.value });
      props.done();
    } catch (e) {
      setError(e instanceof ApiError ? Object.values(e.fields)[0] ?? e.message : 'Could not save. Try again.');
    } finally {
      setPending(false);
    }
  };
  return (
    <form class="edit-in-place" onSubmit={(e) => void submit(e)}>
      <Show when={props.title !== undefined}>
        <input ref={titleInput} aria-label="Title" value={props.title} maxlength={200} />
      </Show>
      <textarea ref={bodyInput} aria-label="Markdown" rows={6} value={props.body} />
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <div class="edit-actions">
        <button class="button" type="submit" disabled={pending()}>{pending() ? 'Saving…' : 'Save'}</button>
        <button class="button ghost" type="button" onClick={() => props.done()}>Cancel</button>
      </div>
    </form>
  );
}
