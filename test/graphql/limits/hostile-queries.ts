/** Operations an attacker sends, shared by the limit tests. */

/** `{ task(id) { processInstance { tasks { processInstance ... id } } } }`, `levels` fields below task. */
export function loopQuery(levels: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < levels; i++) {
    open += i % 2 === 0 ? ' processInstance {' : ' tasks {';
    close += ' }';
  }
  return `query($id: ID!) { task(id: $id) {${open} id${close} } }`;
}

/** The deepest loop the depth limit lets through (task and the leaf count as levels). */
export const deepestAllowedLoop = (maxDepth: number) => loopQuery(maxDepth - 2);

/** `n` aliases of one field in one query. */
export const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
