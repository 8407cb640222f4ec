import { MutationObserver, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { commandOptions } from './commands.ts';
import { apiKey, createQueryClient, scopes, shouldRetry } from './queries.ts';

/** A dossier page in miniature: three parts on screen, each counting how often it was read. */
const screen = async () => {
  const client = createQueryClient();
  const reads: Record<string, number> = {};
  const show = (name: string, queryKey: QueryKey) => {
    reads[name] = 0;
    const observer = new QueryObserver(client, {
      queryKey,
      queryFn: async () => (reads[name] = (reads[name] ?? 0) + 1),
    });
    observer.subscribe(() => undefined);
    return observer;
  };
  const parts = [
    show('plan', apiKey('/api/jobseekers/j-1/action-plan')),
    show('timeline', apiKey('/api/jobseekers/j-1/timeline', { type: 'outflow' })),
    show('otherDossier', apiKey('/api/jobseekers/j-2/notes')),
  ];
  await Promise.all(parts.map((part) => part.refetch()));
  const run = (work: () => Promise<unknown>) =>
    new MutationObserver(client, commandOptions(client, [scopes.jobseeker('j-1')])).mutate(work);
  return { reads, run, parts };
};

describe('a command on a dossier', () => {
  it('makes every part of that dossier on screen load again, and only that dossier', async () => {
    const { reads, run } = await screen();
    const before = { ...reads };
    await run(async () => 'saved');
    expect(reads).toEqual({
      plan: before.plan! + 1,
      timeline: before.timeline! + 1,
      otherDossier: before.otherDossier,
    });
  });

  it('also after it failed: a conflict means the screen shows old data', async () => {
    const { reads, run } = await screen();
    const before = { ...reads };
    await expect(run(() => Promise.reject(new ApiError(409, 'conflict')))).rejects.toThrow('conflict');
    expect(reads.plan).toBe(before.plan! + 1);
    expect(reads.otherDossier).toBe(before.otherDossier);
  });
});

describe('reading again after a failure', () => {
  it('happens for a network or server failure, never for a 4xx answer', () => {
    expect(shouldRetry(0, new ApiError(0, 'network'))).toBe(true);
    expect(shouldRetry(0, new ApiError(503, 'not_ready'))).toBe(true);
    expect(shouldRetry(0, new ApiError(404, 'not_found'))).toBe(false);
    expect(shouldRetry(0, new ApiError(403, 'forbidden'))).toBe(false);
    expect(shouldRetry(2, new ApiError(503, 'not_ready'))).toBe(false);
  });
});
