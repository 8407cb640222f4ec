import { describe, expect, it } from 'vitest';
import { issueDevToken, verifyDevToken } from './session.service.ts';

const secret = 's'.repeat(40);
const now = new Date('2026-11-23T10:00:00Z');

describe('dev tokens for scripts', () => {
  it('carry the login and expire after 15 minutes', () => {
    const token = issueDevToken(secret, 'kees.klant', now);
    expect(verifyDevToken(secret, token, now)).toEqual({ login: 'kees.klant' });
    expect(verifyDevToken(secret, token, new Date(now.getTime() + 15 * 60_000))).toBe('expired');
  });
  it('are refused when signed with another secret or changed', () => {
    const token = issueDevToken(secret, 'kees.klant', now);
    expect(verifyDevToken('x'.repeat(40), token, now)).toBeUndefined();
    const [head, payload, mac] = token.split('.');
    const tampered = Buffer.from(
      JSON.stringify({ login: 'bea.beheer', exp: now.getTime() + 60_000 }),
    ).toString('base64url');
    expect(verifyDevToken(secret, `${head}.${tampered}.${mac}`, now)).toBeUndefined();
    expect(payload).toBeDefined();
  });
});
