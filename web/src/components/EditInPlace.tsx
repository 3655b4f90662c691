import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { ApiError } from '../lib/api.js';
import { getCategories } from '../lib/queries.js';
import { Composer } from './Composer.jsx';

export interface EditedFields {
  title?: string;
  body: string;
  categoryId?: string;
  tags?: string[];
}

/**
 * A post's markdown in a textarea, saved through the given mutation. A question also offers its
 * title, category and tags (askers and staff may change them).
 */
export function EditInPlace(props: {
  /** For the editor's ids and @mention ranking. */
  postId: string;
  topicId: string;
  title?: string;
  body: string;
  categoryId?: string;
  tags?: string[];
  save: (fields: EditedFields) => Promise<unknown>;
  done: () => void;
}) {
  const [body, setBody] = createSignal(props.body);
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  const categories = createAsync(() => (props.categoryId === undefined ? Promise.resolve([]) : getCategories()));
  let form!: HTMLFormElement;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    const data = new FormData(form);
    const text = (name: string) => (data.has(name) ? String(data.get(name)) : undefined);
    try {
      await props.save({
        title: text('title'),
        body: body(),
        categoryId: text('categoryId'),
        tags: data.has('tags') ? String(data.get('tags')).split(/[\s,]+/).filter(Boolean) : undefined,
      });
      props.done();
    } catch (e) {
      setError(e instanceof ApiError ? Object.values(e.fields)[0] ?? e.message : 'Could not save. Try again.');
    } finally {
      setPending(false);
    }
  };
  return (
    <form ref={form} class="edit-in-place" onSubmit={(e) => void submit(e)}>
      <Show when={props.title !== undefined}>
        <input name="title" aria-label="Title" value={props.title} maxlength={200} />
      </Show>
      <Composer id={`edit-${props.postId}`} name="body" label="Markdown" value={body()} onInput={setBody} topicId={props.topicId} rows={6} />
      <Show when={props.categoryId !== undefined}>
        <div class="edit-row">
          <label>
            Category
            <select name="categoryId" value={props.categoryId}>
              <For each={categories()}>{(c) => <option value={c.id} selected={c.id === props.categoryId}>{c.name}</option>}</For>
            </select>
          </label>
          <label>
            Tags
            <input name="tags" value={(props.tags ?? []).join(' ')} placeholder="up to 5, separated by spaces" />
          </label>
        </div>
      </Show>
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <div class="edit-actions">
        <button class="button" type="submit" disabled={pending()}>{pending() ? 'Saving…' : 'Save'}</button>
        <button class="button ghost" type="button" onClick={() => props.done()}>Cancel</button>
      </div>
    </form>
  );
}
