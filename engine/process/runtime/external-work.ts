import type { RunCollector } from './run-collector.ts';

/**
 * bpmn-engine extension giving service tasks with an external topic their service: it registers the
 * execution with the run and never calls back within the command, so the task waits. A later command
 * (an outside worker completing the job) resumes the instance, which calls the service again, and
 * completes it through the fresh callback.
 */
export function makeExternalWorkExtension(collector: RunCollector) {
  return {
    crossdeskExternalWork(activity: any) {
      const topic =
        activity.behaviour?.type === 'external' || activity.behaviour?.topic ? activity.behaviour.topic : null;
      if (!topic || !String(activity.type).match(/ServiceTask|SendTask|BusinessRuleTask/)) return;
      activity.behaviour.Service = function ExternalWork() {
        return {
          execute(executeMessage: any, callback: (err: Error | null, output?: unknown) => void) {
            collector.registerExternal(activity, executeMessage, String(topic), callback);
          },
        };
      };
    },
  };
}
