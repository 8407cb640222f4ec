/**
 * The one way the web talks to the server: same-origin JSON with the session cookie, the CSRF
 * token on every state-changing request, and errors turned into a typed ApiError.
 */
import type { ApiErrorBody, ErrorCode } from '../../../contracts/errors.ts';

/** Errors the browser itself runs into, next to the server's codes (src/contracts/errors.ts). */
export type ClientErrorCode = 'network' | 'unexpected_response';

export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly fields: FieldProblem[] = [],
    readonly details: Record<string, unknown> = {},
    message: string = code,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** Where the browser goes when the server says the session is gone (see SessionProvider). */
export type UnauthenticatedHandler = (code: 'unauthenticated' | 'session_expired') => void;

/** The login page, with the reason and the way back to where the user was. */
export const loginPath = (
  code: 'unauthenticated' | 'session_expired',
  here: string = window.location.pathname + window.location.search,
): string => {
  const params = new URLSearchParams();
  if (code === 'session_expired') params.set('reden', 'verlopen');
  if (here !== '/' && !here.startsWith('/inloggen')) params.set('terug', here);
  const query = params.toString();
  return query ? `/inloggen?${query}` : '/inloggen';
};

const defaultUnauthenticatedHandler: UnauthenticatedHandler = (code) =>
  window.location.assign(loginPath(code));

let csrfToken: string | null = null;
let onUnauthenticated: UnauthenticatedHandler = defaultUnauthenticatedHandler;

/** Set by the SessionProvider whenever it learns the session's CSRF token. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

/** The SessionProvider installs its own handler so it can route within the app. */
export const setUnauthenticatedHandler = (handler: UnauthenticatedHandler | null): void => {
  onUnauthenticated = handler ?? defaultUnauthenticatedHandler;
};

export type Query = Record<string, string | number | undefined | null>;

const withQuery = (path: string, query?: Query): string => {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

const isErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as { error: unknown }).error === 'object' &&
  (value as { error: { code?: unknown } }).error !== null &&
  typeof (value as { error: { code?: unknown } }).error.code === 'string';

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A file sent as the raw body with its own content type (uploads). */
  file?: Blob;
  signal?: AbortSignal;
  /** Do not send the user to the login page on 401 (the session check itself). */
  allowUnauthenticated?: boolean;
}

const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') {
    headers['content-type'] = options.file
      ? options.file.type || 'application/octet-stream'
      : 'application/json';
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.file ??
        (options.body === undefined ? (method === 'GET' ? undefined : '{}') : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }

  const text = await response.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      throw new ApiError(response.status, 'unexpected_response');
    }
  }

  if (response.ok) return data as T;

  if (!isErrorBody(data)) {
    throw new ApiError(response.status, response.status === 404 ? 'not_found' : 'unexpected_response');
  }
  const { code, fields, details, message } = data.error;
  const error = new ApiError(response.status, code, fields ?? [], details ?? {}, message);
  if (
    response.status === 401 &&
    (code === 'unauthenticated' || code === 'session_expired') &&
    !options.allowUnauthenticated
  ) {
    onUnauthenticated(code);
  }
  throw error;
};

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('DELETE', path, options),
  upload: <T>(path: string, file: Blob, query?: Query) => request<T>('POST', path, { file, query }),
};
