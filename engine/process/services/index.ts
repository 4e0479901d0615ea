/** Built-in service handlers, run as jobs by the server's own worker. */
export { makeBuiltinWorker, type BuiltinWorker } from './builtin-worker.ts';
export {
  makeEmailHandler,
  makeHttpHandler,
  PermanentFailure,
  type ServiceHandler,
  type HandlerInput,
  type SendMail,
} from './handlers.ts';
export { makeJobLoop } from './job-loop.ts';
