import { describe, expect, it } from 'vitest';
import { assuranceLevelOf, meetsLevel } from '../identity/citizen.ts';
import { icsOf } from './ics.ts';
import { waitingOnOf } from './portal.service.ts';

describe('who an agreement waits on', () => {
  const at = new Date('2026-12-01T10:00:00Z');
  it.each([
    [{ status: 'open', accepted_at: null, responsible: 'case_manager' }, 'you'],
    [{ status: 'open', accepted_at: null, responsible: 'jobseeker' }, 'you'],
    [{ status: 'open', accepted_at: at, responsible: 'jobseeker' }, 'you'],
    [{ status: 'open', accepted_at: at, responsible: 'case_manager' }, 'caseManager'],
    [{ status: 'open', accepted_at: at, responsible: 'partner' }, 'caseManager'],
    [{ status: 'done', accepted_at: null, responsible: 'jobseeker' }, null],
    [{ status: 'broken', accepted_at: at, responsible: 'jobseeker' }, null],
  ] as const)('%o → %s', (agreement, expected) => {
    expect(waitingOnOf(agreement)).toBe(expected);
  });
});

describe('DigiD assurance levels', () => {
  it.each([
    ['basis', 'basis', true],
    ['basis', 'substantieel', false],
    ['midden', 'substantieel', false],
    ['substantieel', 'substantieel', true],
    ['hoog', 'substantieel', true],
  ] as const)('a login at %s may do what needs %s: %s', (level, required, expected) => {
    expect(meetsLevel(level, required)).toBe(expected);
  });

  it.each([
    ['substantieel', 'substantieel'],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport', 'basis'],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract', 'midden'],
    ['urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard', 'substantieel'],
    ['http://eidas.europa.eu/LoA/high', 'hoog'],
    ['toString', undefined],
    ['', undefined],
    [42, undefined],
  ])('reads the claim %s as %s', (claim, expected) => {
    expect(assuranceLevelOf(claim)).toBe(expected);
  });
});

describe('an appointment as an iCalendar file', () => {
  const ics = icsOf({
    uid: 'a1@werkplein',
    stamp: new Date('2026-12-01T08:00:00Z'),
    start: new Date('2026-12-08T09:00:00Z'),
    end: new Date('2026-12-08T09:45:00Z'),
    summary: 'Gesprek; over werk, en meer',
    location: 'Werkplein Westland, Naaldwijk',
    description: `Afspraak met ${'Kees van der Klant '.repeat(6)}`,
  });

  it('has CRLF lines, UTC times and escaped text', () => {
    expect(ics.split('\r\n')).toContain('DTSTART:20261208T090000Z');
    expect(ics).toContain('SUMMARY:Gesprek\\; over werk\\, en meer');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^\r]/);
  });
});
