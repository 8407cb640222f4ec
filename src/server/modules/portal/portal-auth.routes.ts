import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPortalSession } from '../../../contracts/portal.ts';
import type { Clock } from '../../clock.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';
import { CITIZEN_COOKIE, CITIZEN_LOGIN_COOKIE } from '../../plugins/auth.ts';
import { assuranceLevelOf, assuranceLevels, meetsLevel } from '../identity/citizen.ts';
import {
  endCitizenSession,
  endCitizenSessionByToken,
  findJobseekerByBsn,
  startCitizenSession,
  type CitizenSessionPolicy,
} from '../identity/citizen-session.service.ts';
import type { OidcClient } from '../identity/oidc-client.ts';
import { completeLogin, cookieBase } from '../identity/session-cookies.ts';

export const PORTAL_PATH = '/mijn/';

export interface PortalAuthOptions {
  db: Db;
  clock: Clock;
  /** DigiD through OpenID Connect; undefined when none is configured (then nobody logs in). */
  digid: OidcClient | undefined;
  digidConfig: Config['digid'];
  policy: CitizenSessionPolicy;
  publicUrl: string;
}

const ZLevel = z.enum(assuranceLevels as unknown as ['basis', 'midden', 'substantieel', 'hoog']);
const ZLoginState = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  returnTo: z.string(),
  level: ZLevel,
});

/** Only paths of the portal itself, so the login cannot be turned into an open redirect. */
const safeReturnTo = (value: unknown): string =>
  typeof value === 'string' &&
  value.startsWith(PORTAL_PATH) &&
  /^\/mijn\/[^\s\\]*$/.test(value) &&
  !value.includes('//')
    ? value
    : PORTAL_PATH;

/** Why a login did not end in a session, as the portal's start page explains it (Dutch, B1). */
type LoginProblem = 'geannuleerd' | 'mislukt' | 'onbekend' | 'niveau' | 'niet-beschikbaar';

/**
 * The citizen's DigiD login for the portal: authorization code with PKCE, state and nonce, a
 * level asked for (`acr_values`), and a step up (log in again at a higher level, then back to where
 * he was). Sessions, cookies and limits are the portal's own (plugins/auth.ts).
 */
export const portalAuthRoutes = (app: FastifyInstance, options: PortalAuthOptions): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { readLevel, changeLevel } = options.digidConfig;

  r.get(
    '/mijn/auth/login',
    {
      schema: {
        hide: true,
        querystring: z.object({ terug: z.string().max(500).optional(), niveau: ZLevel.optional() }),
      },
    },
    async (request, reply) => {
      if (!options.digid) return reply.redirect(`${PORTAL_PATH}?fout=niet-beschikbaar`, 303);
      const asked = request.query.niveau;
      const level = asked && meetsLevel(asked, readLevel) ? asked : readLevel;
      // A higher level than reading needs is a step up: DigiD must ask again, not reuse its session.
      const start = await options.digid.start({
        acrValues: level,
        ...(level !== readLevel ? { prompt: 'login' as const } : {}),
      });
      const state = { ...start, url: undefined, returnTo: safeReturnTo(request.query.terug), level };
      return reply
        .setCookie(CITIZEN_LOGIN_COOKIE, JSON.stringify(state), {
          ...cookieBase,
          sameSite: 'lax',
          maxAge: 600,
          signed: true,
        })
        .header('cache-control', 'no-store')
        .redirect(start.url, 303);
    },
  );

  r.get(
    '/mijn/auth/callback',
    {
      schema: { hide: true, querystring: z.object({ error: z.string().max(100).optional() }).passthrough() },
    },
    async (request, reply) => {
      const fail = (problem: LoginProblem) =>
        reply
          .clearCookie(CITIZEN_LOGIN_COOKIE, { ...cookieBase, sameSite: 'lax' })
          .header('cache-control', 'no-store')
          .redirect(`${PORTAL_PATH}?fout=${problem}`, 303);
      if (!options.digid) return fail('niet-beschikbaar');
      if (request.query.error === 'access_denied') return fail('geannuleerd');
      const raw = request.cookies[CITIZEN_LOGIN_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      let parsed;
      try {
        parsed =
          unsigned?.valid && unsigned.value ? ZLoginState.safeParse(JSON.parse(unsigned.value)) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) return fail('mislukt');
      let result;
      try {
        result = await options.digid.finish(new URL(request.url, options.publicUrl), parsed.data);
      } catch (error) {
        request.log.warn({ err: error }, 'DigiD callback refused');
        return fail('mislukt');
      }
      const bsn = result.claims[options.digidConfig.bsnClaim];
      const level = assuranceLevelOf(result.claims[options.digidConfig.levelClaim]);
      if (typeof bsn !== 'string' || !/^\d{9}$/.test(bsn) || !level) return fail('mislukt');
      if (!meetsLevel(level, parsed.data.level)) return fail('niveau');
      const jobseeker = await findJobseekerByBsn(options.db, bsn);
      if (!jobseeker) return fail('onbekend');
      const previous = request.cookies[CITIZEN_COOKIE];
      // Renew at every login (a step up too): whatever session id the browser had is discarded.
      if (previous) await endCitizenSessionByToken(options.db, previous);
      const session = await startCitizenSession(options.db, options.clock, options.policy, {
        jobseekerId: jobseeker.id,
        assuranceLevel: level,
        idToken: result.idToken,
      });
      return completeLogin(reply, {
        loginCookie: CITIZEN_LOGIN_COOKIE,
        sessionCookie: CITIZEN_COOKIE,
        token: session.token,
        expiresAt: session.expiresAt,
        returnTo: parsed.data.returnTo,
      });
    },
  );

  r.post(
    '/mijn/auth/logout',
    { config: { citizen: true }, schema: { hide: true } },
    async (request, reply) => {
      const session = request.citizenSession;
      if (!session) throw new DomainError('unauthenticated');
      await endCitizenSession(options.db, session.tokenHash);
      const redirectTo = options.digid
        ? await options.digid.logoutUrl(session.idToken).catch(() => `${PORTAL_PATH}?uitgelogd=1`)
        : `${PORTAL_PATH}?uitgelogd=1`;
      return reply.clearCookie(CITIZEN_COOKIE, { ...cookieBase, sameSite: 'strict' }).send({ redirectTo });
    },
  );

  r.get(
    '/api/portal/session',
    { schema: { tags: ['portal'], response: { 200: ZPortalSession } } },
    async (request) => {
      const session = request.citizenSession;
      if (!session) throw new DomainError('unauthenticated');
      return {
        assuranceLevel: session.citizen.assuranceLevel,
        mayChange: session.citizen.mayChange,
        changeLevel,
        csrfToken: session.csrfToken,
        idleExpiresAt: session.idleExpiresAt.toISOString(),
      };
    },
  );
};
