import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { TPortalHome, TPortalLog } from '../contracts/portal.ts';
import { api } from '../web/shared/lib/api.ts';
import { apiKey } from '../web/shared/lib/queries.ts';

/** What the portal reads, as TanStack Query options (keys from the API paths, as in the staff app). */
export const portalQueries = {
  home: () =>
    queryOptions({
      queryKey: apiKey('/api/portal/home'),
      queryFn: ({ signal }) => api.get<TPortalHome>('/api/portal/home', { signal }),
    }),
  log: (page: number) =>
    queryOptions({
      queryKey: apiKey('/api/portal/processing-log', { page }),
      queryFn: ({ signal }) => api.get<TPortalLog>('/api/portal/processing-log', { query: { page }, signal }),
      placeholderData: keepPreviousData,
    }),
};
