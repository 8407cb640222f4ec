import { EMPLOYER_AFTERCARE_JOB, employerAftercareJob } from '../modules/employer-service/aftercare.job.ts';
import { MONITOR_REFRESH_JOB, monitorRefreshJob } from '../modules/monitor/monitor-refresh.job.ts';
import type { JobHandler } from './job-queue.ts';

/** Every kind of job and who does it. */
export const jobHandlers: Readonly<Record<string, JobHandler>> = {
  [EMPLOYER_AFTERCARE_JOB]: employerAftercareJob,
  [MONITOR_REFRESH_JOB]: monitorRefreshJob,
};
