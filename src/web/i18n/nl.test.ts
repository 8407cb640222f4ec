import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../contracts/errors.ts';
import { errorMessage, fieldErrorMessage, nl } from './nl.ts';

describe('the Dutch catalogue', () => {
  it('has a message for every error code of the API', () => {
    for (const code of errorCodes) expect(nl.errors[code], code).toMatch(/\S/);
  });

  it('falls back to a general message for an unknown code', () => {
    expect(errorMessage('no_such_code')).toBe(nl.errors.internal);
    expect(fieldErrorMessage('bsn', 'no_such_code')).toBe(nl.fieldErrors.unknown);
  });

  it('prefers words specific to the field', () => {
    expect(fieldErrorMessage('roles', 'too_small')).toBe('Kies ten minste één rol.');
    expect(fieldErrorMessage('surname', 'too_small')).toBe(nl.fieldErrors.too_small);
  });
});
