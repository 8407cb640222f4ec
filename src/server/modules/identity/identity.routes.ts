import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZLogoutResponse, ZSessionResponse } from '../../../contracts/identity.ts';
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';
import { LOGIN_COOKIE, SESSION_COOKIE } from '../../plugins/auth.ts';
import { capabilitiesOf } from './authorization.policy.ts';
import { identityRepository } from './identity.repository.ts';
import { hasMultiFactor, type OidcClient } from './oidc-client.ts';
import { endSession, endSessionByToken, startSession, type SessionPolicy } from './session.service.ts';
import { completeLogin, cookieBase } from './session-cookies.ts';

export interface IdentityRouteOptions {
  db: Db;
  clock: Clock;
  oidc: OidcClient;
  sessionPolicy: SessionPolicy;
  publicUrl: string;
  requireMfa: boolean;
}

const ZLoginState = z.object({
  state: z.string(),
  nonce: z.string(),
  verifier: z.string(),
  returnTo: z.string(),
});

/** Only local paths, so the login cannot be turned into an open redirect. */
const safeReturnTo = (value: unknown): string =>
  typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && !value.startsWith('/auth/') ? value : '/';

export const identityRoutes = (app: FastifyInstance, options: IdentityRouteOptions): void => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/auth/login',
    { schema: { hide: true, querystring: z.object({ returnTo: z.string().max(500).optional() }) } },
    async (request, reply) => {
      const start = await options.oidc.start();
      const state = {
        state: start.state,
        nonce: start.nonce,
        verifier: start.verifier,
        returnTo: safeReturnTo(request.query.returnTo),
      };
      return reply
        .setCookie(LOGIN_COOKIE, JSON.stringify(state), {
          ...cookieBase,
          sameSite: 'lax',
          maxAge: 600,
          signed: true,
        })
        .header('cache-control', 'no-store')
        .redirect(start.url, 303);
    },
  );

  r.get('/auth/callback', { schema: { hide: true } }, async (request, reply) => {
    const fail = (code: string) =>
      reply
        .clearCookie(LOGIN_COOKIE, { ...cookieBase, sameSite: 'lax' })
        .redirect(`/inloggen?fout=${code}`, 303);
    const raw = request.cookies[LOGIN_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : undefined;
    const parsed =
      unsigned?.valid && unsigned.value ? ZLoginState.safeParse(JSON.parse(unsigned.value)) : undefined;
    if (!parsed?.success) return fail('login_failed');
    let result;
    try {
      result = await options.oidc.finish(new URL(request.url, options.publicUrl), parsed.data);
    } catch (error) {
      request.log.warn({ err: error }, 'OIDC callback refused');
      return fail('login_failed');
    }
    if (options.requireMfa && !hasMultiFactor(result.amr)) return fail('mfa_required');
    const actor = await identityRepository.findActorByLogin(options.db, result.subject);
    if (!actor) return fail('login_failed');
    const previous = request.cookies[SESSION_COOKIE];
    // Renew at login: whatever session id the browser had is discarded.
    if (previous) await endSessionByToken(options.db, previous);
    const session = await startSession(options.db, options.clock, options.sessionPolicy, {
      employeeId: actor.employeeId,
      kind: 'browser',
      idToken: result.idToken,
    });
    return completeLogin(reply, {
      loginCookie: LOGIN_COOKIE,
      sessionCookie: SESSION_COOKIE,
      token: session.token,
      expiresAt: session.expiresAt,
      returnTo: parsed.data.returnTo,
    });
  });

  r.post(
    '/auth/logout',
    {
      config: { authenticated: true },
      schema: { tags: ['identity'], response: { 200: ZLogoutResponse } },
    },
    async (request, reply) => {
      const session = request.session;
      if (!session) throw new DomainError('unauthenticated');
      await endSession(options.db, session.tokenHash);
      const redirectTo = await options.oidc.logoutUrl(session.idToken).catch(() => '/inloggen');
      return reply.clearCookie(SESSION_COOKIE, { ...cookieBase, sameSite: 'strict' }).send({ redirectTo });
    },
  );

  r.get(
    '/api/session',
    { schema: { tags: ['identity'], response: { 200: ZSessionResponse } } },
    async (request) => {
      const session = request.session;
      if (!session) throw new DomainError('unauthenticated');
      const { actor } = session;
      return {
        employee: {
          id: actor.employeeId,
          login: actor.login,
          name: actor.name,
          partner: { id: actor.partnerId, name: actor.partnerName },
          roles: [...actor.roles],
          backOfficeUnit: actor.backOfficeUnit,
        },
        werkpleinen: await identityRepository.werkpleinNames(options.db, actor.werkpleinIds),
        capabilities: capabilitiesOf(actor),
        csrfToken: session.csrfToken,
        idleExpiresAt: session.idleExpiresAt.toISOString(),
      };
    },
  );
};
