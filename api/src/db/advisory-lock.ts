import pg from 'pg';

/** Keys of session-level advisory locks: any numbers in the database's shared 64-bit space, fixed forever. */
export const LOCKS = { digest: 7_310_482_001, searchRebuild: 7_310_482_002 } as const;

/**
 * Runs `work` while holding a PostgreSQL session-level advisory lock, on a connection of its own so
 * a process that dies mid-work frees it at once (a transaction-level lock would hold one
 * transaction open for minutes). Waits for the lock, asking every second, until `signal` aborts.
 */
export function withSessionLock<T>(databaseUrl: string, key: number, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  return holding(databaseUrl, key, true, work, signal) as Promise<T>;
}

/** As withSessionLock, but gives up at once: null when another session holds the lock. */
export function ifSessionLockFree<T>(databaseUrl: string, key: number, work: () => Promise<T>): Promise<T | null> {
  return holding(databaseUrl, key, false, work);
}

async function holding<T>(databaseUrl: string, key: number, wait: boolean, work: () => Promise<T>, signal?: AbortSignal): Promise<T | null> {
  const lock = new pg.Client({ connectionString: databaseUrl, application_name: 'commons-lock' });
  await lock.connect();
  try {
    for (;;) {
      signal?.throwIfAborted();
      const { rows } = await lock.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [key]);
      if (rows[0]!.locked) break;
      if (!wait) return null;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    try {
      return await work();
    } finally {
      await lock.query('select pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await lock.end();
  }
}
