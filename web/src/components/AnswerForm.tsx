import { createSignal, Show } from 'solid-js';
import { PostAnswerMutation, SendTypingMutation } from '../graphql/documents.js';
import type { PostAnswerMutation as PostAnswerResult } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { useDraft } from '../lib/drafts.js';
import { Composer } from './Composer.jsx';
import { DraftStatus } from './DraftStatus.jsx';

type PostedAnswer = PostAnswerResult['postAnswer']['answer'];

const TYPING_EVERY_MS = 2_000;

export function AnswerForm(props: { topicId: string; onPosted: (answer: PostedAnswer) => void }) {
  const [body, setBody] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  // One id per draft: a retry after a timeout cannot post the answer twice.
  let draftId = crypto.randomUUID();
  let lastTyping = 0;
  const draft = useDraft({ topicId: props.topicId, fields: () => ({ body: body() }), restore: (saved) => setBody(saved.body) });

  const onInput = (value: string) => {
    setBody(value);
    const now = Date.now();
    if (value.trim() && now - lastTyping > TYPING_EVERY_MS) {
      lastTyping = now;
      void request(SendTypingMutation, { input: { topicId: props.topicId } }).catch(() => undefined);
    }
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await request(PostAnswerMutation, { input: { topicId: props.topicId, body: body(), clientMutationId: draftId } });
      draft.posted();
      props.onPosted(result.postAnswer.answer);
      setBody('');
      draftId = crypto.randomUUID();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.body ?? e.message) : 'Could not post. Try again.');
    } finally {
      setPending(false);
    }
  };

  return (
    <form class="card answer-form" onSubmit={(e) => void submit(e)}>
      <strong id="answer-heading">Your answer</strong>
      <Composer id="answer-body" name="body" label="Your answer" value={body()} onInput={onInput} topicId={props.topicId} rows={6} placeholder="Markdown works: **bold**, `code`, lists, links. @name to mention." />
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <div class="form-actions">
        <button class="button" type="submit" disabled={pending() || !body().trim()}>{pending() ? 'Posting…' : 'Post answer'}</button>
        <DraftStatus status={draft.status()} onDiscard={async () => (await draft.discard(), setBody(''))} />
      </div>
    </form>
  );
}
