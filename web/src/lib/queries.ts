/** GraphQL documents shared by several pages. */
export const TASK_ROW = `id name state queue priority dueAt slaDueAt slaBreachedAt createdAt assignee { id name } channel processDefinition { key }`;

export const TASKS = `query Tasks($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_ROW} } } }
}`;

export const TASK_EVENTS = `subscription TaskEvents($queue: String) { taskEvents(queue: $queue) { type task { ${TASK_ROW} } } }`;

export const TASK_DETAIL = `query Task($id: ID!) { task(id: $id) {
  ${TASK_ROW} documentation formKey variables elementId candidateGroups skills { name level } businessValue
  processInstance { id businessKey tasks { id name elementId } history { id type at elementId elementName taskId actor { id name } } }
  interactions { id channel direction subject body createdAt customer { name email phone } }
} }`;
