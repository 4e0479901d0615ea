/** Roles a user can hold; the strings are what the database stores. */
export const Role = {
  DESIGNER: 'designer',
  EXPERT: 'expert',
  AGENT: 'agent',
  SUPERVISOR: 'supervisor',
  INTEGRATOR: 'integrator',
  ADMIN: 'admin',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Who issues a command: the user it counts for, and the admin acting for them (X-Act-As), if any. */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly groups: readonly string[];
  readonly onBehalfOf: string | null;
}

/** The user that CROSSDESK_ADMIN_TOKEN signs in as. Configuration owns it: the role matrix refuses to touch it. */
export const CONFIG_ADMIN_ID = 'admin';

/** The engine acting on its own (timers, start-up recovery). */
export const SYSTEM_ACTOR: Actor = { userId: 'system', roles: [Role.ADMIN], groups: [], onBehalfOf: null };

/** True when the actor holds any of `roles` (admin holds every role). */
export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.includes(Role.ADMIN) || roles.some((r) => actor.roles.includes(r));
}
