/**
 * The one way the web runs a command (a change at the server): through a TanStack mutation that,
 * once the command is done or failed, invalidates what it may have changed, so every part of the
 * screen that shows it loads again (a change in one dossier section refreshes the others).
 */
import {
  useMutation,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';

/** Marks the scopes stale and waits until the queries on screen have loaded again. */
export const invalidateScopes = (client: QueryClient, scopes: readonly QueryKey[]): Promise<unknown> =>
  Promise.all(scopes.map((queryKey) => client.invalidateQueries({ queryKey })));

type Work = () => Promise<unknown>;

/**
 * A command as a mutation: it runs the work it is given; afterwards, also after a failure (a
 * conflict or a refusal often means the screen shows old data), the scopes load again before the
 * command counts as done.
 */
export const commandOptions = (
  client: QueryClient,
  scopes: readonly QueryKey[],
): MutationOptions<unknown, unknown, Work> => ({
  mutationFn: (work) => work(),
  onSettled: () => invalidateScopes(client, scopes),
});

/** `run(work)` runs one command on `scopes` (see commandOptions); `busy` while it and the reload run. */
export const useCommand = (scopes: readonly QueryKey[]) => {
  const client = useQueryClient();
  const mutation = useMutation(commandOptions(client, scopes));
  const run = <T>(work: () => Promise<T>): Promise<T> => mutation.mutateAsync(work) as Promise<T>;
  return { run, busy: mutation.isPending };
};

/** For a component that ran its command itself: invalidates the scopes (the same as after useCommand). */
export const useInvalidate = (scopes: readonly QueryKey[]) => {
  const client = useQueryClient();
  return () => void invalidateScopes(client, scopes);
};
