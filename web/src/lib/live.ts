import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../graphql/generated/graphql.js';

let client: Client | null = null;

function webSocket(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    // Reconnection is ours (below): each stream resumes from its own last cursor, not from where it began.
    retryAttempts: 0,
    keepAlive: 15_000,
  });
  return client;
}

/** After logging in or out: the socket authenticated with the old cookie, so open a new one. */
export function resetLiveConnection(): void {
  client?.dispose();
  client = null;
}

export type LiveStatus = 'live' | 'reconnecting';

export interface LiveOptions<Result, Variables, Item> {
  document: TypedDocumentString<Result, Variables>;
  variables: (after: string | null) => Variables;
  /** The cursor the page was rendered at, so nothing between render and subscribe is missed. */
  after: string | null;
  pick: (result: Result) => Item;
  cursorOf?: (item: Item) => string | null;
  onItem: (item: Item) => void;
  onStatus?: (status: LiveStatus) => void;
}

/**
 * A subscription that survives dropped connections: it resubscribes with the last cursor it
 * received, so the server replays exactly what was missed (no gap, no duplicate).
 */
export function subscribeLive<Result, Variables, Item>(options: LiveOptions<Result, Variables, Item>): () => void {
  let after = options.after;
  let stopped = false;
  let unsubscribe = () => {};
  let delay = 500;
  const query = options.document.toString();

  const retry = () => {
    if (stopped) return;
    options.onStatus?.('reconnecting');
    resetLiveConnection();
    setTimeout(start, delay);
    delay = Math.min(delay * 2, 10_000);
  };

  function start() {
    if (stopped) return;
    unsubscribe = webSocket().subscribe<Result>(
      { query, variables: options.variables(after) as Record<string, unknown> },
      {
        next: (value) => {
          if (!value.data) return;
          delay = 500;
          options.onStatus?.('live');
          const item = options.pick(value.data as Result);
          after = options.cursorOf?.(item) ?? after;
          options.onItem(item);
        },
        error: retry,
        complete: retry,
      },
    );
    options.onStatus?.('live');
  }

  start();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
