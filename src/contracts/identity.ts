import { z } from 'zod';
import { expertiseAreas } from './expertise.ts';

export const roles = [
  'intakeOfficer',
  'caseManager',
  'accountManager',
  'backOffice',
  'procurementAdvisor',
  'management',
  'administrator',
  // The ministry or national programme: aggregates of every Werkplein, never a person.
  'nationalViewer',
] as const;
export const ZRole = z.enum(roles);
export type TRole = z.infer<typeof ZRole>;

export const backOfficeUnits = [
  'income',
  'debt_assistance',
  'civic_integration',
  'enforcement',
  'sheltered_employment',
] as const;
export const ZBackOfficeUnit = z.enum(backOfficeUnits);
export type TBackOfficeUnit = z.infer<typeof ZBackOfficeUnit>;

/** What an employee may do at all (the server still checks each object's Werkplein and referral). */
export const capabilities = [
  'jobseeker.search',
  'jobseeker.read',
  'jobseeker.register',
  'employee.manage',
  'processingLog.read',
  'werkplein.manage',
  // Klantvolgsysteem
  'registration.record',
  'intake.perform',
  'case.assign',
  'case.manage',
  'caseload.read',
  'team.read',
  'worklist.read',
  'referral.answer',
  'sanction.decide',
  'task.manage',
  'document.manage',
  'instrument.read',
  'instrument.manage',
  // Werkgeversservicepunt
  'employer.read',
  'employer.manage',
  'employer.contact',
  'vacancy.manage',
  'matching.read',
  'nomination.propose',
  'nomination.manage',
  // Arbeidsmarktactiviteiten: job fairs, collective recruitment and the like
  'labourMarketActivity.read',
  'labourMarketActivity.manage',
  'labourMarketActivity.enrol',
  // Monitor: figures (aggregates), and opening a figure to the cases behind it
  'monitor.read',
  'monitor.drilldown',
] as const;
export const ZCapability = z.enum(capabilities);
export type TCapability = z.infer<typeof ZCapability>;

export const ZWerkpleinRef = z.object({ id: z.string(), name: z.string() });

export const ZSessionResponse = z.object({
  employee: z.object({
    id: z.string(),
    login: z.string(),
    name: z.string(),
    partner: z.object({ id: z.string(), name: z.string() }),
    roles: z.array(ZRole),
    backOfficeUnit: ZBackOfficeUnit.nullable(),
  }),
  werkpleinen: z.array(ZWerkpleinRef),
  capabilities: z.array(ZCapability),
  csrfToken: z.string(),
  /** ISO time at which the session ends if idle. */
  idleExpiresAt: z.string(),
});
export type TSessionResponse = z.infer<typeof ZSessionResponse>;

export const ZLogoutResponse = z.object({ redirectTo: z.string() });

export const ZLogin = z.string().regex(/^[a-z0-9._-]{2,64}$/, { message: 'login_format' });

export const ZEmployee = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  partnerId: z.string(),
  backOfficeUnit: ZBackOfficeUnit.nullable(),
  roles: z.array(ZRole),
  werkpleinIds: z.array(z.string()),
  expertise: z.array(z.enum(expertiseAreas)),
  active: z.boolean(),
  version: z.number(),
});
export type TEmployee = z.infer<typeof ZEmployee>;

export const ZEmployeeList = z.object({ items: z.array(ZEmployee) });

export const ZEmployeeInput = z.object({
  login: ZLogin,
  name: z.string().trim().min(1).max(200),
  email: z.email().max(200).nullable().optional(),
  partnerId: z.string().min(1).max(64),
  backOfficeUnit: ZBackOfficeUnit.nullable().optional(),
  roles: z.array(ZRole).min(1).max(roles.length),
  werkpleinIds: z.array(z.string().min(1).max(64)).min(1).max(200),
  expertise: z.array(z.enum(expertiseAreas)).max(expertiseAreas.length).default([]),
  active: z.boolean().optional(),
});
export type TEmployeeInput = z.infer<typeof ZEmployeeInput>;
export const ZEmployeeUpdate = ZEmployeeInput.omit({ login: true }).extend({
  version: z.number().int().positive(),
});
export type TEmployeeUpdate = z.infer<typeof ZEmployeeUpdate>;

/** One change of an employee's roles, Werkpleinen or active state, as the beheerders see it. */
const ZEmployeeState = z.object({
  roles: z.array(ZRole),
  werkpleinIds: z.array(z.string()),
  backOfficeUnit: ZBackOfficeUnit.nullable(),
  active: z.boolean(),
});
const ZEmployeeRef = z.object({ id: z.string(), name: z.string(), login: z.string() });
export const ZEmployeeChange = z.object({
  id: z.string(),
  occurredAt: z.string(),
  employee: ZEmployeeRef,
  changedBy: ZEmployeeRef,
  kind: z.enum(['created', 'updated']),
  before: ZEmployeeState.nullable(),
  after: ZEmployeeState,
  /** A role that reads personal data was granted, or such a role reached a new Werkplein or came back. */
  widensPersonalDataAccess: z.boolean(),
});
export type TEmployeeChange = z.infer<typeof ZEmployeeChange>;
export const ZEmployeeChangeList = z.object({ items: z.array(ZEmployeeChange) });
export const ZEmployeeChangeQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZReferenceData = z.object({
  werkpleinen: z.array(ZWerkpleinRef),
  partners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
});
