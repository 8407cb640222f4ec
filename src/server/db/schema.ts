import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role =
  | 'intakeOfficer'
  | 'caseManager'
  | 'accountManager'
  | 'backOffice'
  | 'procurementAdvisor'
  | 'management'
  | 'administrator'
  | 'nationalViewer';
export type BackOfficeUnit =
  'income' | 'debt_assistance' | 'civic_integration' | 'enforcement' | 'sheltered_employment';
export type PartnerKind = 'uwv' | 'municipality' | 'sheltered_employment' | 'other';
export type Gender = 'female' | 'male' | 'other' | 'unknown';

export interface WerkpleinTable {
  id: string;
  name: string;
  municipality_code: string | null;
  created_at: DefaultTimestamp;
  // Regional pool sharing (2026-11-24T0200_regional-pool): arbeidsmarktregio code (AMnn), opt-in.
  labour_market_region: Generated<string | null>;
  shares_pool_regionally: Generated<boolean>;
  version: Generated<number>;
}
export interface PartnerTable {
  id: string;
  name: string;
  kind: PartnerKind;
}
export interface WerkpleinPartnerTable {
  werkplein_id: string;
  partner_id: string;
}
export interface EmployeeTable {
  id: Generated<string>;
  login: string;
  name: string;
  email: string | null;
  partner_id: string;
  back_office_unit: BackOfficeUnit | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  expertise: Generated<string[]>;
}
export interface EmployeeRoleTable {
  employee_id: string;
  role: Role;
}
export interface EmployeeWerkpleinTable {
  employee_id: string;
  werkplein_id: string;
}
export interface SessionTable {
  id_hash: string;
  kind: 'browser' | 'bearer';
  employee_id: string;
  csrf_token: string;
  id_token: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}
export interface JobseekerTable {
  id: Generated<string>;
  werkplein_id: string;
  dossier_number: string;
  bsn: string;
  given_names: string;
  surname_prefix: string;
  surname: string;
  surname_key: string;
  given_key: string;
  birth_date: ColumnType<string, string, string>;
  gender: Gender;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  phone: string | null;
  email: string | null;
  is_test_data: boolean;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  case_manager_id: Generated<string | null>;
  last_contact_at: Generated<Date | null>;
  // Case flow (2026-11-23T2130_case-flow): participatieladder, activation, outflow, handover.
  participation_step: Generated<number | null>;
  available_for_work: Generated<boolean>;
  activated_at: Generated<Date | null>;
  outflow_date: ColumnType<string | null, string | null | undefined, string | null>;
  outflow_reason: Generated<OutflowReason | null>;
  handed_over_at: Generated<Date | null>;
}
export type OutflowReason =
  'regular_work' | 'partial_work' | 'subsidised_work' | 'education' | 'moved' | 'other';
/** Per Werkplein and klantmanager, kept by triggers on jobseeker (2026-11-24T0110_caseload-summary). */
export interface CaseloadSummaryTable {
  werkplein_id: string;
  case_manager_id: string;
  active_cases: Generated<number>;
  oldest_contact_at: Generated<Date | null>;
  median_contact_at: Generated<Date | null>;
}
export interface ReferralTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  unit: BackOfficeUnit | null;
  external_provider: Generated<string | null>;
  question: Generated<string>;
  referred_by: Generated<string | null>;
  status: Generated<'open' | 'answered' | 'withdrawn'>;
  answer: Generated<string | null>;
  answered_at: Generated<Date | null>;
  answered_by: Generated<string | null>;
  signal_seen_at: Generated<Date | null>;
  created_at: Timestamp;
}
export interface TaskTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string | null;
  assignee_id: string;
  kind: string;
  title: string;
  due_at: Timestamp;
  done_at: Generated<Date | null>;
  done_by: Generated<string | null>;
  created_at: Timestamp;
}
export type AppointmentChannel = 'desk' | 'phone' | 'video' | 'home' | 'other';
export interface AppointmentTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string | null;
  employee_id: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  channel: AppointmentChannel;
  location: Generated<string>;
  subject: string;
  status: Generated<'planned' | 'done' | 'no_show' | 'cancelled'>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}
// Registration, intake and benefits (2026-11-23T2110_registration-intake).
export type RegistrationChannel = 'desk' | 'phone' | 'email' | 'web';
export type RegistrationRouting = 'intake' | 'debt_assistance' | 'bbz' | 'third_party';
export type BenefitType =
  'WW' | 'WWB' | 'WIA' | 'IVA' | 'WGA' | 'WAO' | 'WAZ' | 'Wajong' | 'IOAW' | 'Bbz' | 'ANW' | 'geen';
export interface RegistrationTable {
  id: Generated<string>;
  werkplein_id: string;
  channel: RegistrationChannel;
  routing: RegistrationRouting;
  jobseeker_id: string | null;
  existing_dossier: Generated<boolean>;
  question: string;
  contact_name: string | null;
  contact_details: string | null;
  third_party: string | null;
  referral_id: string | null;
  appointment_id: string | null;
  registered_at: Timestamp;
  follow_up_due_at: Timestamp;
  registered_by: string;
}
export interface IntakeTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  client_question: string;
  eligible_benefit: BenefitType | null;
  benefit_application_exists: boolean;
  distance_to_work: 'short' | 'medium' | 'long';
  work_first: boolean;
  case_manager_id: string;
  performed_by: string;
  performed_at: Timestamp;
}
export interface BenefitPeriodTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  benefit_type: BenefitType;
  start_date: ColumnType<string, string, string>;
  end_date: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Timestamp;
}
export interface CaseEventTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  type: string;
  data: ColumnType<unknown, string, never>;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  actor_employee_id: string | null;
  actor_partner_id: string | null;
}
export interface ProcessingActivityTable {
  id: string;
  version: number;
  name: string;
  purpose: string;
  legal_basis: string;
  valid_from: DefaultTimestamp;
}
export interface AuditRecordTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  employee_id: string | null;
  role: string | null;
  partner_id: string | null;
  werkplein_id: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: 'allowed' | 'denied' | 'failed';
  origin: string | null;
  trace_id: string;
}
export interface EmployeeChangeTable {
  id: Generated<string>;
  occurred_at: Timestamp;
  employee_id: string;
  changed_by: string;
  kind: 'created' | 'updated';
  before: ColumnType<EmployeeChangeState | null, string | null, never>;
  after: ColumnType<EmployeeChangeState, string, never>;
  werkplein_ids: string[];
  widens_personal_data_access: boolean;
  trace_id: string;
}
/** What an employee change records before and after (stored as jsonb). */
export interface EmployeeChangeState {
  roles: Role[];
  werkpleinIds: string[];
  backOfficeUnit: BackOfficeUnit | null;
  active: boolean;
}
export interface ProcessingOperationTable {
  id: Generated<string>;
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  foreign_trace_id: string | null;
  foreign_span_id: string | null;
  name: string;
  status: 'ok' | 'error';
  started_at: Timestamp;
  ended_at: Timestamp;
  activity_id: string;
  activity_version: number;
  audit_record_id: string;
}
export interface ProcessingOperationSubjectTable {
  operation_id: string;
  subject_type: string;
  subject_pseudonym: string;
}

export type DocumentKind =
  | 'identity_document'
  | 'cv'
  | 'diploma'
  | 'benefit_decision'
  | 'payslip'
  | 'bank_statement'
  | 'letter'
  | 'other';
export interface DocumentTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  kind: DocumentKind;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  version: number;
  supersedes_id: string | null;
  superseded: Generated<boolean>;
  uploaded_by: string;
  uploaded_at: Timestamp;
}
export interface NoteTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  text: string;
  created_by: string;
  created_at: Timestamp;
}

export interface JobseekerProfileTable {
  jobseeker_id: string;
  /** The jobseeker's Werkplein, for the matching indexes (2026-11-24T0300_matching-pool-indexes). */
  werkplein_id: string;
  /** Generated: 'werkplein|folded occupation' and 'werkplein|folded skill' for matching. */
  occupation_keys: ColumnType<string[], never, never>;
  skill_keys: ColumnType<string[], never, never>;
  education_level: string | null;
  wanted_occupations: string[];
  skills: string[];
  languages: string[];
  driving_licences: string[];
  hours_per_week: number | null;
  travel_radius_km: number | null;
  available_from: ColumnType<string | null, string | null, string | null>;
  education: ColumnType<unknown, string, string>;
  work_history: ColumnType<unknown, string, string>;
  version: number;
  updated_at: Timestamp;
  updated_by: string;
}

export type FundingRule = 'by_benefit' | 'uwv' | 'municipality' | 'sheltered_employment';
export interface InstrumentTable {
  id: Generated<string>;
  werkplein_id: string;
  name: string;
  description: Generated<string>;
  provider: string;
  funding_rule: FundingRule;
  price_cents: number;
  duration_weeks: number;
  capacity: number | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
}
export interface PurchaseTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  instrument_id: string;
  funding_partner_id: string;
  benefit_type: string | null;
  price_cents: number;
  start_date: ColumnType<string, string, string>;
  end_date: ColumnType<string, string, string>;
  status: Generated<'ordered' | 'started' | 'completed' | 'cancelled'>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
}

// Plan, summons and sanction (2026-11-23T2120_plan-referral-summons).
export interface DiagnosisTable {
  jobseeker_id: string;
  werkplein_id: string;
  summary: string;
  self_reliant: boolean;
  wage_value_assessment: boolean;
  diagnosed_on: ColumnType<string, string, string>;
  digital_service_until: ColumnType<string | null, string | null, string | null>;
  placement_target_date: ColumnType<string, string, string>;
  work_offer_target_date: ColumnType<string, string, string>;
  version: Generated<number>;
  updated_by: string;
  updated_at: Timestamp;
}
export type AgreementResponsible = 'jobseeker' | 'case_manager' | 'partner';
export type AgreementStatus = 'open' | 'done' | 'broken' | 'cancelled';
export interface AgreementTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  description: string;
  responsible: AgreementResponsible;
  due_date: ColumnType<string, string, string>;
  status: Generated<AgreementStatus>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
}
export interface SummonsTable {
  id: Generated<string>;
  werkplein_id: string;
  jobseeker_id: string;
  sequence: number;
  reason: string;
  agreement_ids: string[];
  sanction_possible: boolean;
  issued_by: string;
  issued_at: Timestamp;
}
export interface SanctionDecisionTable {
  id: Generated<string>;
  summons_id: string;
  werkplein_id: string;
  jobseeker_id: string;
  outcome: 'imposed' | 'waived';
  percentage: number | null;
  months: number | null;
  reasoning: string;
  unit: 'income' | 'enforcement';
  decided_by: string;
  decided_at: Timestamp;
}

export interface SectorAccountManagerTable {
  werkplein_id: string;
  sector: string;
  employee_id: string;
}
export interface EmployerTable {
  id: Generated<string>;
  werkplein_id: string;
  kvk_number: string;
  name: string;
  sector: string;
  size_class: string;
  account_manager_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface EmployerLocationTable {
  id: Generated<string>;
  employer_id: string;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
}
export interface EmployerContactPersonTable {
  id: Generated<string>;
  employer_id: string;
  name: string;
  job_title: Generated<string>;
  phone: string | null;
  email: string | null;
}
export interface EmployerContactTable {
  id: Generated<string>;
  employer_id: string;
  employee_id: string;
  partner_id: string;
  channel: 'visit' | 'phone' | 'email' | 'event' | 'other';
  subject: string;
  occurred_at: Timestamp;
  created_at: Timestamp;
}

export interface VacancyTable {
  id: Generated<string>;
  werkplein_id: string;
  employer_id: string;
  kind: string;
  title: string;
  occupation: string;
  description: Generated<string>;
  required_skills: string[];
  wished_skills: string[];
  education_level: string | null;
  hours_per_week: number;
  postcode: string;
  city: string;
  driving_licence: string | null;
  contract: string;
  start_date: ColumnType<string, string, string>;
  end_date: ColumnType<string | null, string | null, string | null>;
  positions: number;
  positions_filled: Generated<number>;
  status: Generated<'open' | 'on_hold' | 'filled' | 'closed'>;
  agreements: ColumnType<unknown, string | undefined, string>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Generated (2026-11-24T0300_matching-pool-indexes): folded occupation, 'werkplein|folded skill'. */
  occupation_key: ColumnType<string, never, never>;
  required_skill_keys: ColumnType<string[], never, never>;
}

export type NominationStatus = 'proposed' | 'presented' | 'invited' | 'hired' | 'rejected' | 'withdrawn';
export interface NominationTable {
  id: Generated<string>;
  werkplein_id: string;
  vacancy_id: string;
  jobseeker_id: string;
  proposed_by: string;
  motivation: string;
  status: Generated<NominationStatus>;
  rejection_reason: Generated<string | null>;
  proposed_at: Timestamp;
  presented_at: Generated<Date | null>;
  presented_by: Generated<string | null>;
  feedback_at: Generated<Date | null>;
  feedback_by: Generated<string | null>;
  start_date: ColumnType<string | null, string | null | undefined, string | null>;
  aftercare_task_id: Generated<string | null>;
  /** When the matchmaker's aftercare call falls due (a job creates the task then). */
  aftercare_due_at: Generated<Date | null>;
  version: Generated<number>;
  updated_at: Timestamp;
}

/** A vacancy the matchmaker offered to a klantmanager. */
export interface VacancyOfferTable {
  id: Generated<string>;
  werkplein_id: string;
  vacancy_id: string;
  case_manager_id: string;
  offered_by: string;
  message: string;
  offered_at: Timestamp;
  seen_at: Generated<Date | null>;
}

/** Work due later, claimed by the job runner (src/server/jobs). */
export interface JobTable {
  id: Generated<string>;
  kind: string;
  /** JSON text on insert; PostgreSQL and PGlite return it parsed. */
  payload: ColumnType<unknown, string, never>;
  run_at: Timestamp;
  attempts: Generated<number>;
  last_error: Generated<string | null>;
  done_at: Generated<Date | null>;
  failed_at: Generated<Date | null>;
  created_at: Timestamp;
}

export type ActivityStatus = 'planned' | 'completed' | 'cancelled';
export type ParticipationStatus = 'invited' | 'registered' | 'withdrawn' | 'attended' | 'no_show';
export interface LabourMarketActivityTable {
  id: Generated<string>;
  werkplein_id: string;
  kind: string;
  title: string;
  activity_date: ColumnType<string, string, string>;
  start_time: string;
  end_time: string;
  location: string;
  description: Generated<string>;
  organiser_id: string;
  capacity: number;
  status: Generated<ActivityStatus>;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface LabourMarketActivityEmployerTable {
  activity_id: string;
  employer_id: string;
  added_by: string;
  added_at: Timestamp;
}
export interface LabourMarketActivityVacancyTable {
  activity_id: string;
  employer_id: string;
  vacancy_id: string;
}
export interface LabourMarketActivityJobseekerTable {
  activity_id: string;
  jobseeker_id: string;
  status: ParticipationStatus;
  invited_by: Generated<string | null>;
  invited_at: Generated<Date | null>;
  registered_by: Generated<string | null>;
  registered_at: Generated<Date | null>;
  withdrawn_by: Generated<string | null>;
  withdrawn_at: Generated<Date | null>;
  attendance_by: Generated<string | null>;
  attendance_at: Generated<Date | null>;
  follow_up_employer_id: Generated<string | null>;
  created_at: Timestamp;
}

/** Monitor: one episode of a jobseeker, folded from his case events (2026-12-05T1310_monitor-store). */
export interface MonitorCaseFactTable {
  jobseeker_id: string;
  episode: number;
  werkplein_id: string;
  registered_on: ColumnType<string, string, string>;
  intake_hours: number | null;
  agreement_hours: number | null;
  /** The CaseFact as JSON text on insert; returned parsed. */
  fact: ColumnType<unknown, string, string>;
}
/** Monitor: an additive monthly measure per Werkplein (stock measures as differences). */
export interface MonitorMonthTable {
  measure: string;
  werkplein_id: string;
  month: string;
  breakdown: string;
  value: ColumnType<string | number, number, number>;
}
export interface MonitorStateTable {
  id: number;
  /** recorded_at of the last case event included. */
  watermark: Date | null;
  refreshed_at: Date | null;
  kpi_version: string | null;
}

export interface Database {
  werkplein: WerkpleinTable;
  partner: PartnerTable;
  werkplein_partner: WerkpleinPartnerTable;
  employee: EmployeeTable;
  employee_role: EmployeeRoleTable;
  employee_werkplein: EmployeeWerkpleinTable;
  session: SessionTable;
  jobseeker: JobseekerTable;
  caseload_summary: CaseloadSummaryTable;
  referral: ReferralTable;
  registration: RegistrationTable;
  intake: IntakeTable;
  benefit_period: BenefitPeriodTable;
  task: TaskTable;
  appointment: AppointmentTable;
  diagnosis: DiagnosisTable;
  agreement: AgreementTable;
  summons: SummonsTable;
  sanction_decision: SanctionDecisionTable;
  document: DocumentTable;
  note: NoteTable;
  jobseeker_profile: JobseekerProfileTable;
  instrument: InstrumentTable;
  purchase: PurchaseTable;
  sector_account_manager: SectorAccountManagerTable;
  employer: EmployerTable;
  employer_location: EmployerLocationTable;
  employer_contact_person: EmployerContactPersonTable;
  employer_contact: EmployerContactTable;
  vacancy: VacancyTable;
  nomination: NominationTable;
  vacancy_offer: VacancyOfferTable;
  job: JobTable;
  labour_market_activity: LabourMarketActivityTable;
  labour_market_activity_employer: LabourMarketActivityEmployerTable;
  labour_market_activity_vacancy: LabourMarketActivityVacancyTable;
  labour_market_activity_jobseeker: LabourMarketActivityJobseekerTable;
  case_event: CaseEventTable;
  processing_activity: ProcessingActivityTable;
  audit_record: AuditRecordTable;
  processing_operation: ProcessingOperationTable;
  processing_operation_subject: ProcessingOperationSubjectTable;
  employee_change: EmployeeChangeTable;
  monitor_case_fact: MonitorCaseFactTable;
  monitor_month: MonitorMonthTable;
  monitor_state: MonitorStateTable;
}

export type JobseekerRow = Selectable<JobseekerTable>;
export type NewJobseekerRow = Insertable<JobseekerTable>;
export type EmployeeRow = Selectable<EmployeeTable>;
