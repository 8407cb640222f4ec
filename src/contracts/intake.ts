import { z } from 'zod';
import { expertiseAreas } from './expertise.ts';
import { ZDate, ZUuid } from './common.ts';
import { ZRegisterJobseekerRequest } from './jobseeker.ts';

export const registrationChannels = ['desk', 'phone', 'email', 'web'] as const;
export const registrationRoutings = ['intake', 'debt_assistance', 'bbz', 'third_party'] as const;
/**
 * Benefit codes stay Dutch (glossary) and keep the reports' historical names as codes: `WWB` is
 * bijstand under today's Participatiewet, `geen` a jobseeker without benefit (nugger). The WIA has
 * two parts, IVA and WGA; `WIA` stays for a WIA benefit whose part is not (yet) known. The UI shows
 * today's legal names (web i18n).
 */
export const benefitTypes = [
  'WW',
  'WWB',
  'WIA',
  'IVA',
  'WGA',
  'WAO',
  'WAZ',
  'Wajong',
  'IOAW',
  'Bbz',
  'ANW',
  'geen',
] as const;
/** Other spellings an import file may use for a benefit code (lower case, trimmed). */
const benefitTypeAliases: Readonly<Record<string, TBenefitType>> = {
  participatiewet: 'WWB',
  pw: 'WWB',
  bijstand: 'WWB',
  nug: 'geen',
  nugger: 'geen',
  'niet-uitkeringsgerechtigd': 'geen',
  'wia-iva': 'IVA',
  'wia-wga': 'WGA',
};
/** A benefit code from an import file: the code itself (any case) or one of its aliases. */
export const parseBenefitType = (value: string): TBenefitType | undefined => {
  const key = value.trim().toLowerCase();
  return benefitTypes.find((t) => t.toLowerCase() === key) ?? benefitTypeAliases[key];
};
export const distancesToWork = ['short', 'medium', 'long'] as const;
/** What a debt-assistance client brings to the first appointment (shown and returned). */
export const debtAssistanceDocuments = [
  'identity_document',
  'income_statements',
  'bank_statements',
  'fixed_costs',
  'debt_overview',
  'letters_from_creditors',
] as const;

export type TBenefitType = (typeof benefitTypes)[number];
export type TRegistrationChannel = (typeof registrationChannels)[number];
export type TRegistrationRouting = (typeof registrationRoutings)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
export const ZPerson = ZRegisterJobseekerRequest.omit({ werkpleinId: true });

/** What every registration has, whatever its routing (exported for the web form's resolver). */
export const registrationBase = {
  werkpleinId: z.string().min(1).max(64),
  channel: z.enum(registrationChannels),
  question: text(2000),
};

export const ZRegistrationRequest = z.discriminatedUnion('routing', [
  z.object({ ...registrationBase, routing: z.literal('intake'), person: ZPerson }).strict(),
  z
    .object({
      ...registrationBase,
      routing: z.literal('debt_assistance'),
      person: ZPerson,
      /** A first appointment with schuldhulp; without an employee the first free one is taken. */
      appointment: z
        .object({
          startsAt: z.iso.datetime({ offset: true }),
          durationMinutes: z.number().int().min(15).max(240).default(60),
          employeeId: ZUuid.optional(),
        })
        .strict()
        .optional(),
    })
    .strict(),
  z.object({ ...registrationBase, routing: z.literal('bbz'), person: ZPerson }).strict(),
  z
    .object({
      ...registrationBase,
      routing: z.literal('third_party'),
      contactName: text(200),
      contactDetails: text(300),
      thirdParty: text(200),
    })
    .strict(),
]);
export type TRegistrationRequest = z.input<typeof ZRegistrationRequest>;

export const ZRegistration = z.object({
  id: z.string(),
  werkpleinId: z.string(),
  channel: z.enum(registrationChannels),
  routing: z.enum(registrationRoutings),
  jobseekerId: z.string().nullable(),
  existingDossier: z.boolean(),
  question: z.string(),
  contactName: z.string().nullable(),
  thirdParty: z.string().nullable(),
  referralId: z.string().nullable(),
  appointment: z
    .object({
      id: z.string(),
      employeeId: z.string(),
      employeeName: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
    })
    .nullable(),
  documentsToBring: z.array(z.enum(debtAssistanceDocuments)),
  registeredAt: z.string(),
  /** Quality goal: follow-up agreed within 24 hours of registration. */
  followUpDueAt: z.string(),
});
export type TRegistration = z.infer<typeof ZRegistration>;

export const ZIntakeRequest = z
  .object({
    clientQuestion: text(4000),
    /** The benefit that applies, if any (eligibility); null when none applies. */
    eligibleBenefit: z.enum(benefitTypes).nullable(),
    benefitApplicationExists: z.boolean(),
    distanceToWork: z.enum(distancesToWork),
    workFirst: z.boolean(),
    caseManagerId: ZUuid,
  })
  .strict();
export type TIntakeRequest = z.input<typeof ZIntakeRequest>;

export const ZTaskSummary = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  dueAt: z.string(),
  assigneeId: z.string(),
});

export const ZIntake = z.object({
  id: z.string(),
  jobseekerId: z.string(),
  clientQuestion: z.string(),
  eligibleBenefit: z.enum(benefitTypes).nullable(),
  benefitApplicationExists: z.boolean(),
  distanceToWork: z.enum(distancesToWork),
  workFirst: z.boolean(),
  caseManagerId: z.string(),
  performedAt: z.string(),
  tasks: z.array(ZTaskSummary),
});
export type TIntake = z.infer<typeof ZIntake>;

export const ZCaseManagerSuggestionQuery = z.object({
  benefitType: z.enum(benefitTypes).optional(),
  /** Client characteristics, comma-separated (e.g. youth,debt): klantmanagers with that expertise rank higher. */
  needs: z
    .string()
    .max(200)
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : []))
    .pipe(z.array(z.enum(expertiseAreas))),
});
export const ZCaseManagerSuggestion = z.object({
  employeeId: z.string(),
  name: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  partnerKind: z.string(),
  caseload: z.number(),
  partnerMatch: z.boolean(),
  expertiseMatch: z.array(z.enum(expertiseAreas)),
  rank: z.number(),
});
export const ZCaseManagerSuggestions = z.object({
  benefitType: z.enum(benefitTypes).nullable(),
  preferredPartnerKind: z.enum(['uwv', 'municipality']),
  items: z.array(ZCaseManagerSuggestion),
});
export type TCaseManagerSuggestions = z.infer<typeof ZCaseManagerSuggestions>;

export const ZAssignRequest = z.object({ caseManagerId: ZUuid }).strict();
export const ZBulkAssignRequest = z
  .object({ jobseekerIds: z.array(ZUuid).min(1).max(500), caseManagerId: ZUuid })
  .strict();
export const ZCaseAssignment = z.object({
  jobseekerId: z.string(),
  caseManagerId: z.string().nullable(),
  caseManagerName: z.string().nullable(),
  partnerId: z.string().nullable(),
});
export type TCaseAssignment = z.infer<typeof ZCaseAssignment>;
export const ZBulkAssignResponse = z.object({ items: z.array(ZCaseAssignment) });

export const ZBenefitPeriod = z.object({
  id: z.string(),
  benefitType: z.enum(benefitTypes),
  startDate: z.string(),
  endDate: z.string().nullable(),
});
export type TBenefitPeriod = z.infer<typeof ZBenefitPeriod>;
export const ZBenefitList = z.object({ items: z.array(ZBenefitPeriod) });
export type TBenefitList = z.infer<typeof ZBenefitList>;
export const ZAddBenefitRequest = z
  .object({ benefitType: z.enum(benefitTypes), startDate: ZDate, endDate: ZDate.optional() })
  .strict();
export const ZEndBenefitRequest = z.object({ endDate: ZDate }).strict();
/** WW → WWB: the running benefit ends the day before `startDate`, the new one starts; same case. */
export const ZChangeBenefitRequest = z
  .object({ benefitType: z.enum(benefitTypes), startDate: ZDate })
  .strict();
export const ZBenefitParams = z.object({ id: ZUuid, benefitId: ZUuid });

/** The dossier section: the one klantmanager and the benefits. */
export const ZCaseOverview = z.object({
  caseManager: ZCaseAssignment,
  benefits: z.array(ZBenefitPeriod),
  lastIntakeAt: z.string().nullable(),
});
export type TCaseOverview = z.infer<typeof ZCaseOverview>;

export const ZUpdatePersonRequest = ZRegisterJobseekerRequest.omit({ werkpleinId: true, bsn: true })
  .extend({ version: z.number().int().min(1) })
  .strict();
export type TUpdatePersonRequest = z.input<typeof ZUpdatePersonRequest>;
