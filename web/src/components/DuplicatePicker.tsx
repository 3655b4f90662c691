import { createAsync } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { CloseAsDuplicateMutation, DuplicateCandidatesQuery } from '../graphql/documents.js';
import type { DuplicateCandidatesQuery as Candidates } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';
import { createDebounced } from '../lib/debounce.js';
import { StatusBadge } from './StatusBadge.jsx';

type Candidate = Candidates['search']['edges'][number]['node']['topic'];

/** A thread address (…/t/<id>) or a bare id, pasted instead of searched for. */
const pastedId = (text: string) => /(?:^|\/t\/)([A-Za-z0-9_-]{6,})\/?(?:[?#].*)?$/.exec(text.trim())?.[1] ?? null;

/**
 * Staff close a question as a duplicate by finding the original as they type (it starts with this
 * question's own title), or by pasting its link. Arrow keys move through the list, Enter picks.
 */
export function DuplicatePicker(props: { topicId: string; title: string; onClosed: () => void; onCancel: () => void }) {
  const [typed, setTyped] = createSignal(props.title);
  const [picked, setPicked] = createSignal<Candidate | null>(null);
  const [active, setActive] = createSignal(0);
  const [error, setError] = createSignal<string | null>(null);
  const [pending, setPending] = createSignal(false);
  const settled = createDebounced(typed, 250);
  const candidates = createAsync(async () => {
    const q = settled().trim();
    if (q.length < 2 || pastedId(q)) return [];
    const found = await request(DuplicateCandidatesQuery, { query: q.slice(0, 200) }).catch(() => null);
    return (found?.search.edges ?? []).map((e) => e.node.topic).filter((topic) => topic.id !== props.topicId);
  });
  const originalId = () => picked()?.id ?? pastedId(typed());

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const id = originalId();
    if (!id) return setError('Pick the original question from the list, or paste its link.');
    setPending(true);
    setError(null);
    try {
      const reason = String(new FormData(event.currentTarget as HTMLFormElement).get('reason') ?? '').trim();
      await request(CloseAsDuplicateMutation, { input: { topicId: props.topicId, originalId: id, reason: reason || null } });
      props.onClosed();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    } finally {
      setPending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = candidates() ?? [];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.length) setActive((active() + (event.key === 'ArrowDown' ? 1 : list.length - 1)) % list.length);
    } else if (event.key === 'Enter' && !picked() && list[active()]) {
      event.preventDefault();
      setPicked(list[active()]!);
    } else if (event.key === 'Escape') props.onCancel();
  };

  return (
    <form class="duplicate-form card" onSubmit={(e) => void submit(e)} aria-label="Close as duplicate">
      <Show
        when={picked()}
        fallback={
          <>
            <label for="duplicate-search"><strong>Original question</strong></label>
            <input
              id="duplicate-search"
              role="combobox"
              aria-expanded={(candidates()?.length ?? 0) > 0}
              aria-controls="duplicate-candidates"
              aria-activedescendant={candidates()?.length ? `duplicate-candidate-${active()}` : undefined}
              autocomplete="off"
              value={typed()}
              placeholder="Search by title, or paste its link"
              onInput={(e) => (setTyped(e.currentTarget.value), setActive(0))}
              onKeyDown={onKeyDown}
            />
            <ul class="picker-list" id="duplicate-candidates" role="listbox" aria-label="Matching questions">
              <For each={candidates()}>
                {(candidate, index) => (
                  <li
                    id={`duplicate-candidate-${index()}`}
                    role="option"
                    aria-selected={index() === active()}
                    classList={{ active: index() === active() }}
                    onClick={() => setPicked(candidate)}
                  >
                    <span class="picker-title">{candidate.title}</span>
                    <span class="muted picker-meta"><StatusBadge status={candidate.status} /> {candidate.category.name} · {candidate.answerCount} {candidate.answerCount === 1 ? 'answer' : 'answers'}</span>
                  </li>
                )}
              </For>
            </ul>
          </>
        }
      >
        {(original) => (
          <p class="picked" data-testid="picked-original">
            Duplicate of <strong>{original().title}</strong>{' '}
            <button type="button" class="link" onClick={() => setPicked(null)}>Change</button>
          </p>
        )}
      </Show>
      <input name="reason" maxLength={500} placeholder="Why (for the audit log)" aria-label="Reason" />
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <div class="edit-actions">
        <button class="button" type="submit" disabled={pending() || !originalId()}>{pending() ? 'Closing…' : 'Close as duplicate'}</button>
        <button class="button ghost" type="button" onClick={() => props.onCancel()}>Cancel</button>
      </div>
    </form>
  );
}
