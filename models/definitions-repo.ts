import type { Db } from './db.ts';

/** One deployed version of one executable process. */
export interface DefinitionRecord {
  id: string;
  key: string;
  version: number;
  name: string | null;
  deploymentName: string | null;
  bpmnXml: string;
  xmlHash: string;
  deployedBy: string | null;
  deployedAt: number;
}

const COLUMNS = [
  'id',
  'key',
  'version',
  'name',
  'deployment_name',
  'bpmn_xml',
  'xml_hash',
  'deployed_by',
  'deployed_at',
];

const toDefinition = (r: any): DefinitionRecord => ({
  id: r.id,
  key: r.key,
  version: Number(r.version),
  name: r.name ?? null,
  deploymentName: r.deployment_name ?? null,
  bpmnXml: r.bpmn_xml,
  xmlHash: r.xml_hash,
  deployedBy: r.deployed_by ?? null,
  deployedAt: Number(r.deployed_at),
});

/** Stores a new definition version together with its serialized engine source. */
export async function insertDefinition(
  db: Db,
  def: DefinitionRecord,
  sourceContext: string,
  eventStarts: readonly string[] = [],
): Promise<void> {
  await db('process_definitions').insert({
    id: def.id,
    key: def.key,
    version: def.version,
    name: def.name,
    deployment_name: def.deploymentName,
    bpmn_xml: def.bpmnXml,
    xml_hash: def.xmlHash,
    deployed_by: def.deployedBy,
    deployed_at: def.deployedAt,
    source_context: sourceContext,
    event_starts: JSON.stringify(eventStarts),
  });
}

/** The newest version of a process key, if any. */
export async function findLatestDefinition(db: Db, key: string): Promise<DefinitionRecord | undefined> {
  const row = await db('process_definitions').select(COLUMNS).where({ key }).orderBy('version', 'desc').first();
  return row ? toDefinition(row) : undefined;
}

/** Id and hash of the newest version of a key: what starting an instance needs, without the XML. */
export async function findLatestVersion(
  db: Db,
  key: string,
): Promise<{ id: string; key: string; version: number; xmlHash: string } | undefined> {
  const row = await db('process_definitions')
    .select('id', 'key', 'version', 'xml_hash')
    .where({ key })
    .orderBy('version', 'desc')
    .first();
  return row ? { id: row.id, key: row.key, version: Number(row.version), xmlHash: row.xml_hash } : undefined;
}

/** One definition by id. */
export async function findDefinition(db: Db, id: string): Promise<DefinitionRecord | undefined> {
  const row = await db('process_definitions').select(COLUMNS).where({ id }).first();
  return row ? toDefinition(row) : undefined;
}

/** Definitions by ids (for batched loading). */
export async function findDefinitions(db: Db, ids: readonly string[]): Promise<DefinitionRecord[]> {
  if (ids.length === 0) return [];
  return (
    await db('process_definitions')
      .select(COLUMNS)
      .whereIn('id', [...ids])
  ).map(toDefinition);
}

/** All definitions, optionally of one key, newest first. */
export async function listDefinitions(db: Db, key?: string): Promise<DefinitionRecord[]> {
  const q = db('process_definitions')
    .select(COLUMNS)
    .orderBy([
      { column: 'deployed_at', order: 'desc' },
      { column: 'version', order: 'desc' },
    ]);
  if (key) q.where({ key });
  return (await q).map(toDefinition);
}

/** The serialized engine source of a definition (cached by the engine, read on a cache miss). */
export async function findSourceContext(db: Db, id: string): Promise<string | undefined> {
  const row = await db('process_definitions').select('source_context').where({ id }).first();
  return row?.source_context;
}

/**
 * Latest versions of processes that an event starts: `kind:name` entries such as `message:orderPlaced`
 * or `signal:storeClosed`, as recorded at deployment.
 */
export async function findLatestStartedBy(
  db: Db,
  kind: 'message' | 'signal',
  name: string,
): Promise<{ id: string; key: string }[]> {
  const entry = `${kind}:${name}`;
  const like = `%${JSON.stringify(entry).replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const rows = await db('process_definitions as d')
    .select('d.id', 'd.key', 'd.event_starts')
    .whereRaw("d.event_starts like ? escape '\\'", [like])
    .whereRaw('d.version = (select max(v.version) from process_definitions v where v.key = d.key)');
  return rows
    .filter((r: any) => (JSON.parse(r.event_starts) as string[]).includes(entry))
    .map((r: any) => ({ id: r.id, key: r.key }));
}
