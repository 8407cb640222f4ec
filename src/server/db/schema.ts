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
  | 'administrator';
export type BackOfficeUnit =
  'income' | 'debt_assistance' | 'civic_integration' | 'enforcement' | 'sheltered_employment';
export type PartnerKind = 'uwv' | 'municipality' | 'sheltered_employment' | 'other';
export type Gender = 'female' | 'male' | 'other' | 'unknown';

export interface WerkpleinTable {
  id: string;
  name: string;
  municipality_code: string | null;
  created_at: DefaultTimestamp;
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
  referral: ReferralTable;
  task: TaskTable;
  appointment: AppointmentTable;
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
  case_event: CaseEventTable;
  processing_activity: ProcessingActivityTable;
  audit_record: AuditRecordTable;
  processing_operation: ProcessingOperationTable;
  processing_operation_subject: ProcessingOperationSubjectTable;
}

export type JobseekerRow = Selectable<JobseekerTable>;
export type NewJobseekerRow = Insertable<JobseekerTable>;
export type EmployeeRow = Selectable<EmployeeTable>;
