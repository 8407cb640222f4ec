import type { TVacancyOffer, TVacancyOfferRequest } from '../../../contracts/nomination.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { command, vacancyQuery, type Trx } from '../../command/command.ts';
import { AccessDenied, assertWerkplein, authorize } from '../identity/authorize.ts';
import { nominationRepository } from './nomination.repository.ts';

const offers = (trx: Trx) =>
  trx
    .selectFrom('vacancy_offer as o')
    .innerJoin('employee as cm', 'cm.id', 'o.case_manager_id')
    .innerJoin('employee as by', 'by.id', 'o.offered_by')
    .select([
      'o.id',
      'o.vacancy_id',
      'o.case_manager_id',
      'cm.name as case_manager_name',
      'o.offered_by',
      'by.name as offered_by_name',
      'o.message',
      'o.offered_at',
      'o.seen_at',
    ]);

const present = (o: Awaited<ReturnType<ReturnType<typeof offers>['execute']>>[number]): TVacancyOffer => ({
  id: o.id,
  vacancyId: o.vacancy_id,
  caseManager: { id: o.case_manager_id, name: o.case_manager_name },
  offeredBy: { id: o.offered_by, name: o.offered_by_name },
  message: o.message,
  offeredAt: o.offered_at.toISOString(),
  seenAt: o.seen_at?.toISOString() ?? null,
});

const listFor = async (trx: Trx, vacancyId: string) =>
  (
    await offers(trx)
      .where('o.vacancy_id', '=', vacancyId)
      .orderBy('o.offered_at')
      .orderBy('cm.name')
      .execute()
  ).map(present);

/**
 * The matchmaker offers an open vacancy to klantmanagers of its Werkplein, who see it on Mijn dag.
 * Offering it again to someone who has it already changes nothing; someone who is not an active
 * klantmanager of the Werkplein is refused (validation_failed on caseManagerIds).
 */
export const offerVacancy = (ctx: Ctx, vacancyId: string, input: TVacancyOfferRequest) =>
  command(
    ctx,
    {
      action: 'nomination.manage',
      activity: 'matching',
      load: async (trx, spec) => {
        const role = authorize(ctx, spec.action);
        const vacancy = await nominationRepository.lockVacancy(trx, vacancyId);
        if (!vacancy) throw new DomainError('not_found', 'Vacancy not found');
        assertWerkplein(ctx, spec.action, vacancy.werkplein_id);
        return { subject: vacancy, role };
      },
    },
    // Offered to colleagues, about a vacancy: nobody's personal data, no log line.
    async (trx, vacancy, { startedAt: now }) => {
      if (vacancy.status !== 'open' || vacancy.positions_filled >= vacancy.positions)
        throw new DomainError('vacancy_not_open', 'The vacancy is not open', { status: vacancy.status });
      const wanted = [...new Set(input.caseManagerIds)];
      const found = await trx
        .selectFrom('employee as e')
        .innerJoin('employee_role as r', (join) =>
          join.onRef('r.employee_id', '=', 'e.id').on('r.role', '=', 'caseManager'),
        )
        .innerJoin('employee_werkplein as w', (join) =>
          join.onRef('w.employee_id', '=', 'e.id').on('w.werkplein_id', '=', vacancy.werkplein_id),
        )
        .select('e.id')
        .where('e.id', 'in', wanted)
        .where('e.active', '=', true)
        .execute();
      const known = new Set(found.map((e) => e.id));
      const unknown = wanted.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new DomainError('validation_failed', 'Not a klantmanager of this Werkplein', { unknown }, [
          {
            path: 'caseManagerIds',
            code: 'not_a_case_manager',
            message: 'Not a klantmanager of this Werkplein',
          },
        ]);
      await trx
        .insertInto('vacancy_offer')
        .values(
          wanted.map((caseManagerId) => ({
            werkplein_id: vacancy.werkplein_id,
            vacancy_id: vacancyId,
            case_manager_id: caseManagerId,
            offered_by: ctx.actor.employeeId,
            message: input.message,
            offered_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['vacancy_id', 'case_manager_id']).doNothing())
        .execute();
      return { result: { items: await listFor(trx, vacancyId) }, log: false };
    },
  );

/** To whom the vacancy was offered, and who has looked at it (matchmaker and klantmanagers). */
export const listVacancyOffers = (ctx: Ctx, vacancyId: string) =>
  vacancyQuery(ctx, { vacancyId, action: 'matching.read', activity: 'matching' }, async (trx) => ({
    result: { items: await listFor(trx, vacancyId) },
    log: false,
  }));

/** The klantmanager has looked at the offer: it leaves his Mijn dag. Only his own offers. */
export const markVacancyOfferSeen = (ctx: Ctx, offerId: string) =>
  command(
    ctx,
    {
      action: 'nomination.propose',
      activity: 'matching',
      load: async (trx, spec) => {
        const role = authorize(ctx, spec.action);
        const offer = await offers(trx).where('o.id', '=', offerId).forUpdate('o').executeTakeFirst();
        if (!offer || offer.case_manager_id !== ctx.actor.employeeId)
          throw new AccessDenied('not_found', {
            action: 'nomination.propose',
            werkpleinId: null,
            object: { type: 'vacancy-offer', id: offerId },
          });
        return { subject: offer, role };
      },
    },
    async (trx, offer) => {
      if (!offer.seen_at)
        await trx
          .updateTable('vacancy_offer')
          .set({ seen_at: ctx.clock.now() })
          .where('id', '=', offerId)
          .execute();
      return {
        result: present((await offers(trx).where('o.id', '=', offerId).executeTakeFirst())!),
        log: false,
      };
    },
  );

/** Unseen offers of still-open vacancies for one klantmanager, newest first (for Mijn dag). */
export const unseenOffersFor = (trx: Trx, caseManagerId: string) =>
  trx
    .selectFrom('vacancy_offer as o')
    .innerJoin('vacancy as v', 'v.id', 'o.vacancy_id')
    .innerJoin('employer as e', 'e.id', 'v.employer_id')
    .innerJoin('employee as by', 'by.id', 'o.offered_by')
    .select([
      'o.id',
      'o.vacancy_id',
      'v.title',
      'e.name as employer_name',
      'by.name as offered_by_name',
      'o.message',
      'o.offered_at',
    ])
    .where('o.case_manager_id', '=', caseManagerId)
    .where('o.seen_at', 'is', null)
    .where('v.status', '=', 'open')
    .orderBy('o.offered_at', 'desc')
    .limit(50)
    .execute();
