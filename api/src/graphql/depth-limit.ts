import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Rejects operations nested deeper than maxDepth (fragments followed), before anything runs.
 * Each fragment's own depth is worked out once: following every spread instead costs 2^n for n
 * fragments that each spread the next twice, a few hundred bytes that would hold the event loop.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Levels a fragment adds below where it is spread; a cycle (refused by NoFragmentCyclesRule) adds none.
    const fragmentDepth = new Map<string, number>();
    const inProgress = new Set<string>();
    const depthOfFragment = (name: string): number => {
      const known = fragmentDepth.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || inProgress.has(name)) return 0;
      inProgress.add(name);
      const depth = depthBelow(fragment.selectionSet);
      inProgress.delete(name);
      fragmentDepth.set(name, depth);
      return depth;
    };
    // A field is one level, a leaf included: `{ viewer { id } }` is 2 deep.
    const depthBelow = (selectionSet: SelectionSetNode): number => {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        const depth =
          selection.kind === Kind.FIELD
            ? 1 + (selection.selectionSet ? depthBelow(selection.selectionSet) : 0)
            : selection.kind === Kind.FRAGMENT_SPREAD
              ? depthOfFragment(selection.name.value)
              : depthBelow(selection.selectionSet);
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        if (depthBelow(operation.selectionSet) > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested too deeply (more than ${maxDepth} levels).`, {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}
