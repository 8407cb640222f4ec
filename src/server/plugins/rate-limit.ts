import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import type { RateLimitName, RateLimits } from '../config.ts';
import { DomainError } from '../errors.ts';

/**
 * Rate limits on what an attacker would repeat: logging in, bearer tokens and searches, each per
 * account and per address, on @fastify/rate-limit's stores (in memory per process, or Redis shared
 * by every process when REDIS_URL is set). Over a limit the answer is 429 `rate_limited` with
 * `Retry-After`.
 */
export interface RateLimiter {
  /** Counts this request against a limit; throws `rate_limited` (and sets Retry-After) once over it. */
  hit: (name: RateLimitName, request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  /** Throws `rate_limited` when the limit is already used up, without counting this request. */
  check: (name: RateLimitName, request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

/** The routes that search, whose cost and whose use for harvesting personal data call for a limit. */
const SEARCH_ROUTES = new Set(['GET /api/jobseekers', 'GET /api/employers', 'GET /api/admin/processing-log']);
/** The routes that start or finish a login. */
const LOGIN_ROUTES = new Set(['GET /auth/login', 'GET /auth/callback']);
/** The routes that start or finish a citizen's DigiD login (the portal has limits of its own). */
const CITIZEN_LOGIN_ROUTES = new Set(['GET /mijn/auth/login', 'GET /mijn/auth/callback']);

export const routeKey = (request: FastifyRequest): string =>
  `${request.method} ${request.routeOptions.url ?? ''}`;
export const isSearch = (request: FastifyRequest): boolean => SEARCH_ROUTES.has(routeKey(request));
export const isLoginRoute = (request: FastifyRequest): boolean => LOGIN_ROUTES.has(routeKey(request));
export const isCitizenLoginRoute = (request: FastifyRequest): boolean =>
  CITIZEN_LOGIN_ROUTES.has(routeKey(request));

const address = (request: FastifyRequest): string => normalizeIP(request.ip, 64);
const account = (request: FastifyRequest): string => request.session?.actor.employeeId ?? 'anonymous';
const citizen = (request: FastifyRequest): string =>
  request.citizenSession?.citizen.jobseekerId ?? 'anonymous';
/** The login name typed at the identity provider, known or not, so both are limited alike. */
const typedLogin = (request: FastifyRequest): string => {
  const login = (request.body as { login?: unknown } | undefined)?.login;
  return typeof login === 'string' ? login.trim().toLowerCase().slice(0, 64) : '';
};

const keyOf: Record<RateLimitName, (request: FastifyRequest) => string> = {
  loginPerAccount: (r) => `login-account:${typedLogin(r)}`,
  loginPerAddress: (r) => `login-address:${address(r)}`,
  authPerAddress: (r) => `auth-address:${address(r)}`,
  tokenPerAddress: (r) => `token-address:${address(r)}`,
  tokenPerAccount: (r) => `token-account:${account(r)}`,
  searchPerAccount: (r) => `search-account:${account(r)}`,
  searchPerAddress: (r) => `search-address:${address(r)}`,
  citizenAuthPerAddress: (r) => `citizen-auth-address:${address(r)}`,
  citizenChangePerAccount: (r) => `citizen-change:${citizen(r)}`,
};

export const registerRateLimits = async (
  app: FastifyInstance,
  options: { limits: RateLimits; redisUrl: string | undefined },
): Promise<RateLimiter> => {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { connectTimeout: 1000, maxRetriesPerRequest: 1, lazyConnect: false })
    : undefined;
  if (redis) {
    redis.on('error', (error: Error) => app.log.warn({ err: error }, 'rate-limit store unreachable'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  // A failing shared store lets requests through (skipOnError): an outage of Redis must not lock
  // every employee out. Nothing is limited globally; each limit below is applied where it belongs.
  await app.register(fastifyRateLimit, {
    global: false,
    skipOnError: true,
    nameSpace: 'werkplein-rate-limit:',
    ...(redis ? { redis } : {}),
  });

  const limiters = Object.fromEntries(
    (Object.keys(keyOf) as RateLimitName[]).map((name) => {
      const limit = options.limits[name];
      return [
        name,
        limit
          ? app.createRateLimit({ max: limit.max, timeWindow: limit.windowMs, keyGenerator: keyOf[name] })
          : undefined,
      ];
    }),
  ) as Record<RateLimitName, ReturnType<FastifyInstance['createRateLimit']> | undefined>;

  const apply = async (
    name: RateLimitName,
    request: FastifyRequest,
    reply: FastifyReply,
    increment: boolean,
  ) => {
    const limiter = limiters[name];
    if (!limiter) return;
    const result = await limiter(request, { increment });
    if (result.isAllowed) return;
    // `check` peeks: the limit is used up when the count already reached it in this window.
    const over = increment ? result.isExceeded : result.remaining <= 0 && result.ttl > 0;
    if (!over) return;
    const retryAfterSeconds = Math.max(1, result.ttlInSeconds);
    void reply.header('retry-after', String(retryAfterSeconds));
    throw new DomainError('rate_limited', 'Too many requests; try again later', { retryAfterSeconds });
  };

  return {
    hit: (name, request, reply) => apply(name, request, reply, true),
    check: (name, request, reply) => apply(name, request, reply, false),
  };
};

/** Counts a failure without refusing the request that failed (the next one is refused). */
export const countFailure = async (
  limiter: RateLimiter,
  names: readonly RateLimitName[],
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> => {
  for (const name of names) {
    await limiter.hit(name, request, reply).catch((error: unknown) => {
      if (!(error instanceof DomainError && error.code === 'rate_limited')) throw error;
      void reply.removeHeader('retry-after');
    });
  }
};
