import type { FastifyReply } from 'fastify';

/** Every cookie of a login or session: host-only, never readable by script, HTTPS only. */
export const cookieBase = { path: '/', httpOnly: true, secure: true } as const;

/**
 * The end of a login (staff or citizen): the short-lived login cookie goes, the new session's cookie
 * is set (same site only), and the browser returns to where the person was.
 */
export const completeLogin = (
  reply: FastifyReply,
  login: { loginCookie: string; sessionCookie: string; token: string; expiresAt: Date; returnTo: string },
) =>
  reply
    .clearCookie(login.loginCookie, { ...cookieBase, sameSite: 'lax' })
    .setCookie(login.sessionCookie, login.token, {
      ...cookieBase,
      sameSite: 'strict',
      expires: login.expiresAt,
    })
    .header('cache-control', 'no-store')
    .redirect(login.returnTo, 303);
