import type { Actor } from '../../engine/index.ts';

const make = (userId: string, roles: string[], groups: string[] = []): Actor => ({
  userId,
  roles: roles as Actor['roles'],
  groups,
  onBehalfOf: null,
});

/** Actors matching the users seeded by seedUsers. */
export const actors = {
  designer: make('designer', ['designer']),
  expert: make('expert', ['expert'], ['backoffice', 'billing']),
  expert2: make('expert2', ['expert'], ['backoffice']),
  outsider: make('outsider', ['expert'], ['sales']),
  agent: make('agent', ['agent'], ['frontline']),
  supervisor: make('supervisor', ['supervisor']),
  integrator: make('integrator', ['integrator']),
  admin: make('admin', ['admin']),
};

/** An actor for an agent made in a test (agents get the agent and expert roles). */
export function actorFor(userId: string, groups: string[] = []): Actor {
  return make(userId, ['agent', 'expert'], groups);
}
