import type { EnqueuedTaskPromise, Index, Task } from 'meilisearch';

/**
 * Meilisearch reports a refused task (bad settings, a document it cannot take) as finished, not as
 * an error: waitTask resolves either way. Every write whose refusal must not pass unseen goes
 * through here.
 */
export class MeiliTaskFailed extends Error {
  constructor(readonly task: Task) {
    super(`Meilisearch refused ${task.type} on ${task.indexUid ?? 'the instance'}: ${task.error?.message ?? task.status}`);
  }
}

/** The finished task; a refused one is thrown. */
export async function completed(task: EnqueuedTaskPromise, timeout: number): Promise<Task> {
  const done = await task.waitTask({ timeout });
  if (done.status !== 'succeeded') throw new MeiliTaskFailed(done);
  return done;
}

export interface RefusedDocument {
  id: number;
  error: string;
}

/** Refused alone this many times in a row before any document was taken, the fault is not in the documents. */
const REFUSED_BEFORE_ANY_TAKEN = 3;

/**
 * Adds the documents. When Meilisearch refuses the batch, each is added alone, so that a document
 * it cannot take costs only itself; those it refuses alone are returned. When it takes none (the
 * first few refused alone too), the fault is not in the documents (settings, the index, its disk):
 * that is thrown, and the caller keeps them to try again.
 */
export async function addDocumentsEach(index: Index, documents: Array<{ id: number }>, timeout: number): Promise<RefusedDocument[]> {
  if (documents.length === 0) return [];
  const batch = await index.addDocuments(documents, { primaryKey: 'id' }).waitTask({ timeout });
  if (batch.status === 'succeeded') return [];
  if (documents.length === 1) throw new MeiliTaskFailed(batch);
  const refused: RefusedDocument[] = [];
  let taken = 0;
  for (const document of documents) {
    const alone = await index.addDocuments([document], { primaryKey: 'id' }).waitTask({ timeout });
    if (alone.status === 'succeeded') taken++;
    else {
      refused.push({ id: document.id, error: alone.error?.message ?? alone.status });
      if (taken === 0 && refused.length >= REFUSED_BEFORE_ANY_TAKEN) throw new MeiliTaskFailed(alone);
    }
  }
  if (taken === 0) throw new MeiliTaskFailed(batch);
  return refused;
}
