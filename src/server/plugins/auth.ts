import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { CitizenCtx, Ctx } from '../context.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { identityRepository } from '../modules/identity/identity.repository.ts';
import {
  csrfTokenMatches,
  isDevToken,
  resolveSession,
  verifyDevToken,
  type ResolvedSession,
  type SessionPolicy,
} from '../modules/identity/session.service.ts';
import { AccessDenied } from '../modules/identity/authorize.ts';
import {
  resolveCitizenSession,
  type CitizenSessionPolicy,
  type ResolvedCitizenSession,
} from '../modules/identity/citizen-session.service.ts';
import { recordDenial } from '../modules/processing-log/processing-log.service.ts';
import { startTrace, traceparentOf, type Trace } from '../trace.ts';
import { countFailure, isCitizenLoginRoute, isLoginRoute, isSearch, type RateLimiter } from './rate-limit.ts';

export const SESSION_COOKIE = '__Host-werkplein';
export const LOGIN_COOKIE = '__Host-werkplein-login';
/** The citizen's session in the portal (Mijn Werkplein), apart from the staff session. */
export const CITIZEN_COOKIE = '__Host-werkplein-mijn';
export const CITIZEN_LOGIN_COOKIE = '__Host-werkplein-mijn-login';
/** The portal's API: only a citizen session opens it, and a citizen session opens nothing else. */
export const PORTAL_API_PREFIX = '/api/portal/';

declare module 'fastify' {
  interface FastifyRequest {
    trace: Trace;
    session: ResolvedSession | null;
    citizenSession: ResolvedCitizenSession | null;
  }
  interface FastifyContextConfig {
    /** An `/api` route that anyone may call (the OpenAPI document). */
    public?: boolean;
    /** A route outside `/api` that needs a logged-in caller (logout). */
    authenticated?: boolean;
    /** A route outside `/api/portal/` that needs a logged-in citizen (the portal's logout). */
    citizen?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  db: Db;
  clock: Clock;
  sessionPolicy: SessionPolicy;
  citizenSessionPolicy: CitizenSessionPolicy;
  publicUrl: string;
  pseudonymKey: string;
  /** Accept the CLI's signed dev tokens (development mode only). */
  devTokens: boolean;
  limiter: RateLimiter;
}

/** Reads the trace context of every request and echoes it, for correlation with the processing log. */
export const registerTracing = (app: FastifyInstance): void => {
  app.decorateRequest('trace', undefined as unknown as Trace);
  app.decorateRequest('session', null);
  app.decorateRequest('citizenSession', null);
  app.addHook('onRequest', async (request, reply) => {
    request.trace = startTrace(request.headers.traceparent as string | undefined, request.id);
    void reply.header('traceparent', traceparentOf(request.trace));
  });
};

/** The path of a request, percent-decoded as the router decodes it, so `/%61pi/…` counts as `/api/…`. */
const decodedPath = (url: string): string => {
  const path = url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

export const isApiPath = (url: string): boolean => {
  const path = decodedPath(url);
  return path === '/api' || path.startsWith('/api/');
};

/**
 * Who a request needs: a citizen for the portal's API (and the routes that say so); an employee
 * for every other `/api` route but the public ones, the routes outside `/api` that say so, and
 * every unknown `/api` address (so an anonymous caller cannot tell a route that exists from one
 * that does not).
 */
const callerNeeded = (request: FastifyRequest): 'employee' | 'citizen' | null => {
  const route = request.routeOptions.url;
  if (route === undefined) return isApiPath(request.url) ? 'employee' : null;
  const config = request.routeOptions.config;
  if (route.startsWith(PORTAL_API_PREFIX) || config.citizen === true) return 'citizen';
  const needed = route.startsWith('/api/') ? config.public !== true : config.authenticated === true;
  return needed ? 'employee' : null;
};

/** CSRF, part one: a state-changing request from another origin is refused before anything else. */
const checkOrigin = (request: FastifyRequest, publicUrl: string): void => {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== new URL(publicUrl).origin)
    throw new DomainError('csrf_failed', 'Cross-origin request refused');
};

/** CSRF, part two: the session's token in a header that a cross-site form cannot set. */
const checkCsrfToken = (request: FastifyRequest, expected: string): void => {
  if (SAFE_METHODS.has(request.method)) return;
  const given = request.headers['x-csrf-token'];
  if (!csrfTokenMatches(expected, typeof given === 'string' ? given : undefined))
    throw new DomainError('csrf_failed', 'Missing or wrong CSRF token');
};

/**
 * Authenticates first: the session or token is resolved and CSRF checked in `onRequest`, before
 * the body is read, parsed or validated, so an anonymous caller learns nothing about a route's
 * schema and cannot make the server parse a large body.
 */
export const registerAuthentication = (app: FastifyInstance, options: AuthOptions): void => {
  const authenticateRequest = authenticate(options);
  const { limiter } = options;
  app.addHook('onRequest', async (request, reply) => {
    const caller = callerNeeded(request);
    if (caller === 'employee') await authenticateRequest(request, reply);
    if (caller === 'citizen') {
      await authenticateCitizen(options, request);
      if (!SAFE_METHODS.has(request.method)) await limiter.hit('citizenChangePerAccount', request, reply);
    }
    if (isCitizenLoginRoute(request)) await limiter.hit('citizenAuthPerAddress', request, reply);
    if (isSearch(request)) {
      await limiter.hit('searchPerAccount', request, reply);
      await limiter.hit('searchPerAddress', request, reply);
    }
    if (isLoginRoute(request)) await limiter.hit('authPerAddress', request, reply);
  });
};

/**
 * Resolves the caller from the session cookie (browser) or a bearer token (scripts) and enforces
 * CSRF protection on every state-changing browser request.
 */
export const authenticate = (options: AuthOptions) =>
  async function authenticateRequest(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const bearer = authorization.slice('Bearer '.length).trim();
      // An address that keeps presenting bad tokens is refused before its next token is looked up.
      await options.limiter.check('tokenPerAddress', request, reply);
      try {
        request.session = isDevToken(bearer)
          ? await resolveDevToken(options, bearer)
          : await resolveSession(options.db, options.clock, options.sessionPolicy, bearer, 'bearer');
      } catch (error) {
        await countFailure(options.limiter, ['tokenPerAddress'], request, reply);
        throw error;
      }
      await options.limiter.hit('tokenPerAccount', request, reply);
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new DomainError('unauthenticated', 'Not logged in');
    checkOrigin(request, options.publicUrl);
    const session = await resolveSession(options.db, options.clock, options.sessionPolicy, token, 'browser');
    checkCsrfToken(request, session.csrfToken);
    request.session = session;
  };

/** The citizen from his portal cookie (never a bearer token, never a staff cookie), with CSRF as staff. */
const authenticateCitizen = async (options: AuthOptions, request: FastifyRequest): Promise<void> => {
  const token = request.cookies[CITIZEN_COOKIE];
  if (!token) throw new DomainError('unauthenticated', 'Not logged in');
  checkOrigin(request, options.publicUrl);
  const session = await resolveCitizenSession(options.db, options.clock, options.citizenSessionPolicy, token);
  checkCsrfToken(request, session.csrfToken);
  request.citizenSession = session;
};

/** Logs every refused attempt, after the request's own transaction has rolled back. */
export const registerDenialLogging = (app: FastifyInstance, options: AuthOptions): void => {
  app.addHook('onError', async (request, _reply, error) => {
    if (error instanceof AccessDenied && request.session) {
      await recordDenial(contextOf(request, options), error.attempt);
    }
    if (error instanceof AccessDenied && request.citizenSession) {
      await recordDenial(citizenContextOf(request, options), error.attempt);
    }
  });
};

const resolveDevToken = async (options: AuthOptions, token: string): Promise<ResolvedSession> => {
  const verified = options.devTokens
    ? verifyDevToken(options.pseudonymKey, token, options.clock.now())
    : undefined;
  if (verified === 'expired') throw new DomainError('session_expired', 'Token expired');
  const actor = verified ? await identityRepository.findActorByLogin(options.db, verified.login) : undefined;
  if (!actor) throw new DomainError('unauthenticated', 'Not logged in');
  return {
    actor,
    kind: 'bearer',
    csrfToken: '',
    idToken: null,
    idleExpiresAt: options.clock.now(),
    tokenHash: '',
  };
};

export const contextOf = (request: FastifyRequest, options: AuthOptions): Ctx => {
  if (!request.session) throw new DomainError('unauthenticated', 'Not logged in');
  return {
    db: options.db,
    clock: options.clock,
    actor: request.session.actor,
    trace: request.trace,
    origin: request.ip ?? null,
    pseudonymKey: options.pseudonymKey,
  };
};

export const citizenContextOf = (request: FastifyRequest, options: AuthOptions): CitizenCtx => {
  if (!request.citizenSession) throw new DomainError('unauthenticated', 'Not logged in');
  return {
    db: options.db,
    clock: options.clock,
    citizen: request.citizenSession.citizen,
    trace: request.trace,
    origin: request.ip ?? null,
    pseudonymKey: options.pseudonymKey,
  };
};
