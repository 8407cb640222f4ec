/**
 * Server state in the browser, through TanStack Query: the one client with its defaults, and the
 * query of every resource the screens read. A query key is the API path in segments (then the
 * query string), so the key of a jobseeker, `['jobseekers', id]`, is the prefix of every part of
 * that dossier: a command invalidates that prefix and every section on screen loads again.
 */
import type { z } from 'zod';
import {
  infiniteQueryOptions,
  QueryClient,
  queryOptions,
  type InfiniteData,
  type QueryKey,
} from '@tanstack/react-query';
import type { TActionPlan } from '../../../contracts/action-plan.ts';
import type { TAppointment } from '../../../contracts/appointment.ts';
import type { TCaseFlow } from '../../../contracts/case-flow.ts';
import type { TCaseloadMatchList } from '../../../contracts/caseload-matches.ts';
import type { TCaseloadResponse, TMyDayResponse, TTeamResponse } from '../../../contracts/caseload.ts';
import type { TDocument, TNote } from '../../../contracts/document.ts';
import type { TEmployer, ZEmployerList } from '../../../contracts/employer.ts';
import type { TEmployee, TEmployeeChange, ZReferenceData } from '../../../contracts/identity.ts';
import type { TCaseManagerSuggestions, TCaseOverview } from '../../../contracts/intake.ts';
import type { TJobseeker, TJobseekerSearchResponse } from '../../../contracts/jobseeker.ts';
import type { TActivity, TActivitySummary } from '../../../contracts/labour-market-activity.ts';
import type { TCandidate, TVacancyMatch } from '../../../contracts/matching.ts';
import type { TNomination, TVacancyOffer } from '../../../contracts/nomination.ts';
import type { TProcessingLogEntry } from '../../../contracts/processing-log.ts';
import type { TProfile } from '../../../contracts/profile.ts';
import type { TReferral, TWorklistItem } from '../../../contracts/referral.ts';
import type { TRegionalPool } from '../../../contracts/regional-pool.ts';
import type { TSummons } from '../../../contracts/summons.ts';
import type { TTimelineResponse } from '../../../contracts/timeline.ts';
import type { TInstrument, TPurchase } from '../../../contracts/trajectory.ts';
import type { TMyOpenVacancyList, TVacancy } from '../../../contracts/vacancy.ts';
import { api, ApiError, isApiError, type Query } from './api.ts';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** A failed read is tried again only when the network or the server failed, never on a 4xx answer. */
export const shouldRetry = (failureCount: number, error: unknown): boolean =>
  failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500);

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      // Stale while revalidate: a screen shows what it has at once and loads it again behind it.
      // Not on window focus: every read of a dossier is a line in the processing log.
      queries: { staleTime: 0, retry: shouldRetry, refetchOnWindowFocus: false },
      // A command is never repeated by itself: the user decides after a failure.
      mutations: { retry: false },
    },
  });

/** Only the filled-in parameters, so `{ q: '' }` and `{}` are the same query. */
const filled = (query: Query): Query =>
  Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== ''),
  );

/** The key of an API path: its segments after /api, then the query parameters if any. */
export const apiKey = (path: string, query?: Query): QueryKey => {
  const segments = path
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent);
  const parameters = query ? filled(query) : {};
  return Object.keys(parameters).length > 0 ? [...segments, parameters] : segments;
};

/**
 * A read of the API as TanStack Query options. While it loads again (after a command), the last
 * answer stays on screen; a new key (other filters) starts empty, as the wait shows where the data goes.
 */
const read = <T>(path: string, query?: Query) =>
  queryOptions<T, ApiError>({
    queryKey: apiKey(path, query),
    queryFn: ({ signal }) => api.get<T>(path, { query, signal }).catch(asApiError),
  });

const asApiError = (error: unknown): never => {
  if (isApiError(error) || (error instanceof DOMException && error.name === 'AbortError')) throw error;
  throw new ApiError(0, 'network');
};

const e = encodeURIComponent;
const jobseekerPath = (id: string) => `/api/jobseekers/${e(id)}`;
const vacancyPath = (id: string) => `/api/vacancies/${e(id)}`;
const activityPath = (id: string) => `/api/labour-market-activities/${e(id)}`;

type Items<T> = { items: T[] };

/** What a command changed, to invalidate after it: each is the prefix of the keys of that subject. */
export const scopes = {
  jobseeker: (id: string): QueryKey => apiKey(jobseekerPath(id)),
  /** The lists of jobseekers across dossiers (search, caseload, my day, team, worklist, calendar). */
  jobseekerLists: [
    ['jobseekers'],
    ['caseload'],
    ['my-day'],
    ['team'],
    ['worklist'],
    ['appointments'],
  ] as QueryKey[],
  worklist: ['worklist'] as QueryKey,
  myDay: ['my-day'] as QueryKey,
  caseloadMatches: ['caseload', 'vacancy-matches'] as QueryKey,
  calendar: ['appointments'] as QueryKey,
  employers: ['employers'] as QueryKey,
  employer: (id: string): QueryKey => apiKey(`/api/employers/${e(id)}`),
  vacancies: ['vacancies'] as QueryKey,
  vacancy: (id: string): QueryKey => apiKey(vacancyPath(id)),
  activities: ['labour-market-activities'] as QueryKey,
  activity: (id: string): QueryKey => apiKey(activityPath(id)),
  instruments: ['instruments'] as QueryKey,
  admin: ['admin'] as QueryKey,
};

export const queries = {
  // A jobseeker's dossier
  jobseeker: (id: string) => read<TJobseeker>(jobseekerPath(id)),
  caseOverview: (id: string) => read<TCaseOverview>(`${jobseekerPath(id)}/case-overview`),
  caseManagerSuggestions: (id: string, query?: Query) =>
    read<TCaseManagerSuggestions>(`${jobseekerPath(id)}/case-manager-suggestions`, query),
  profile: (id: string) => read<TProfile>(`${jobseekerPath(id)}/profile`),
  actionPlan: (id: string) => read<TActionPlan>(`${jobseekerPath(id)}/action-plan`),
  appointments: (id: string) => read<Items<TAppointment>>(`${jobseekerPath(id)}/appointments`),
  referrals: (id: string) => read<Items<TReferral>>(`${jobseekerPath(id)}/referrals`),
  summonses: (id: string) => read<Items<TSummons>>(`${jobseekerPath(id)}/summonses`),
  purchases: (id: string) => read<Items<TPurchase>>(`${jobseekerPath(id)}/purchases`),
  caseFlow: (id: string) => read<TCaseFlow>(`${jobseekerPath(id)}/case-flow`),
  vacancyMatches: (id: string) => read<Items<TVacancyMatch>>(`${jobseekerPath(id)}/vacancies`, { limit: 5 }),
  /** The timeline, a page at a time: each page names the cursor of the next (older) one. */
  timeline: (id: string, filter: Query) =>
    infiniteQueryOptions<
      TTimelineResponse,
      ApiError,
      InfiniteData<TTimelineResponse>,
      QueryKey,
      string | null
    >({
      queryKey: apiKey(`${jobseekerPath(id)}/timeline`, filter),
      queryFn: ({ pageParam, signal }) =>
        api
          .get<TTimelineResponse>(`${jobseekerPath(id)}/timeline`, {
            query: { ...filter, before: pageParam },
            signal,
          })
          .catch(asApiError),
      initialPageParam: null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  documents: (id: string) => read<Items<TDocument>>(`${jobseekerPath(id)}/documents`),
  notes: (id: string) => read<Items<TNote>>(`${jobseekerPath(id)}/notes`),
  // Lists across dossiers
  jobseekerSearch: (query: Query) => read<TJobseekerSearchResponse>('/api/jobseekers', query),
  caseload: (query?: Query) => read<TCaseloadResponse>('/api/caseload', query),
  caseloadMatches: () => read<TCaseloadMatchList>('/api/caseload/vacancy-matches', { perJobseeker: 3 }),
  myDay: () => read<TMyDayResponse>('/api/my-day'),
  team: (query: Query) => read<TTeamResponse>('/api/team', query),
  worklist: (query: Query) => read<Items<TWorklistItem>>('/api/worklist', query),
  calendar: (query: Query) => read<Items<TAppointment>>('/api/appointments', query),
  // Employers, vacancies and activities
  employers: (query?: Query) => read<z.infer<typeof ZEmployerList>>('/api/employers', query),
  employer: (id: string) => read<TEmployer>(`/api/employers/${e(id)}`),
  vacancies: (query: Query) => read<Items<TVacancy>>('/api/vacancies', query),
  vacancy: (id: string) => read<TVacancy>(vacancyPath(id)),
  candidates: (id: string, limit: number) =>
    read<Items<TCandidate>>(`${vacancyPath(id)}/candidates`, { limit }),
  nominations: (id: string) => read<Items<TNomination>>(`${vacancyPath(id)}/nominations`),
  offers: (id: string) => read<Items<TVacancyOffer>>(`${vacancyPath(id)}/offers`),
  myOpenVacancies: () => read<TMyOpenVacancyList>('/api/my-open-vacancies'),
  activities: (query: Query) => read<Items<TActivitySummary>>('/api/labour-market-activities', query),
  activity: (id: string) => read<TActivity>(activityPath(id)),
  organisers: (werkpleinId: string) =>
    read<Items<{ id: string; name: string }>>('/api/labour-market-activities/organisers', { werkpleinId }),
  instruments: (query: Query) => read<Items<TInstrument>>('/api/instruments', query),
  // Administration
  employees: () => read<Items<TEmployee>>('/api/admin/employees'),
  employeeChanges: () => read<Items<TEmployeeChange>>('/api/admin/employee-changes'),
  referenceData: () => read<z.infer<typeof ZReferenceData>>('/api/admin/reference-data'),
  regionalPools: () => read<Items<TRegionalPool>>('/api/admin/regional-pool'),
  processingLog: (query: Query) => read<Items<TProcessingLogEntry>>('/api/admin/processing-log', query),
};
