import { createAsync } from '@solidjs/router';
import { diffWords } from 'diff';
import { For, Show } from 'solid-js';
import { RevisionsQuery } from '../graphql/documents.js';
import type { RevisionFieldsFragment } from '../graphql/generated/graphql.js';
import { request } from '../lib/api.js';
import { timeAgo } from '../lib/time.js';

/** Word by word, as Stack Overflow shows an edit: removed words struck through, added ones marked. */
function Diff(props: { before: string; after: string }) {
  return (
    <span class="diff">
      <For each={diffWords(props.before, props.after)}>
        {(part) => (part.added ? <ins>{part.value}</ins> : part.removed ? <del>{part.value}</del> : <span>{part.value}</span>)}
      </For>
    </span>
  );
}

/** A question's or answer's revisions, newest first, each against the one before it. */
export default function RevisionHistory(props: { postId: string }) {
  const revisions = createAsync(async () => {
    const { node } = await request(RevisionsQuery, { id: props.postId });
    return node && 'revisions' in node ? (node.revisions as RevisionFieldsFragment[]) : [];
  });
  const changes = (revision: RevisionFieldsFragment, before: RevisionFieldsFragment | undefined) => {
    if (!before) return [];
    const list: Array<{ label: string; before: string; after: string }> = [];
    if ((revision.title ?? '') !== (before.title ?? '')) list.push({ label: 'Title', before: before.title ?? '', after: revision.title ?? '' });
    if (revision.body !== before.body) list.push({ label: 'Text', before: before.body, after: revision.body });
    if (revision.category?.name !== before.category?.name) list.push({ label: 'Category', before: before.category?.name ?? '', after: revision.category?.name ?? '' });
    const tags = (r: RevisionFieldsFragment) => (r.tags ?? []).join(' ');
    if (tags(revision) !== tags(before)) list.push({ label: 'Tags', before: tags(before), after: tags(revision) });
    return list;
  };
  return (
    <section class="revisions card" aria-label="Revision history" data-testid="revisions">
      <Show when={revisions()} fallback={<p class="muted">Loading the history…</p>}>
        {(list) => (
          <ol class="revision-list">
            <For each={list()}>
              {(revision, index) => (
                <li class="revision">
                  <p class="revision-head">
                    <strong>{index() === list().length - 1 ? 'Original' : `Revision ${list().length - index()}`}</strong> · {revision.editor.displayName} · {timeAgo(revision.createdAt)}
                  </p>
                  <For each={changes(revision, list()[index() + 1])} fallback={<Show when={index() === list().length - 1}><pre class="revision-body">{revision.body}</pre></Show>}>
                    {(change) => (
                      <div class="revision-change">
                        <span class="muted">{change.label}: </span>
                        <Diff before={change.before} after={change.after} />
                      </div>
                    )}
                  </For>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </section>
  );
}
