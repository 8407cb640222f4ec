import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrorMessage } from '../../i18n/nl.ts';
import { ApiError } from './api.ts';
import { apiProblems } from './use-form-errors.ts';

describe('apiProblems', () => {
  const fields = ['name', 'roles'] as const;

  it('keeps the server field problems on known fields and shows the others in general', () => {
    const error = new ApiError(400, 'validation_failed', [
      { path: 'roles.0', code: 'invalid_enum', message: '' },
      { path: 'name', code: 'required', message: '' },
      { path: 'version', code: 'required', message: '' },
    ]);
    expect(apiProblems(error, fields)).toEqual([
      { roles: 'invalid_enum', name: 'required' },
      [fieldErrorMessage('version', 'required')],
    ]);
  });

  it('turns any other error code into one general message', () => {
    expect(apiProblems(new ApiError(403, 'forbidden'), fields)).toEqual([{}, [errorMessage('forbidden')]]);
    expect(apiProblems(new ApiError(400, 'validation_failed'), fields)).toEqual([
      {},
      [errorMessage('validation_failed')],
    ]);
  });

  it('speaks of the network when the request did not get an answer', () => {
    expect(apiProblems(new TypeError('Failed to fetch'), fields)).toEqual([{}, [errorMessage('network')]]);
  });
});
