import { createSignal, For, Show } from 'solid-js';
import { RemovePhrasingMutation } from '../graphql/documents.js';
import type { PhrasingFieldsFragment } from '../graphql/generated/graphql.js';
import { ApiError, request } from '../lib/api.js';

/**
 * Staff: the other wordings this thread is found by ("also asked as"), learned from duplicates and
 * from suggestions that solved a member's problem. A wrong one can be removed.
 */
export function AlternatePhrasings(props: { topicId: string; phrasings: PhrasingFieldsFragment[]; onChange: (phrasings: PhrasingFieldsFragment[]) => void }) {
  const [error, setError] = createSignal<string | null>(null);
  const [removing, setRemoving] = createSignal<string | null>(null);
  const remove = async (phrasingId: string) => {
    setError(null);
    setRemoving(phrasingId);
    try {
      const { removePhrasing } = await request(RemovePhrasingMutation, { input: { phrasingId } });
      props.onChange(removePhrasing.topic.alternatePhrasings ?? []);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not remove it. Try again.');
    } finally {
      setRemoving(null);
    }
  };
  return (
    <Show when={props.phrasings.length > 0}>
      <details class="card phrasings" data-testid="alternate-phrasings">
        <summary>Also asked as ({props.phrasings.length}) <span class="muted">· staff only</span></summary>
        <p class="muted">Search and suggestions find this thread by these wordings too.</p>
        <ul>
          <For each={props.phrasings}>
            {(phrasing) => (
              <li>
                <span class="phrasing-text">“{phrasing.text}”</span>{' '}
                <span class="muted">
                  {phrasing.source === 'DUPLICATE' ? (
                    <Show when={phrasing.sourceTopic} fallback="from a duplicate">
                      {(source) => <>from <a href={`/t/${source().id}`}>a duplicate</a></>}
                    </Show>
                  ) : (
                    'a member whose problem this solved'
                  )}
                </span>{' '}
                <button class="button ghost small" disabled={removing() === phrasing.id} onClick={() => void remove(phrasing.id)} aria-label={`Remove the wording “${phrasing.text}”`}>
                  Remove
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      </details>
    </Show>
  );
}
