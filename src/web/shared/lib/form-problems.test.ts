import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZRegisterJobseekerRequest } from '../../../contracts/jobseeker.ts';
import { errorMessage, fieldProblemMessage } from '../../i18n/nl.ts';
import { ApiError } from './api.ts';
import { apiProblems, checkedAsBody, contractResolver, looseForm, wholeNumber } from './form-problems.ts';

const valid = {
  werkpleinId: 'wp-1',
  bsn: '111222333',
  givenNames: 'Jan',
  surnamePrefix: '',
  surname: 'Jansen',
  birthDate: '1990-05-01',
  gender: 'male',
  street: 'Kerkstraat',
  houseNumber: '1',
  postcode: '1234 ab',
  city: 'Utrecht',
  phone: '',
  email: '',
};

/** What the form shows next to each field after checking `values` with the contract schema. */
const messages = async (
  values: Record<string, unknown>,
  choices: readonly string[] = ['gender', 'werkpleinId'],
) => {
  const resolve = contractResolver(ZRegisterJobseekerRequest);
  const { errors } = await resolve(values as never, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return Object.fromEntries(
    Object.entries(errors as FieldErrors).map(([name, error]) => [
      name,
      fieldProblemMessage(name, String(error?.message), choices.includes(name) ? 'choice' : 'text'),
    ]),
  );
};

describe('a form checked with the contract schema', () => {
  it('accepts what the API accepts', async () => {
    expect(await messages(valid)).toEqual({});
  });

  it('says in Dutch what is wrong, per field, from the same schema the API uses', async () => {
    expect(
      await messages({
        ...valid,
        bsn: '123456789',
        givenNames: '  ',
        postcode: '0123',
        email: 'jan@',
        phone: 'x',
      }),
    ).toEqual({
      bsn: 'Dit is geen geldig BSN. Een BSN heeft 9 cijfers en moet de elfproef doorstaan.',
      givenNames: 'Vul dit veld in.',
      postcode: 'Vul een postcode in als 1234 AB.',
      email: 'Vul een e-mailadres in als naam@voorbeeld.nl.',
      phone: 'Een telefoonnummer bevat alleen cijfers, spaties en de tekens + - ( ).',
    });
  });

  it('asks to choose, not to fill in, for a radio group or select left empty', async () => {
    const { gender, werkpleinId } = await messages({ ...valid, gender: undefined, werkpleinId: '' });
    expect(gender).toBe('Kies het geslacht.');
    expect(werkpleinId).toBe('Kies een Werkplein.');
    expect(fieldProblemMessage('channel', 'required', 'choice')).toBe('Kies een van de mogelijkheden.');
    expect(fieldProblemMessage('channel', 'required', 'choice')).not.toBe(
      fieldProblemMessage('channel', 'required'),
    );
  });
});

describe('a refused command on a form', () => {
  const known = (path: string) => (['name', 'roles'].includes(path) ? path : undefined);

  it('puts the server field problems on the form fields and the rest in the summary', () => {
    const error = new ApiError(400, 'validation_failed', [
      { path: 'roles.0', code: 'invalid_value', message: '' },
      { path: 'name', code: 'too_big', message: '' },
      { path: 'version', code: 'required', message: '' },
    ]);
    expect(apiProblems(error, known)).toEqual({
      fields: [
        { name: 'roles', code: 'invalid_value' },
        { name: 'name', code: 'too_big' },
      ],
      general: [fieldProblemMessage('version', 'required')],
    });
  });

  it('shows a conflict as a message of its own, and any other refusal in Dutch', () => {
    const conflict = new ApiError(409, 'conflict');
    expect(apiProblems(conflict, known)).toEqual({ fields: [], general: [errorMessage('conflict')] });
    expect(apiProblems(conflict, known, 'Iemand anders was u voor.').general).toEqual([
      'Iemand anders was u voor.',
    ]);
    expect(apiProblems(new ApiError(403, 'forbidden'), known).general).toEqual([errorMessage('forbidden')]);
    expect(apiProblems(new TypeError('Failed to fetch'), known).general).toEqual([errorMessage('network')]);
  });
});

describe('a number typed in a text field', () => {
  it('is a whole number, nothing, or a problem the user can read', async () => {
    expect([wholeNumber(' 12 '), wholeNumber(''), Number.isNaN(wholeNumber('12,5'))]).toEqual([
      12,
      null,
      true,
    ]);
    const schema = checkedAsBody(
      looseForm<{ hours: string }>(),
      (v) => ({ hours: wholeNumber(v.hours) }),
      z.object({ hours: z.number().int().min(1) }),
    );
    const resolve = contractResolver(schema);
    const codeOf = async (hours: string) =>
      (await resolve({ hours }, undefined, { fields: {}, shouldUseNativeValidation: false })).errors.hours
        ?.message;
    expect(fieldProblemMessage('hours', String(await codeOf('veel')))).toBe('Vul een heel getal in.');
    expect(fieldProblemMessage('hours', String(await codeOf('')))).toBe('Vul dit veld in.');
    expect(await codeOf('32')).toBeUndefined();
  });
});

describe('a field left empty', () => {
  it('asks to fill it in, even where the contract speaks of its format', async () => {
    const { bsn, birthDate } = await messages({ ...valid, bsn: '', birthDate: '' });
    expect(bsn).toBe('Vul dit veld in.');
    expect(birthDate).toBe('Vul dit veld in.');
  });
});
