import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.ts';

const bad = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function literal(node: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw bad('unsupported JSON literal');
  }
}

/** Free-form JSON. */
const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});

/** Epoch milliseconds out as ISO-8601 UTC strings; ISO strings in as epoch milliseconds. */
const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => new Date(value as number).toISOString(),
  parseValue: (value) => {
    const ms = typeof value === 'string' ? Date.parse(value) : NaN;
    if (Number.isNaN(ms)) throw bad(`not an ISO-8601 date-time: ${String(value)}`);
    return ms;
  },
  parseLiteral: (node) => {
    const ms = node.kind === Kind.STRING ? Date.parse(node.value) : NaN;
    if (Number.isNaN(ms)) throw bad('not an ISO-8601 date-time');
    return ms;
  },
});

/** graphql/schema/root.graphql: the scalars (the root types get their fields from the other files). */
export const rootResolvers: Resolvers = { JSON: JSONScalar, DateTime: DateTimeScalar };
