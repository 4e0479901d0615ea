import { createHash } from 'node:crypto';
import {
  findLatestDefinition,
  findDefinition,
  insertDefinition,
  withTransaction,
  type DefinitionRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { checkTaskForms, writeTaskForms, type TaskFormInput } from '../task-forms/index.ts';
import {
  BadInputError,
  BpmnInvalidError,
  ConflictError,
  CrossdeskError,
  ErrorCode,
  type BpmnProblem,
} from '../../core/errors/index.ts';
import { Role, requireRole, type Actor } from '../../core/access/index.ts';
import { buildRuntimeSource, validateBpmn } from '../definitions/index.ts';
import { scheduleStartTimers } from '../timers/index.ts';

/** The events that start a process, as `kind:name` entries (message and signal start events). */
function eventStarts(process: { startEvents: { messageName?: string; signalName?: string }[] }): string[] {
  return process.startEvents.flatMap((e) => [
    ...(e.messageName ? [`message:${e.messageName}`] : []),
    ...(e.signalName ? [`signal:${e.signalName}`] : []),
  ]);
}

/** Input of deployProcess. */
export interface DeployProcessInput {
  name?: string | null;
  bpmnXml: string;
  /** Forms the process's user tasks show, deployed in the same transaction. */
  forms?: TaskFormInput[] | null;
}

function structuralProblems(processes: { id: string; isExecutable: boolean }[]): BpmnProblem[] {
  const executable = processes.filter((p) => p.isExecutable);
  if (executable.length <= 1) return [];
  // bpmn-engine starts every executable process of a file at once; one entry point keeps "start
  // process X" meaning exactly that. Other pools stay drawable as non-executable participants.
  return executable.slice(1).map((p) => ({
    elementId: p.id,
    rule: 'crossdesk/single-executable-process',
    message: `only one process per file may be executable (found ${executable.map((e) => e.id).join(', ')}); mark the others isExecutable="false"`,
  }));
}

/**
 * Deploys a BPMN file (designers): parses and lints it, and stores a new version of its executable
 * process, with the engine source serialized once so no command ever parses XML again. Deploying the
 * same XML as the latest version returns that version. On any problem nothing is stored and every
 * problem is reported (BPMN_INVALID).
 */
export async function deployProcess(
  ctx: EngineContext,
  actor: Actor,
  input: DeployProcessInput,
): Promise<DefinitionRecord> {
  requireRole(actor, Role.DESIGNER);
  const xml = input.bpmnXml ?? '';
  if (!xml.trim()) throw new BadInputError('bpmnXml is empty', { field: 'bpmnXml' });
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > ctx.options.maxBpmnBytes) {
    throw new CrossdeskError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `BPMN file is ${bytes} bytes; the limit is ${ctx.options.maxBpmnBytes}`,
      { bytes, limit: ctx.options.maxBpmnBytes },
    );
  }
  const forms = input.forms ?? [];
  checkTaskForms(forms);
  const result = await validateBpmn(xml, {
    maxBytes: ctx.options.maxBpmnBytes,
    allowScripts: ctx.options.allowScripts,
  });
  if (!result.ok)
    throw new BpmnInvalidError(
      result.problems
        .filter((p) => p.category !== 'warn')
        .map(({ elementId, rule, message }) => ({ elementId, rule, message })),
    );
  const structural = structuralProblems(result.processes);
  if (structural.length) throw new BpmnInvalidError(structural);
  const main = result.processes.find((p) => p.isExecutable);
  if (!main)
    throw new BpmnInvalidError([
      { elementId: 'definitions', rule: 'crossdesk/no-executable-process', message: 'no executable process' },
    ]);
  const xmlHash = createHash('sha256').update(xml).digest('hex');
  const latest = await findLatestDefinition(ctx.db, main.id);
  if (latest && latest.xmlHash === xmlHash) {
    await withTransaction(ctx.db, (trx) =>
      writeTaskForms(trx, forms, { actorId: actor.userId, definitionId: latest.id, at: ctx.clock.now() }),
    );
    return latest;
  }
  const runtime = await buildRuntimeSource(result.moddleContext, result.definitions.id ?? 'definitions');
  if (!runtime.ok) throw new BpmnInvalidError(runtime.problems);
  const sourceContext = runtime.sourceContext as any;
  const version = (latest?.version ?? 0) + 1;
  const record: DefinitionRecord = {
    id: `${main.id}:${version}`,
    key: main.id,
    version,
    name: main.name || input.name || main.id,
    deploymentName: input.name ?? null,
    bpmnXml: xml,
    xmlHash,
    deployedBy: actor.userId,
    deployedAt: ctx.clock.now(),
  };
  let firstStart: number | null = null;
  try {
    await withTransaction(ctx.db, async (trx) => {
      await insertDefinition(trx, record, runtime.json, eventStarts(main));
      await writeTaskForms(trx, forms, { actorId: actor.userId, definitionId: record.id, at: record.deployedAt });
      firstStart = await scheduleStartTimers(trx, ctx.clock.now(), record, main);
    });
  } catch (err) {
    if (await findDefinition(ctx.db, record.id))
      throw new ConflictError(`version ${version} of ${main.id} was deployed concurrently; deploy again`, {
        key: main.id,
      });
    throw err;
  }
  ctx.sources.put(record.id, sourceContext);
  if (firstStart !== null) ctx.events.publish({ type: 'timers.scheduled', dueAt: firstStart });
  return record;
}
