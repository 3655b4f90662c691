import { isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, Kind, typeFromAST, type DocumentNode, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../api/src/graphql/schema.js';
import { createCostLimit, QUERY_LIMITS } from '../../api/src/graphql/query-limits.js';
import * as webDocuments from '../../web/src/graphql/generated/graphql.js';
import { answer, ask } from '../support/forum.js';
import { code } from '../support/roles.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const schema = buildSchema();
const costLimit = createCostLimit(schema);

/** Every operation the web app sends, from its generated documents. */
const documents = Object.entries(webDocuments).filter(([name, value]) => name.endsWith('Document') && (value as DocumentNode)?.kind === Kind.DOCUMENT) as Array<[string, DocumentNode]>;

/** A value of the variable's type: page sizes at the largest page (100), everything else a placeholder. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleValue(f.type)]));
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  return { Int: 100, Float: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' }[type.name] ?? 'x';
}

function worstVariables(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
      if (isNonNullType(type) || (isScalarType(type) && type.name === 'Int')) variables[v.variable.name.value] = sampleValue(type);
    }
  }
  return variables;
}

describe('the cost budget', () => {
  it('fits every document the web app sends, at its largest page size', () => {
    expect(documents.length).toBeGreaterThan(40);
    const costs = documents.map(([name, document]) => [name, costLimit.price(document, worstVariables(document), undefined)] as const);
    const over = costs.filter(([, cost]) => cost > QUERY_LIMITS.cost);
    expect(over).toEqual([]);
    console.log(`most expensive web documents: ${[...costs].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, c]) => `${n} ${c}`).join(', ')}`);
  });
});

describe('expensive queries', () => {
  let t: TestApp;
  let topicId: string;
  beforeAll(async () => {
    t = await startTestApp();
    topicId = (await ask(t, (await t.user()).client)).id;
    await answer((await t.user()).client, topicId);
  });
  afterAll(async () => t?.close());

  const NESTED = `query($t: ID!) { ${Array.from({ length: 10 }, (_, i) => `a${i}: topic(id: $t) { ...G }`).join(' ')} }
    fragment F on Answer { id body author { displayName } isAccepted viewerCanEdit }
    fragment G on Topic { answers(first: 100) { edges { node { topic { answers(first: 100) { edges { node { ...F } } } } } } } }`;

  it('refuses the reported 455-byte query before it runs, with its cost, over HTTP and WebSocket', async () => {
    const started = performance.now();
    const result = await t.visitor().execute(NESTED, { t: topicId });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(code(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0]!.extensions).toMatchObject({ cost: expect.any(Number), maximumCost: QUERY_LIMITS.cost });
    expect(result.errors![0]!.extensions!.cost as number).toBeGreaterThan(100_000);
    expect(result.data ?? null).toBeNull();
    const overSocket = await t.visitor().overWebSocket(NESTED, { t: topicId });
    expect(code(overSocket)).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices page sizes given as variables, not only as literals', async () => {
    const query = 'query($n: Int) { topics(first: $n) { edges { node { answers(first: $n) { edges { node { id bodyHtml } } } } } } }';
    expect(code(await t.visitor().execute(query, { n: 5 }))).toBe('OK');
    expect(code(await t.visitor().execute(query, { n: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps aliases', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `c${i}: categories { id }`).join(' ')} }`;
    const result = await t.visitor().execute(query);
    expect(code(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0]!.message).toMatch(/aliases/i);
  });

  it('still answers the health check at once while refusing', async () => {
    const floods = Array.from({ length: 20 }, () => t.visitor().execute(NESTED, { t: topicId }));
    const started = performance.now();
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(500);
    for (const result of await Promise.all(floods)) expect(code(result)).toBe('QUERY_TOO_COMPLEX');
  });
});
