/**
 * The one way the web runs a command (a change at the server): through a TanStack mutation that,
 * once the command is done or failed, invalidates what it may have changed, so every part of the
 * screen that shows it loads again (a change in one dossier section refreshes the others).
 */
import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** Marks the scopes stale and waits until the queries on screen have loaded again. */
export const invalidateScopes = (client: QueryClient, scopes: readonly QueryKey[]): Promise<unknown> =>
  Promise.all(scopes.map((queryKey) => client.invalidateQueries({ queryKey })));

/**
 * `run(work)` runs one command; `busy` while it and the reload after it run. Also a failed command
 * invalidates: a conflict or a rejection often means the screen shows old data.
 */
export const useCommand = (scopes: readonly QueryKey[]) => {
  const client = useQueryClient();
  const mutation = useMutation<unknown, unknown, () => Promise<unknown>>({
    mutationFn: (work) => work(),
    onSettled: () => invalidateScopes(client, scopes),
  });
  const run = <T>(work: () => Promise<T>): Promise<T> => mutation.mutateAsync(work) as Promise<T>;
  return { run, busy: mutation.isPending };
};

/** For a component that ran its command itself: invalidates the scopes (the same as after useCommand). */
export const useInvalidate = (scopes: readonly QueryKey[]) => {
  const client = useQueryClient();
  return () => void invalidateScopes(client, scopes);
};
