/** Process instances: start, cancel, look up. */
export { startProcess, startInstance, type StartProcessInput } from './start-process.ts';
export { cancelProcessInstance } from './cancel-instance.ts';
export { getInstance, queryInstances, instanceTasks, instanceHistory } from './queries.ts';
export { checkVariables, measureJson, type JsonMeasure, type VariableLimits } from './variables.ts';
export { DEFAULT_VARIABLE_LIMITS } from './variables.ts';
