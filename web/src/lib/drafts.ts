import { createEffect, createSignal, on, onCleanup, onMount, type Accessor } from 'solid-js';
import { DiscardDraftMutation, DraftQuery, SaveDraftMutation } from '../graphql/documents.js';
import type { DraftQuery as DraftResult } from '../graphql/generated/graphql.js';
import { request } from './api.js';

export type SavedDraft = NonNullable<DraftResult['draft']>;
export interface DraftFields {
  title?: string | null;
  body: string;
  categoryId?: string | null;
  tags?: string[] | null;
}

const SAVE_AFTER_MS = 1_000;

/**
 * Keeps what is being written in a server-side draft: restored on open (a reload, another device),
 * saved a second after typing stops and when the page is left, discarded by the server on posting.
 */
export function useDraft(options: { topicId: string | null; fields: Accessor<DraftFields>; restore: (draft: SavedDraft) => void }) {
  const [status, setStatus] = createSignal<'idle' | 'saving' | 'saved' | 'error'>('idle');
  let loaded = false;
  let lastSaved = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  onMount(async () => {
    const found = await request(DraftQuery, { topicId: options.topicId }).catch(() => null);
    if (found?.draft) {
      options.restore(found.draft);
      lastSaved = JSON.stringify(options.fields());
      setStatus('saved');
    }
    loaded = true;
  });

  const save = async () => {
    const fields = options.fields();
    const snapshot = JSON.stringify(fields);
    if (!loaded || snapshot === lastSaved) return;
    if (!fields.body.trim() && !fields.title?.trim()) return;
    setStatus('saving');
    try {
      await request(SaveDraftMutation, { input: { topicId: options.topicId, ...fields } });
      lastSaved = snapshot;
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };
  createEffect(
    on(options.fields, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    }, { defer: true }),
  );
  onCleanup(() => {
    clearTimeout(timer);
    void save();
  });

  return {
    status,
    /** After posting: the server already discarded it; nothing left to save. */
    posted: () => {
      clearTimeout(timer);
      lastSaved = JSON.stringify(options.fields());
      setStatus('idle');
    },
    discard: async () => {
      clearTimeout(timer);
      await request(DiscardDraftMutation, { input: { topicId: options.topicId } }).catch(() => null);
      setStatus('idle');
    },
  };
}
