import { GraphQLScalarType } from 'graphql';
import { resolvers } from '../../graphql/resolvers/index.ts';

/** Calls of the schema's resolvers, by `Type.field` (subscriptions as `Subscription.x.subscribe`). */
export interface ResolverSpy {
  calls: string[];
  restore(): void;
}

/**
 * Wraps every resolver function of the schema so a test can tell whether an operation reached any
 * of them. Install it before the server is built (the schema takes the functions when it is made)
 * and restore it after the server closes.
 */
export function spyOnResolvers(): ResolverSpy {
  const calls: string[] = [];
  const undo: (() => void)[] = [];
  const wrap = (holder: Record<string, any>, key: string, name: string) => {
    const original = holder[key];
    holder[key] = function (this: unknown, ...args: unknown[]) {
      calls.push(name);
      return original.apply(this, args);
    };
    undo.push(() => (holder[key] = original));
  };
  for (const [typeName, fields] of Object.entries(resolvers as Record<string, any>)) {
    if (!fields || fields instanceof GraphQLScalarType) continue;
    for (const [field, value] of Object.entries(fields as Record<string, any>)) {
      if (typeof value === 'function') wrap(fields, field, `${typeName}.${field}`);
      else if (value && typeof value === 'object')
        for (const part of ['subscribe', 'resolve'])
          if (typeof value[part] === 'function') wrap(value, part, `${typeName}.${field}.${part}`);
    }
  }
  return { calls, restore: () => undo.reverse().forEach((f) => f()) };
}
