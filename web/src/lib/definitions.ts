/** A deployed definition version as the lists show it. */
export interface DefinitionRow {
  id: string;
  key: string;
  version: number;
  name: string | null;
  deployedAt: string;
  deployedBy?: { name: string } | null;
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

/** The semantic elements of a BPMN file (diagram interchange left out): id to its tag with attributes. */
export function bpmnElements(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?!\/)([\w-]+:)?([\w-]+)\b([^>]*?)\/?>/g)) {
    const [, prefix = '', name, attrs] = m;
    if (/^(bpmndi|dc|di):$/.test(prefix)) continue;
    const id = /\sid="([^"]+)"/.exec(attrs)?.[1];
    if (id)
      out.set(
        id,
        `${name}${attrs
          .replace(/\s+/g, ' ')
          .replace(/\s*\/$/, '')
          .trimEnd()}`,
      );
  }
  return out;
}

/** Which element ids a newer version added, removed, or changed (attributes, by element tag). */
export function diffVersions(
  olderXml: string,
  newerXml: string,
): { added: string[]; removed: string[]; changed: string[] } {
  const before = bpmnElements(olderXml);
  const after = bpmnElements(newerXml);
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed: [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id)),
  };
}
