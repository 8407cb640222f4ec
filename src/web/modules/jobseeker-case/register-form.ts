/** The registration form's values, checks and request body, free of React so they can be tested. */
import type { TJobseeker, TRegisterJobseekerRequest } from '../../../contracts/jobseeker.ts';
import {
  checkBsn,
  checkDate,
  checkEmail,
  checkPhone,
  checkPostcode,
  checkRequired,
  compactBsn,
  compactErrors,
  type FieldErrors,
} from '../../shared/lib/validation.ts';

export const registerFields = [
  'werkpleinId',
  'bsn',
  'givenNames',
  'surnamePrefix',
  'surname',
  'birthDate',
  'gender',
  'street',
  'houseNumber',
  'postcode',
  'city',
  'phone',
  'email',
] as const;
export type RegisterField = (typeof registerFields)[number];
export type RegisterValues = Record<RegisterField, string>;

export const genderOptions: readonly TJobseeker['gender'][] = ['female', 'male', 'other', 'unknown'];

export const emptyRegisterValues = (werkpleinId: string): RegisterValues => ({
  werkpleinId,
  bsn: '',
  givenNames: '',
  surnamePrefix: '',
  surname: '',
  birthDate: '',
  gender: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
});

const max = (value: string, length: number): string | undefined =>
  value.trim().length > length ? 'too_big' : undefined;

export const validateRegistration = (values: RegisterValues, today: string): FieldErrors<RegisterField> =>
  compactErrors<RegisterField>({
    werkpleinId: checkRequired(values.werkpleinId),
    bsn: checkBsn(values.bsn),
    givenNames: checkRequired(values.givenNames) ?? max(values.givenNames, 200),
    surnamePrefix: max(values.surnamePrefix, 20),
    surname: checkRequired(values.surname) ?? max(values.surname, 200),
    birthDate: checkDate(values.birthDate) ?? (values.birthDate > today ? 'date_future' : undefined),
    gender: (genderOptions as readonly string[]).includes(values.gender) ? undefined : 'required',
    street: checkRequired(values.street) ?? max(values.street, 200),
    houseNumber: checkRequired(values.houseNumber) ?? max(values.houseNumber, 20),
    postcode: checkPostcode(values.postcode),
    city: checkRequired(values.city) ?? max(values.city, 100),
    phone: checkPhone(values.phone) ?? max(values.phone, 30),
    email: checkEmail(values.email) ?? max(values.email, 200),
  });

/** The request body; call only after validateRegistration found nothing. */
export const toRegisterRequest = (values: RegisterValues): TRegisterJobseekerRequest => ({
  werkpleinId: values.werkpleinId,
  bsn: compactBsn(values.bsn),
  givenNames: values.givenNames.trim(),
  surnamePrefix: values.surnamePrefix.trim(),
  surname: values.surname.trim(),
  birthDate: values.birthDate,
  gender: values.gender as TJobseeker['gender'],
  street: values.street.trim(),
  houseNumber: values.houseNumber.trim(),
  postcode: values.postcode.replace(/\s/g, '').toUpperCase(),
  city: values.city.trim(),
  ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
  ...(values.email.trim() ? { email: values.email.trim() } : {}),
});
