import { revalidate } from '@solidjs/router';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { StaffFeedSubscription } from '../graphql/documents.js';
import type { TopicEventKind } from '../graphql/generated/graphql.js';
import { subscribeLive, type LiveStatus } from './live.js';

/**
 * Staff pages that show a server-side list (the queue, the flag queue) re-read it when the feed
 * says something changed: simpler and never wrong, where patching rows would re-implement the
 * server's ordering. Reads are batched: at most one per 500 ms. Follows the page's liveCursor.
 */
export function refetchOnFeed(options: {
  cursor: Accessor<string | undefined>;
  enabled: Accessor<boolean>;
  queryKey: string;
  /** Only these kinds matter; all when omitted. */
  kinds?: ReadonlySet<TopicEventKind>;
}): Accessor<LiveStatus> {
  const [status, setStatus] = createSignal<LiveStatus>('live');
  createEffect(
    on(options.cursor, (cursor) => {
      if (cursor === undefined || !options.enabled()) return;
      let pending: ReturnType<typeof setTimeout> | undefined;
      const stop = subscribeLive({
        document: StaffFeedSubscription,
        variables: (after) => ({ after }),
        after: cursor,
        pick: (result) => result.feed,
        cursorOf: (event) => (event.kind === 'RESYNC' ? null : event.cursor),
        onItem: (event) => {
          if (options.kinds && !options.kinds.has(event.kind)) return;
          // A timer already set covers this event too; a steady stream still gets a read every 500 ms.
          pending ??= setTimeout(() => {
            pending = undefined;
            void revalidate(options.queryKey);
          }, 500);
        },
        onStatus: setStatus,
      });
      onCleanup(() => {
        stop();
        clearTimeout(pending);
      });
    }),
  );
  return status;
}
