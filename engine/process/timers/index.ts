/** Durable timers: jobs in the database, fired by one scheduler loop per node. */
export { makeTimerScheduler, type TimerScheduler, type SchedulerOptions } from './scheduler.ts';
export { scheduleStartTimers } from './start-timers.ts';
export { fireTimerJob, fireTimerJobs, retryDelayMs, type FireResult } from './fire-timer.ts';
