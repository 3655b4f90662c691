import { parse, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, Kind, typeFromAST, type DocumentNode, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../api/src/graphql/schema.js';
import { createCostLimit, QUERY_LIMITS } from '../../api/src/graphql/query-limits.js';
import * as webDocuments from '../../web/src/graphql/generated/graphql.js';

const schema = buildSchema();
const costLimit = createCostLimit(schema);

/** Every operation the web app sends, from its generated documents. */
const documents = Object.entries(webDocuments)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof webDocuments.TypedDocumentString)
  .map(([name, value]) => [name, parse(String(value))] as [string, DocumentNode]);

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
