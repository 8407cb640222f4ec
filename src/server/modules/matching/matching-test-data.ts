import { expect } from 'vitest';
import { isValidBsn } from '../../../contracts/bsn.ts';
import { registration, type Session } from '../../testing/test-app.ts';

/** Test data for matching and nominations: vacancies, jobseekers with a profile, activation. */
let next = 310000000 + Math.floor(Math.random() * 1000) * 1000;
export const freshBsn = (): string => {
  for (;;) {
    const candidate = String(next++);
    if (isValidBsn(candidate)) return candidate;
  }
};

export const vacancyInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'regular',
  title: 'Oogstmedewerker tomaten',
  occupation: 'Medewerker glastuinbouw',
  description: 'Oogsten en sorteren in de kas.',
  requiredSkills: ['Oogsten', 'Sorteren'],
  wishedSkills: ['Heftruck'],
  educationLevel: 'mbo2',
  hoursPerWeek: 32,
  postcode: '2671 KK',
  city: 'Naaldwijk',
  drivingLicence: null,
  contract: 'temporary',
  startDate: '2026-12-07',
  endDate: null,
  positions: 2,
  ...overrides,
});

export const profileInput = (overrides: Record<string, unknown> = {}) => ({
  educationLevel: 'mbo2',
  wantedOccupations: ['Medewerker glastuinbouw'],
  skills: ['Oogsten', 'Sorteren', 'Heftruck'],
  languages: ['Nederlands'],
  drivingLicences: ['B'],
  hoursPerWeek: 32,
  travelRadiusKm: 20,
  availableFrom: null,
  education: [],
  workHistory: [],
  version: 0,
  ...overrides,
});

export const createEmployer = async (mark: Session, kvkNumber: string, name = 'Kwekerij De Kas') => {
  const response = await mark.request({
    method: 'POST',
    url: '/api/employers',
    payload: { werkpleinId: 'westland', kvkNumber, name, sector: 'horticulture', sizeClass: '50-249' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
};

export const createVacancy = async (
  mark: Session,
  employerId: string,
  overrides: Record<string, unknown> = {},
) => {
  const response = await mark.request({
    method: 'POST',
    url: `/api/employers/${employerId}/vacancies`,
    payload: vacancyInput(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number };
};

/** Registers a jobseeker through the API (by a klantmanager), with a profile, activated unless told. */
export const createJobseeker = async (
  klantmanager: Session,
  options: {
    surname: string;
    werkpleinId?: string;
    postcode?: string;
    profile?: Record<string, unknown> | null;
    activate?: boolean;
  },
) => {
  const registered = await klantmanager.request({
    method: 'POST',
    url: '/api/jobseekers',
    payload: registration({
      bsn: freshBsn(),
      surname: options.surname,
      surnamePrefix: '',
      werkpleinId: options.werkpleinId ?? 'westland',
      postcode: options.postcode ?? '2671 AB',
    }),
  });
  expect(registered.statusCode, registered.body).toBe(201);
  const id = registered.json().id as string;
  if (options.profile !== null) {
    const saved = await klantmanager.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/profile`,
      payload: profileInput(options.profile ?? {}),
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }
  if (options.activate !== false) {
    const { version } = (
      await klantmanager.request({ method: 'GET', url: `/api/jobseekers/${id}/case-flow` })
    ).json();
    const activated = await klantmanager.request({
      method: 'PUT',
      url: `/api/jobseekers/${id}/activation`,
      payload: { availableForWork: true, version },
    });
    expect(activated.statusCode, activated.body).toBe(200);
  }
  return id;
};
