/**
 * Inbox load time with a large queue: starts BENCH_TASKS (10,000) instances of a one-task process,
 * then measures the inbox's first page over GraphQL and in Chromium (sign-in done, navigation to
 * "#/inbox" until the task count is shown). Run by hand: `npx tsx bench/inbox.bench.ts` (builds the
 * app first if needed). Figures go to docs/web.md.
 */
import { startProcess, SYSTEM_ACTOR } from '../engine/index.ts';
import { startTestServer } from '../test/support/server.ts';
import { ensureBuilt, launchBrowser } from '../test/web/e2e/browser.ts';

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:crossdesk="http://crossdesk.dev/schema/bpmn/1.0" id="d" targetNamespace="http://crossdesk.dev/bench">
  <bpmn:process id="bulk" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="work" />
    <bpmn:userTask id="work" name="Check case \${n}" camunda:candidateGroups="backoffice" camunda:priority="\${n % 100}" crossdesk:queue="bulk"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="e" />
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await ensureBuilt();
const s = await startTestServer({ CROSSDESK_DEMO: 'true' });
try {
  await s.gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: XML });
  const t0 = performance.now();
  for (let n = 0; n < TASKS; n++) await startProcess(s.server.engine, SYSTEM_ACTOR, { key: 'bulk', variables: { n } });
  console.log(`started ${TASKS} instances in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const query =
    'query($f: TaskFilter) { tasks(filter: $f, first: 50) { totalCount edges { node { id name state queue priority dueAt slaDueAt slaBreachedAt createdAt assignee { id name } processDefinition { key } } } } }';
  const filter = { states: ['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED'], sort: 'PRIORITY', eligible: true };
  const api: number[] = [];
  for (let i = 0; i < 7; i++) {
    const a = performance.now();
    const r = await s.gql(query, { f: filter }, { as: 'expert' });
    api.push(performance.now() - a);
    if (r.data.tasks.totalCount < TASKS) throw new Error(`expected ${TASKS} tasks, got ${r.data.tasks.totalCount}`);
  }
  const withText: number[] = [];
  for (let i = 0; i < 5; i++) {
    const a = performance.now();
    await s.gql(query, { f: { ...filter, text: 'case 99', queue: 'bulk' } }, { as: 'expert' });
    withText.push(performance.now() - a);
  }
  console.log(
    `GraphQL first page (50 of ${TASKS}): median ${median(api).toFixed(0)} ms; with text + queue filter: ${median(withText).toFixed(0)} ms`,
  );

  const signIn = await s.gql(
    'mutation { signIn(userId: "expert", password: "demo") { token user { id name roles groups } } }',
    {},
    { token: null },
  );
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(`${s.server.url}/`);
  await page.evaluate(
    (session) => localStorage.setItem('crossdesk.session', JSON.stringify(session)),
    signIn.data.signIn,
  );
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.goto('about:blank');
    const a = performance.now();
    await page.goto(`${s.server.url}/#/inbox`);
    await page.getByText(`${Math.min(50, TASKS)} of ${TASKS} tasks`).waitFor({ timeout: 30_000 });
    loads.push(performance.now() - a);
  }
  console.log(
    `Chromium: navigation to the inbox until 50 of ${TASKS} tasks are listed: median ${median(loads).toFixed(0)} ms (runs: ${loads.map((x) => x.toFixed(0)).join(', ')})`,
  );
  await browser.close();
} finally {
  await s.close();
}
