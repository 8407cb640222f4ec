import type { z } from 'zod';
import type {
  TMyOpenVacancyList,
  TVacancy,
  TVacancyInput,
  TVacancyUpdate,
  ZAgreementRequest,
} from '../../../contracts/vacancy.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { assertWerkplein, authorize } from '../identity/authorize.ts';
import { employerRepository } from './employer.repository.ts';
import { vacancyRepository } from './vacancy.repository.ts';

type VacancyRow = NonNullable<Awaited<ReturnType<typeof vacancyRepository.getById>>>;
type Agreement = TVacancy['agreements'][number];

const presentVacancy = (v: VacancyRow): TVacancy => ({
  id: v.id,
  werkpleinId: v.werkplein_id,
  employer: { id: v.employer_id, name: v.employer_name },
  kind: v.kind as TVacancy['kind'],
  title: v.title,
  occupation: v.occupation,
  description: v.description,
  requiredSkills: v.required_skills,
  wishedSkills: v.wished_skills,
  educationLevel: v.education_level as TVacancy['educationLevel'],
  hoursPerWeek: v.hours_per_week,
  postcode: v.postcode,
  city: v.city,
  drivingLicence: v.driving_licence as TVacancy['drivingLicence'],
  contract: v.contract as TVacancy['contract'],
  startDate: v.start_date,
  endDate: v.end_date,
  positions: v.positions,
  positionsFilled: v.positions_filled,
  status: v.status,
  agreements: v.agreements as Agreement[],
  version: v.version,
});

const loadVacancy = async (ctx: Ctx, action: 'employer.read' | 'vacancy.manage', id: string) => {
  authorize(ctx, action);
  const vacancy = await vacancyRepository.getById(ctx.db, id);
  if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
  assertWerkplein(ctx, action, vacancy.werkplein_id);
  return vacancy;
};

export const listVacancies = async (
  ctx: Ctx,
  query: { status?: string; employerId?: string; mine: boolean },
) => {
  authorize(ctx, 'employer.read');
  const rows = await vacancyRepository.list(ctx.db, {
    werkpleinIds: ctx.actor.werkpleinIds,
    status: query.status,
    employerId: query.employerId,
    accountManagerId: query.mine ? ctx.actor.employeeId : undefined,
  });
  return { items: rows.map(presentVacancy) };
};

/**
 * The matchmaker's open vacancies (of the employers he is the matchmaker of) with positions left and
 * where their nominations stand. Counts only, no person: nothing for the processing log.
 */
export const listMyOpenVacancies = async (ctx: Ctx): Promise<TMyOpenVacancyList> => {
  authorize(ctx, 'vacancy.manage');
  const rows = await vacancyRepository.openForAccountManager(
    ctx.db,
    ctx.actor.employeeId,
    ctx.actor.werkpleinIds,
  );
  return {
    items: rows.map((v) => ({
      id: v.id,
      title: v.title,
      kind: v.kind as TVacancy['kind'],
      occupation: v.occupation,
      city: v.city,
      startDate: v.start_date,
      positions: v.positions,
      positionsFilled: v.positions_filled,
      positionsLeft: v.positions - v.positions_filled,
      employer: { id: v.employer_id, name: v.employer_name },
      nominations: {
        proposed: Number(v.proposed),
        presented: Number(v.presented),
        invited: Number(v.invited),
        hired: Number(v.hired),
        rejected: Number(v.rejected),
        withdrawn: Number(v.withdrawn),
      },
    })),
  };
};

export const getVacancy = async (ctx: Ctx, id: string) =>
  presentVacancy(await loadVacancy(ctx, 'employer.read', id));

export const createVacancy = async (ctx: Ctx, employerId: string, input: TVacancyInput) => {
  authorize(ctx, 'vacancy.manage');
  const employer = await employerRepository.getById(ctx.db, employerId);
  if (!employer) throw new DomainError('not_found', 'Employer not found');
  assertWerkplein(ctx, 'vacancy.manage', employer.werkplein_id);
  const now = ctx.clock.now();
  const id = await vacancyRepository.insert(
    ctx.db,
    employer.werkplein_id,
    employerId,
    input,
    ctx.actor.employeeId,
    now,
  );
  return presentVacancy((await vacancyRepository.getById(ctx.db, id)) as VacancyRow);
};

export const updateVacancy = async (ctx: Ctx, id: string, input: TVacancyUpdate) => {
  const current = await loadVacancy(ctx, 'vacancy.manage', id);
  if (input.positions < current.positions_filled) {
    throw new DomainError('validation_failed', 'Fewer positions than already filled', undefined, [
      { path: 'positions', code: 'below_filled', message: `${current.positions_filled} already filled` },
    ]);
  }
  const updated = await vacancyRepository.update(ctx.db, id, input.version, input, ctx.clock.now());
  const after = presentVacancy((await vacancyRepository.getById(ctx.db, id)) as VacancyRow);
  if (!updated) throw new DomainError('conflict', 'Someone else changed this vacancy', { current: after });
  return after;
};

/** Records an intake agreement with the employer (profile, trajectory or duration) as agreed. */
export const recordAgreement = async (ctx: Ctx, id: string, input: z.output<typeof ZAgreementRequest>) => {
  const current = await loadVacancy(ctx, 'vacancy.manage', id);
  const agreement: Agreement = {
    topic: input.topic,
    text: input.text,
    agreedAt: ctx.clock.now().toISOString(),
    agreedBy: { id: ctx.actor.employeeId, name: ctx.actor.name },
  };
  // A newer agreement on the same topic replaces the older one; the rest stays.
  const agreements = [
    ...(current.agreements as Agreement[]).filter((a) => a.topic !== input.topic),
    agreement,
  ];
  await vacancyRepository.setAgreements(ctx.db, id, agreements, ctx.clock.now());
  return presentVacancy((await vacancyRepository.getById(ctx.db, id)) as VacancyRow);
};
