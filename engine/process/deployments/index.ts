/** Deploying a process: validate, store the version and its forms, schedule its start timers. */
export { deployProcess, type DeployProcessInput } from './deploy-process.ts';
