import type { Client } from 'graphql-ws';
import type { GraphQLClient, GraphQLResponse } from './graphql-client.js';

export const TOPIC_ACTIVITY = `subscription($topicId: ID!, $after: String) {
  topicActivity(topicId: $topicId, after: $after) {
    cursor kind occurredAt
    topic { id status isLocked answerCount meTooCount acceptedAnswerId officialAnswerId title }
    answer { id score bodyHtml isAccepted isOfficial author { displayName } }
    actor { displayName }
  }
}`;

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  /** Resolves once at least n items arrived (or fails after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<T[]>;
  close(): Promise<void>;
}

/** Subscribes over a real WebSocket and collects every payload's data[field]. */
export function collect<T = any>(user: GraphQLClient, query: string, variables: Record<string, unknown>, field: string, client?: Client): Collected<T> {
  const ws = client ?? user.webSocket();
  const items: T[] = [];
  const errors: unknown[] = [];
  let resolveDone: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const unsubscribe = ws.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (value: GraphQLResponse<Record<string, T>>) => {
        if (value.errors) errors.push(...value.errors);
        else if (value.data) items.push(value.data[field]!);
      },
      error: (error) => {
        errors.push(...(Array.isArray(error) ? error : [error]));
        resolveDone();
      },
      complete: () => resolveDone(),
    },
  );
  return {
    items,
    errors,
    async waitFor(n, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (items.length < n) {
        if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`timed out with ${items.length} of ${n} events`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return items;
    },
    async close() {
      unsubscribe();
      await Promise.race([done, new Promise((r) => setTimeout(r, 200))]);
      if (!client) await ws.dispose();
    },
  };
}

/** The error a subscription ends with (e.g. NOT_FOUND), or undefined if it delivered instead. */
export async function subscriptionError(user: GraphQLClient, query: string, variables: Record<string, unknown>): Promise<any> {
  const sub = collect(user, query, variables, 'x');
  const deadline = Date.now() + 5_000;
  while (!sub.errors.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  await sub.close();
  return sub.errors[0];
}
