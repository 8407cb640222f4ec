import { describe, expect, it } from 'vitest';
import { loginUrl, safeReturnTo } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/werkzoekenden?q=jansen', '/werkzoekenden?q=jansen'],
    ['/beheer/medewerkers', '/beheer/medewerkers'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['/inloggen?reden=verlopen', '/'],
    ['/werk\nzoekenden', '/'],
  ])('%j → %j', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });
});

describe('loginUrl', () => {
  it('sends the way back along, encoded', () => {
    expect(loginUrl('/werkzoekenden?q=a b')).toBe('/auth/login?returnTo=%2Fwerkzoekenden%3Fq%3Da%20b');
  });
});
