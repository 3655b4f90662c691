import { A, createAsync, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal, For, onMount, Show } from 'solid-js';
import { Composer } from '../components/Composer.jsx';
import { DraftStatus } from '../components/DraftStatus.jsx';
import { SimilarTopics } from '../components/SimilarTopics.jsx';
import { useDraft } from '../lib/drafts.js';
import { AskQuestionMutation } from '../graphql/documents.js';
import { ApiError, request } from '../lib/api.js';
import { getCategories, getViewer } from '../lib/queries.js';
import { sendSignal } from '../lib/signals.js';
import { usePageTitle } from '../lib/page-title.js';

export default function AskPage() {
  const viewer = createAsync(() => getViewer());
  usePageTitle(() => 'Ask a question');
  const [search] = useSearchParams<{ category?: string }>();
  const categories = createAsync(() => getCategories());
  const navigate = useNavigate();
  const [error, setError] = createSignal<ApiError | null>(null);
  const [pending, setPending] = createSignal(false);
  const [title, setTitle] = createSignal('');
  const [body, setBody] = createSignal('');
  const [categoryId, setCategoryId] = createSignal<string | null>(null);
  const [tags, setTags] = createSignal('');
  const tagList = () => tags().split(/[\s,]+/).filter(Boolean);
  // The question being written is kept on the server: a reload or another device finds it.
  const draft = useDraft({
    topicId: null,
    fields: () => ({ title: title(), body: body(), categoryId: categoryId(), tags: tagList() }),
    restore: (saved) => {
      setTitle(saved.title ?? '');
      setBody(saved.body);
      if (saved.categoryId) setCategoryId(saved.categoryId);
      setTags((saved.tags ?? []).join(' '));
    },
  });
  // One id per question being written: a double submit or a retry posts it once.
  const clientMutationId = crypto.randomUUID();
  // Opening the form is intent to ask: the visit counts toward deflection from here.
  onMount(() => sendSignal({ kind: 'ASK_OPENED' }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setPending(true);
    setError(null);
    try {
      const { askQuestion } = await request(AskQuestionMutation, {
        input: { clientMutationId, title: title(), body: body(), categoryId: String(data.get('categoryId')), tags: tagList() },
      });
      draft.posted();
      navigate(`/t/${askQuestion.topic.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ message: 'Could not post. Try again.' }));
    } finally {
      setPending(false);
    }
  };
  const fieldError = (name: string) => error()?.fields[name] ?? (name === 'tags' ? Object.entries(error()?.fields ?? {}).find(([k]) => k.startsWith('tags'))?.[1] : undefined);

  return (
    <Show when={viewer() !== undefined} fallback={<p class="muted">Loading…</p>}>
      <Show when={viewer()} fallback={<p class="empty"><A href="/login?next=/ask">Log in</A> or <A href="/signup">create an account</A> to ask a question. Search first: the answer may be there already.</p>}>
        <form class="card ask-form" onSubmit={(e) => void submit(e)}>
          <h1>Ask the community</h1>
          <Show when={error() && Object.keys(error()!.fields).length === 0}>
            <p class="form-error" role="alert">{error()!.message}</p>
          </Show>
          <div class="field">
            <label for="ask-title">Title</label>
            <input id="ask-title" name="title" maxlength={200} required value={title()} onInput={(e) => setTitle(e.currentTarget.value)} placeholder="What went wrong? e.g. Backup fails with error E1042 every night" aria-invalid={fieldError('title') ? 'true' : undefined} />
            <Show when={fieldError('title')}><small class="field-error">{fieldError('title')}</small></Show>
          </div>
          <SimilarTopics title={title} body={body} />
          <div class="field">
            <span class="field-label" aria-hidden="true">Details</span>
            <Composer id="ask-body" name="body" label="Details" value={body()} onInput={setBody} rows={8} placeholder="What did you try? Which version and system?" invalid={!!fieldError('body')} />
            <Show when={fieldError('body')}><small class="field-error">{fieldError('body')}</small></Show>
          </div>
          <div class="field">
            <label for="ask-category">Category</label>
            <select id="ask-category" name="categoryId" required onChange={(e) => setCategoryId(e.currentTarget.value)}>
              <For each={categories()}>{(c) => <option value={c.id} selected={categoryId() ? c.id === categoryId() : c.slug === search.category}>{c.name}</option>}</For>
            </select>
          </div>
          <div class="field">
            <label for="ask-tags">Tags</label>
            <input id="ask-tags" name="tags" placeholder="e.g. windows backup" value={tags()} onInput={(e) => setTags(e.currentTarget.value)} />
            <Show when={fieldError('tags')} fallback={<small class="muted">Up to 5, separated by spaces.</small>}>
              <small class="field-error">{fieldError('tags')}</small>
            </Show>
          </div>
          <div class="form-actions">
            <button class="button" type="submit" disabled={pending()}>{pending() ? 'Posting…' : 'Post your question'}</button>
            <DraftStatus status={draft.status()} onDiscard={async () => (await draft.discard(), setTitle(''), setBody(''), setTags(''))} />
          </div>
        </form>
      </Show>
    </Show>
  );
}
