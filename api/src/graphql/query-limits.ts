import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import {
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import pLimit from 'p-limit';
import { isStaff } from '../accounts/user.entity.js';
import { limitKey, type RateLimiter } from '../rate-limit.js';
import type { GraphQLContext } from './context.js';
import { depthLimit } from './depth-limit.js';
import { MAX_PAGE_SIZE } from './pagination.js';

/**
 * What one GraphQL operation may ask of the server, decided before it runs. The cost budget is
 * what the web app's heaviest page needs with room to spare (test/security/query-cost.test.ts
 * prices every document it sends); a topic with 100 answers, each with its topic's 100 answers,
 * costs hundreds of thousands.
 */
export const QUERY_LIMITS = {
  depth: 12,
  tokens: 3_000,
  aliases: 15,
  cost: 10_000,
  /** Fields stop resolving after this; the database has its own statement timeout. */
  executionMs: 5_000,
  /** A response over this is replaced by an error instead of sent. */
  responseBytes: 2 * 1024 * 1024,
  /**
   * Operations from this cost up (a page of 100 topics with their answers; no page of the web app
   * but moderation) share few slots and a per-address allowance, so a flood of them cannot take
   * the event loop and memory from everyone else's page views, which never wait for a slot.
   */
  expensiveCost: 5_000,
  expensiveAtOnce: 1,
  expensiveQueue: 32,
  /** Staff are not counted: their moderation page is one such query, refetched as flags arrive. */
  costPerAddressPerMinute: 30_000,
};

/** A list without @listSize counts as this many items. */
const UNANNOTATED_LIST_SIZE = 10;

/**
 * Prices list fields by the @listSize directive in schema/ (slicing arguments like `first`,
 * defaults included, or an assumed size): the cost of the items is multiplied by their number,
 * so nested lists multiply as the work does. Other fields cost 1 (simpleEstimator).
 */
function listSizeEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const directive = schema.getDirective('listSize');
  if (!directive) throw new Error('schema/base.graphql must declare @listSize');
  return ({ field, args, childComplexity }) => {
    const annotation = field.astNode ? getDirectiveValues(directive, field.astNode) : undefined;
    const isList = isListType(getNullableType(field.type));
    if (!annotation && !isList) return undefined;
    if (!annotation && isLeafType(getNamedType(field.type))) return 1;
    let size = (annotation?.assumedSize as number | undefined) ?? UNANNOTATED_LIST_SIZE;
    for (const name of (annotation?.slicingArguments as string[] | undefined) ?? []) {
      if (typeof args[name] === 'number') {
        // Past the largest page the resolver refuses the request itself (BAD_USER_INPUT): price the largest page.
        size = Math.min(Math.max(0, args[name]), MAX_PAGE_SIZE);
        break;
      }
    }
    return size * (1 + childComplexity);
  };
}

export interface QueryCost {
  cost: number;
  maximum: number;
}

/** Prices one operation with its variables; refuses it, before anything runs, when over the budget. */
export function createCostLimit(schema: GraphQLSchema, maximum = QUERY_LIMITS.cost) {
  const estimators = [listSizeEstimator(schema), simpleEstimator({ defaultComplexity: 1 })];
  const price = (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | undefined): number =>
    getComplexity({ schema, query: document, variables: variables ?? {}, operationName, estimators });
  return {
    price,
    assertWithinBudget(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string | null): QueryCost {
      let cost: number;
      try {
        cost = price(document, variables, operationName ?? undefined);
      } catch (error) {
        // Too many nodes to price is over the budget. Variables that do not fit their types cannot be
        // priced, and the execution refuses them the same way before anything runs: let it say so.
        if (error instanceof GraphQLError && /number of nodes/.test(error.message)) {
          throw new GraphQLError(error.message, { extensions: { code: 'QUERY_TOO_COMPLEX', maximumCost: maximum, http: { status: 400 } } });
        }
        return { cost: Number.NaN, maximum };
      }
      if (cost > maximum) {
        throw new GraphQLError(`This query would cost ${cost}, over the budget of ${maximum}. Ask for fewer items (first) or fewer nested lists.`, {
          extensions: { code: 'QUERY_TOO_COMPLEX', cost, maximumCost: maximum, http: { status: 400 } },
        });
      }
      return { cost, maximum };
    },
  };
}

/** Validation every operation passes, over HTTP and WebSocket alike. */
export function queryValidationRules(): ValidationRule[] {
  return [
    depthLimit(QUERY_LIMITS.depth),
    // Reported like any validation error (the library's default throws out of validate()).
    maxAliasesRule({
      n: QUERY_LIMITS.aliases,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: [(context, error) => (context as ValidationContext).reportError(error)],
    }) as unknown as ValidationRule,
  ];
}

/**
 * Apollo's serializer (`stringifyResult`): the response is serialized once, as it is sent, and one
 * over the size cap is replaced by an error instead.
 */
export function stringifyWithinLimit(result: unknown): string {
  const text = JSON.stringify(result);
  const size = Buffer.byteLength(text);
  if (size <= QUERY_LIMITS.responseBytes) return text;
  return JSON.stringify({
    errors: [
      {
        message: `The response would be ${Math.round(size / 1024)} kB, over the limit of ${QUERY_LIMITS.responseBytes / 1024} kB. Ask for less.`,
        extensions: { code: 'RESPONSE_TOO_LARGE' },
      },
    ],
  });
}

/** Apollo's side: the cost budget with the request's variables, slots for expensive operations, and a time bound. */
export function queryLimitsPlugin(costLimit: ReturnType<typeof createCostLimit>, limiter: RateLimiter): ApolloServerPlugin<GraphQLContext> {
  const expensiveSlots = pLimit(QUERY_LIMITS.expensiveAtOnce);
  const perAddress = { limit: QUERY_LIMITS.costPerAddressPerMinute, windowSeconds: 60 };
  return {
    async requestDidStart() {
      let releaseSlot: (() => void) | undefined;
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          const { cost } = costLimit.assertWithinBudget(document, request.variables, operationName);
          if (!(cost >= QUERY_LIMITS.expensiveCost)) return;
          if (!isStaff(contextValue.viewer) && !(await limiter.allows('query_cost', limitKey(contextValue.clientIp), perAddress, cost))) {
            throw new GraphQLError('This address has used its allowance of large queries for the minute. Ask for fewer items, or try again in a minute.', {
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60, http: { status: 429 } },
            });
          }
          if (expensiveSlots.pendingCount >= QUERY_LIMITS.expensiveQueue) {
            throw new GraphQLError('The server is busy with large queries. Try again in a few seconds, or ask for fewer items.', {
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 5, http: { status: 429 } },
            });
          }
          await new Promise<void>((started) => {
            void expensiveSlots(() => new Promise<void>((release) => ((releaseSlot = release), started())));
          });
        },
        async executionDidStart() {
          const deadline = performance.now() + QUERY_LIMITS.executionMs;
          return {
            willResolveField() {
              if (performance.now() > deadline) {
                throw new GraphQLError(`The query ran longer than ${QUERY_LIMITS.executionMs / 1000} s and was stopped.`, {
                  extensions: { code: 'QUERY_TIMEOUT' },
                });
              }
            },
          };
        },
        async willSendResponse() {
          releaseSlot?.();
        },
      };
    },
  };
}
