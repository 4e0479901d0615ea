import { ALL_ROLES } from '../../core/access/index.ts';

/** What a claim value may give a user. `site` and `supervisedSite` name sites by id (see SiteAssignment). */
export const CLAIM_TARGETS = ['role', 'group', 'site', 'supervisedSite'] as const;
export type ClaimTarget = (typeof CLAIM_TARGETS)[number];

/** One rule: when `claim` holds `value` (`*`: any value), the user gets `target` `id` (`*`: the value itself). */
export interface ClaimRule {
  readonly claim: string;
  readonly value: string;
  readonly target: ClaimTarget;
  readonly id: string;
}

/** What the rules give one signed-in person; sites are ids, stored once sites exist (SiteAssignment). */
export interface MappedClaims {
  readonly roles: string[];
  readonly groups: string[];
  readonly site: string | null;
  readonly supervisedSites: string[];
}

const RULE = /^([^:=>\s]+):(.+?)\s*=>\s*(\w+):(.+)$/;
const ID = /^[A-Za-z0-9._@*-]{1,100}$/;

/**
 * Parses CROSSDESK_OIDC_CLAIM_MAP: comma-separated `claim:value=>target:id` rules, e.g.
 * `groups:cc-admins=>role:admin, groups:*=>group:*, office:paris=>site:paris`. Claims may be dotted paths
 * (`realm_access.roles`). Throws an Error naming the setting and the rule that does not parse.
 */
export function parseClaimMap(text: string | undefined, setting = 'CROSSDESK_OIDC_CLAIM_MAP'): ClaimRule[] {
  const rules: ClaimRule[] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const match = RULE.exec(entry);
    const target = match?.[3] as ClaimTarget | undefined;
    if (!match || !target || !CLAIM_TARGETS.includes(target))
      throw new Error(`${setting}: "${entry}" is not claim:value=>${CLAIM_TARGETS.join('|')}:id`);
    const id = match[4].trim();
    if (!ID.test(id)) throw new Error(`${setting}: "${id}" in "${entry}" is not an id (letters, digits, . _ @ -)`);
    if (target === 'role' && !(ALL_ROLES as readonly string[]).includes(id))
      throw new Error(`${setting}: "${id}" in "${entry}" is not a role (${ALL_ROLES.join(', ')})`);
    rules.push({ claim: match[1], value: match[2].trim(), target, id });
  }
  return rules;
}

/** The values of a claim as strings: a string, numbers and booleans, or an array of them; dotted paths walk objects. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[key];
  }
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v) => ['string', 'number', 'boolean'].includes(typeof v)).map(String);
}

/** Applies the rules to a person's claims (ID token and userinfo). Values copied by `*` must look like ids. */
export function mapClaims(rules: readonly ClaimRule[], claims: Record<string, unknown>): MappedClaims {
  const found: Record<ClaimTarget, Set<string>> = {
    role: new Set(),
    group: new Set(),
    site: new Set(),
    supervisedSite: new Set(),
  };
  for (const rule of rules)
    for (const value of claimValues(claims, rule.claim)) {
      if (rule.value !== '*' && rule.value !== value) continue;
      const id = rule.id === '*' ? value : rule.id;
      if (!ID.test(id) || id.includes('*')) continue;
      if (rule.target === 'role' && !(ALL_ROLES as readonly string[]).includes(id)) continue;
      found[rule.target].add(id);
    }
  return {
    roles: [...found.role].sort(),
    groups: [...found.group].sort(),
    site: [...found.site].sort()[0] ?? null,
    supervisedSites: [...found.supervisedSite].sort(),
  };
}
