/** A deployed definition version as the lists show it. */
export interface DefinitionRow {
  id: string;
  key: string;
  version: number;
  name: string | null;
  deployedAt: string;
  deployedBy?: { name: string } | null;
  /** User tasks whose requirements nobody meets now (the server's deploy warnings). */
  warnings?: DeployWarning[];
}

/** A deploy warning as the lists show it: the code is translated, the requirement is data. */
export interface DeployWarning {
  elementId: string;
  elementName: string | null;
  code: string;
  requirement: string;
}

/** Versions grouped by process key, newest version first, keys in name order. */
export function groupDefinitions(
  defs: readonly DefinitionRow[],
): { key: string; latest: DefinitionRow; versions: DefinitionRow[] }[] {
  const byKey = new Map<string, DefinitionRow[]>();
  for (const d of defs) byKey.set(d.key, [...(byKey.get(d.key) ?? []), d]);
  return [...byKey.entries()]
    .map(([key, versions]) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { key, latest: sorted[0], versions: sorted };
    })
    .sort((a, b) => (a.latest.name ?? a.key).localeCompare(b.latest.name ?? b.key));
}
