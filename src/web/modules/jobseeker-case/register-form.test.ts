import { describe, expect, it } from 'vitest';
import {
  emptyRegisterValues,
  toRegisterRequest,
  validateRegistration,
  type RegisterValues,
} from './register-form.ts';

const valid: RegisterValues = {
  ...emptyRegisterValues('wp-1'),
  bsn: '123456782',
  givenNames: 'Jan Pieter',
  surnamePrefix: 'van',
  surname: 'Dijk',
  birthDate: '1980-05-17',
  gender: 'male',
  street: 'Stationsplein',
  houseNumber: '12a',
  postcode: '3511 ab',
  city: 'Utrecht',
};
const today = '2026-11-24';

describe('validateRegistration', () => {
  it('accepts a complete registration', () => {
    expect(validateRegistration(valid, today)).toEqual({});
  });

  it('asks for every required field of an empty form', () => {
    expect(validateRegistration(emptyRegisterValues(''), today)).toEqual({
      werkpleinId: 'required',
      bsn: 'required',
      givenNames: 'required',
      surname: 'required',
      birthDate: 'required',
      gender: 'required',
      street: 'required',
      houseNumber: 'required',
      postcode: 'required',
      city: 'required',
    });
  });

  it('applies the elfproef to the BSN, ignoring spaces and dots', () => {
    expect(validateRegistration({ ...valid, bsn: '123456789' }, today).bsn).toBe('invalid_bsn');
    expect(validateRegistration({ ...valid, bsn: '1234.56.782' }, today).bsn).toBeUndefined();
  });

  it('knows a postcode, a real date and a birth date not in the future', () => {
    expect(validateRegistration({ ...valid, postcode: '0123AB' }, today).postcode).toBe('postcode_format');
    expect(validateRegistration({ ...valid, birthDate: '2026-02-30' }, today).birthDate).toBe('date_invalid');
    expect(validateRegistration({ ...valid, birthDate: '2026-11-25' }, today).birthDate).toBe('date_future');
  });

  it('checks optional contact details only when given', () => {
    expect(validateRegistration({ ...valid, phone: '06-12345678', email: '' }, today)).toEqual({});
    expect(validateRegistration({ ...valid, phone: 'bel me' }, today).phone).toBe('phone_format');
    expect(validateRegistration({ ...valid, email: 'jan@' }, today).email).toBe('email_format');
  });
});

describe('toRegisterRequest', () => {
  it('normalises BSN and postcode and leaves out empty optional fields', () => {
    expect(toRegisterRequest({ ...valid, bsn: '1234 56 782' })).toEqual({
      werkpleinId: 'wp-1',
      bsn: '123456782',
      givenNames: 'Jan Pieter',
      surnamePrefix: 'van',
      surname: 'Dijk',
      birthDate: '1980-05-17',
      gender: 'male',
      street: 'Stationsplein',
      houseNumber: '12a',
      postcode: '3511AB',
      city: 'Utrecht',
    });
  });
});
