import { describe, expect, it } from 'vitest';
import { isValidBsn } from './bsn.ts';

describe('elfproef', () => {
  it.each(['111222333', '123456782', '999999990', '010000008'])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });
  it.each([
    ['123456789', 'check digit wrong'],
    ['111222334', 'last digit changed'],
    ['000000000', 'all zeros'],
    ['12345678', 'too short'],
    ['1234567890', 'too long'],
    ['12345678a', 'not digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
});
