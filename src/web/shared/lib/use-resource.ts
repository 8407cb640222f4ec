import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, isApiError, type Query } from './api.ts';

export type Resource<T> =
  | { status: 'idle' }
  /** `previous`: the data of the last successful load, to keep on screen while reloading. */
  | { status: 'loading'; previous?: T }
  | { status: 'success'; data: T }
  | { status: 'error'; error: ApiError };

const toApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError(0, 'network'));

/**
 * Loads JSON from the API while the component is shown; `path: null` loads nothing. Reloads when
 * the path or query changes, and on reload(). A newer request cancels the older one.
 */
export const useResource = <T>(
  path: string | null,
  query?: Query,
): { resource: Resource<T>; reload: () => void } => {
  const [resource, setResource] = useState<Resource<T>>({ status: path ? 'loading' : 'idle' });
  const [generation, setGeneration] = useState(0);
  const queryKey = JSON.stringify(query ?? {});

  useEffect(() => {
    if (!path) {
      setResource({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResource((prev) => ({
      status: 'loading',
      previous: prev.status === 'success' ? prev.data : prev.status === 'loading' ? prev.previous : undefined,
    }));
    api
      .get<T>(path, { query: JSON.parse(queryKey) as Query, signal: controller.signal })
      .then((data) => {
        if (!controller.signal.aborted) setResource({ status: 'success', data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'error', error: toApiError(error) });
      });
    return () => controller.abort();
  }, [path, queryKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { resource, reload };
};
