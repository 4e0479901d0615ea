import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { tooComplex } from './refusals.ts';

// Introspection lists, by kind. The standard introspection query nests at most one of each along a
// path (__schema > types > fields > args > type > ofType...); a second `fields` below `type` would
// multiply the schema by itself at every level, and the depth limit does not see it (graphql-armor
// leaves __schema out of depth counting so that GraphiQL works).
const LIST_KINDS: Readonly<Record<string, 'types' | 'members' | 'args'>> = {
  types: 'types',
  directives: 'types',
  fields: 'members',
  inputFields: 'members',
  interfaces: 'members',
  possibleTypes: 'members',
  enumValues: 'members',
  args: 'args',
};
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
// Selections walked per operation before giving up (fragment spreads are expanded).
const WALK_BUDGET = 20_000;

interface Walk {
  fragments: (name: string) => FragmentDefinitionNode | null | undefined;
  visited: number;
}

function walk(walkState: Walk, set: SelectionSetNode, seen: ReadonlySet<string>, inside: boolean): void {
  for (const selection of set.selections) {
    if (++walkState.visited > WALK_BUDGET) throw tooComplex('introspection', WALK_BUDGET);
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const entering = inside || INTROSPECTION_ROOTS.has(name);
      const kind = entering && inside ? LIST_KINDS[name] : undefined;
      if (kind && seen.has(kind)) throw tooComplex('introspection', 1, 2);
      if (selection.selectionSet)
        walk(walkState, selection.selectionSet, kind ? new Set([...seen, kind]) : seen, entering);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(walkState, selection.selectionSet, seen, inside);
    } else {
      const fragment = walkState.fragments(selection.name.value);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule; stop here.
      if (fragment && !seen.has(`...${fragment.name.value}`))
        walk(walkState, fragment.selectionSet, new Set([...seen, `...${fragment.name.value}`]), inside);
    }
  }
}

/**
 * A validation rule bounding introspection by shape: along any path, at most one list of types, one
 * list of type members and one list of arguments. The standard introspection query (GraphiQL,
 * codegen) passes; recursive expansions of the schema are refused with QUERY_TOO_COMPLEX.
 */
export function introspectionShapeRule(context: ValidationContext): ASTVisitor {
  const source = context.getDocument().loc?.source.body;
  // Most operations never name __schema or __type: nothing to walk.
  if (source !== undefined && !/__schema|__type\b/.test(source)) return {};
  return {
    OperationDefinition(operation) {
      walk({ fragments: (name) => context.getFragment(name), visited: 0 }, operation.selectionSet, new Set(), false);
    },
  };
}
