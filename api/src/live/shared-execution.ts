import {
  createSourceEventStream,
  execute,
  print,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';

const printed = new WeakMap<DocumentNode, string>();
const resultsByEvent = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();

/**
 * graphql-js executes a subscription's selection once per subscriber per event. The hub hands the
 * same event object to every stream, and event payloads are snapshots that do not depend on who
 * reads them, so subscribers with the same query, variables and role share one execution. With
 * thousands of readers on one topic this is the difference between one execution and thousands.
 * Anything viewer-specific added to live payloads must join the key below.
 */
export async function subscribeWithSharedExecution(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  let query = printed.get(args.document);
  if (query === undefined) printed.set(args.document, (query = print(args.document)));
  const { after: _after, ...variables } = (args.variableValues ?? {}) as Record<string, unknown>;
  const operationKey = `${args.operationName ?? ''}\n${JSON.stringify(variables)}\n${query}`;
  const iterator = source as AsyncIterableIterator<unknown>;

  const run = (event: unknown) => {
    if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>;
    // The role as it is now: an open socket's viewer changes with demotions and logouts (LiveSessions).
    const key = `${(args.contextValue as GraphQLContext).viewer?.role ?? 'visitor'}\n${operationKey}`;
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    let result = results.get(key);
    if (!result) results.set(key, (result = execute({ ...args, rootValue: event }) as ExecutionResult | Promise<ExecutionResult>));
    return result;
  };

  const shared: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await iterator.next();
      return step.done ? step : { done: false, value: await run(step.value) };
    },
    async return() {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await iterator.throw?.(error);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return shared;
    },
  };
  return shared;
}
