/**
 * The registration form of a jobseeker: its empty values and its schema, which is the contract's
 * (what the API checks) plus what only the browser can know: a birth date after today.
 */
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { genders, ZRegisterJobseekerRequest } from '../../../contracts/jobseeker.ts';

export const genderOptions = genders;

/** A birth date after `today` (both yyyy-mm-dd, Dutch time) cannot be right. */
export const notInFuture =
  (today: () => string) =>
  (values: { birthDate?: unknown }, ctx: z.RefinementCtx): void => {
    if (typeof values.birthDate === 'string' && values.birthDate > today()) {
      ctx.addIssue({ code: 'custom', message: 'date_future', path: ['birthDate'] });
    }
  };

export const registerFormSchema = (today: () => string) =>
  ZRegisterJobseekerRequest.superRefine(notInFuture(today));

export type RegisterValues = z.input<typeof ZRegisterJobseekerRequest>;

/** The person's fields left empty; the gender has no preset choice. */
export const emptyPerson = {
  bsn: '',
  givenNames: '',
  surnamePrefix: '',
  surname: '',
  birthDate: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
};

export const emptyRegisterValues = (werkpleinId: string): DefaultValues<RegisterValues> => ({
  werkpleinId,
  ...emptyPerson,
});
