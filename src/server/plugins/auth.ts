import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../clock.ts';
import type { Ctx } from '../context.ts';
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
import { recordDenial } from '../modules/processing-log/processing-log.service.ts';
import { startTrace, traceparentOf, type Trace } from '../trace.ts';
import { countFailure, isLoginRoute, isSearch, type RateLimiter } from './rate-limit.ts';

export const SESSION_COOKIE = '__Host-werkplein';
export const LOGIN_COOKIE = '__Host-werkplein-login';

declare module 'fastify' {
  interface FastifyRequest {
    trace: Trace;
    session: ResolvedSession | null;
  }
  interface FastifyContextConfig {
    /** An `/api` route that anyone may call (the OpenAPI document). */
    public?: boolean;
    /** A route outside `/api` that needs a logged-in caller (logout). */
    authenticated?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  db: Db;
  clock: Clock;
  sessionPolicy: SessionPolicy;
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
 * Whether a request needs a logged-in caller: every `/api` route but the public ones, the routes
 * outside `/api` that say so, and every unknown `/api` address (so an anonymous caller cannot tell
 * a route that exists from one that does not).
 */
const needsCaller = (request: FastifyRequest): boolean => {
  const route = request.routeOptions.url;
  if (route === undefined) return isApiPath(request.url);
  const config = request.routeOptions.config;
  return route.startsWith('/api/') ? config.public !== true : config.authenticated === true;
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
    if (needsCaller(request)) await authenticateRequest(request, reply);
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
    // CSRF: a token bound to the session in a header a cross-site form cannot set, and the Origin.
    if (!SAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (origin !== undefined && origin !== new URL(options.publicUrl).origin) {
        throw new DomainError('csrf_failed', 'Cross-origin request refused');
      }
    }
    const session = await resolveSession(options.db, options.clock, options.sessionPolicy, token, 'browser');
    if (!SAFE_METHODS.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (!csrfTokenMatches(session.csrfToken, typeof given === 'string' ? given : undefined)) {
        throw new DomainError('csrf_failed', 'Missing or wrong CSRF token');
      }
    }
    request.session = session;
  };

/** Logs every refused attempt, after the request's own transaction has rolled back. */
export const registerDenialLogging = (app: FastifyInstance, options: AuthOptions): void => {
  app.addHook('onError', async (request, _reply, error) => {
    if (error instanceof AccessDenied && request.session) {
      await recordDenial(contextOf(request, options), error.attempt);
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
