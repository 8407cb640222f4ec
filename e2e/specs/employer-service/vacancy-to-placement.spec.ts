import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/server/clock.ts';
import {
  addDays,
  amsterdamDate,
  startOfAmsterdamDay,
} from '../../../src/server/modules/caseload/amsterdam-day.ts';
import { freshBsn, profileInput } from '../../../src/server/modules/matching/matching-test-data.ts';
import { registration } from '../../../src/server/testing/test-app.ts';
import { apiAs, axeViolations, logIn, newUser, startE2e, type E2e } from '../../fixtures/werkplein.ts';

// The server's clock: real time at the start, moved by the spec to two weeks after the first working day.
const clock = new ManualClock(new Date());
let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e({ clock });
});
afterAll(async () => e2e?.close());

const expectNoAxeViolations = async (page: Page) =>
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);

const EMPLOYER = 'Glastuinbouw Van Vliet';
const VACANCY = 'Kasmedewerker paprika';
const JOBSEEKER = 'Yusuf Bakker';

/** Yusuf, taken in by the intaker for Kees, with a profile that fits greenhouse work, activated. */
const arrangeJobseeker = async () => {
  const iris = await apiAs(e2e, 'iris.intake', clock);
  const kees = await apiAs(e2e, 'kees.klant', clock);
  const { employee } = await kees<{ employee: { id: string } }>('GET', '/api/session');
  const { id } = await iris<{ id: string }>(
    'POST',
    '/api/jobseekers',
    registration({ bsn: freshBsn(), givenNames: 'Yusuf', surnamePrefix: '', surname: 'Bakker' }),
  );
  await iris('POST', `/api/jobseekers/${id}/intake`, {
    clientQuestion: 'Wil weer aan het werk in de kas.',
    eligibleBenefit: null,
    benefitApplicationExists: false,
    distanceToWork: 'short',
    workFirst: false,
    caseManagerId: employee.id,
  });
  await kees('PUT', `/api/jobseekers/${id}/profile`, profileInput());
  const { version } = await kees<{ version: number }>('GET', `/api/jobseekers/${id}/case-flow`);
  await kees('PUT', `/api/jobseekers/${id}/activation`, { availableForWork: true, version });
  return id;
};

describe('from a new employer’s vacancy to a placement', () => {
  it('ends in outflow on the jobseeker’s timeline and the matchmaker’s aftercare call two weeks on', async () => {
    const jobseekerId = await arrangeJobseeker();
    const firstWorkingDay = addDays(amsterdamDate(clock.now()), 7);
    const [y, m, d] = firstWorkingDay.split('-');

    // 1. The matchmaker registers the employer and its vacancy, and offers it to the klantmanager
    //    of the best candidate.
    const mark = await newUser(e2e);
    await logIn(mark.page, 'mark.match');
    await mark.page.getByRole('link', { name: 'Werkgevers' }).first().click();
    await mark.page.getByLabel('KvK-nummer', { exact: true }).fill('61234567');
    await mark.page.getByLabel('Naam', { exact: true }).fill(EMPLOYER);
    await mark.page.getByLabel('Branche').selectOption('horticulture');
    // Sector and size have no preset answer.
    await mark.page.getByLabel('Aantal medewerkers').selectOption('10-49');
    await mark.page.getByRole('button', { name: 'Aanmelden' }).click();
    await mark.page.waitForURL(/\/werkgevers\/[0-9a-f-]{36}$/);
    // Kind and contract have no preset answer.
    await mark.page.getByLabel('Soort', { exact: true }).selectOption('regular');
    await mark.page.getByLabel('Contract', { exact: true }).selectOption('temporary');
    await mark.page.getByLabel('Titel').fill(VACANCY);
    await mark.page.getByLabel('Beroep').fill('Medewerker glastuinbouw');
    await mark.page.getByLabel('Uren per week').fill('32');
    await mark.page.getByLabel('Postcode werkplek').fill('2671 KK');
    await mark.page.getByLabel('Plaats werkplek').fill('Naaldwijk');
    await mark.page.getByLabel('Aantal plaatsen').fill('1');
    await mark.page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await mark.page.getByText(`De vacature ${VACANCY} is toegevoegd.`).waitFor();
    await mark.page.getByRole('link', { name: VACANCY }).click();
    await mark.page.getByRole('heading', { level: 1, name: VACANCY }).waitFor();

    const candidate = mark.page
      .getByRole('region', { name: 'Kandidaten' })
      .getByRole('listitem')
      .filter({ has: mark.page.getByRole('heading', { level: 3, name: JOBSEEKER, exact: true }) });
    await candidate.getByText(/^Score \d+ van 100/).waitFor();
    const offer = mark.page.getByRole('region', { name: 'Aanbieden aan klantmanagers' });
    await offer.getByRole('checkbox', { name: /^Kees van der Klant \(\d+ kandida/ }).check();
    await offer
      .getByLabel(/^Toelichting voor de klantmanagers/)
      .fill('Start volgende week, graag snel een voordracht.');
    await offer.getByRole('button', { name: 'Vacature aanbieden' }).click();
    await offer
      .getByRole('status')
      .filter({ hasText: 'De vacature is aangeboden aan 1 klantmanager.' })
      .waitFor();
    await offer.getByText(/^Kees van der Klant, op .+ \(nog niet gezien\)$/).waitFor();
    await expectNoAxeViolations(mark.page);
    const vacancyUrl = mark.page.url();

    // 2. The klantmanager sees the offer on Mijn dag and proposes his jobseeker.
    const kees = await newUser(e2e);
    await logIn(kees.page, 'kees.klant');
    await kees.page.getByRole('link', { name: 'Mijn dag' }).first().click();
    const offers = kees.page.getByRole('region', { name: 'Aangeboden vacatures' });
    await offers.getByRole('link', { name: `${VACANCY} bij ${EMPLOYER}` }).waitFor();
    await expectNoAxeViolations(kees.page);
    await offers.getByRole('link', { name: `${VACANCY} bij ${EMPLOYER}` }).click();
    await kees.page.getByRole('heading', { level: 1, name: VACANCY }).waitFor();
    const own = kees.page
      .getByRole('region', { name: 'Kandidaten' })
      .getByRole('listitem')
      .filter({ has: kees.page.getByRole('heading', { level: 3, name: JOBSEEKER, exact: true }) });
    await own.getByRole('button', { name: `Voordragen ${JOBSEEKER}` }).click();
    await kees.page.getByLabel('Motivatie voor de matchmaker').fill('Heeft drie seizoenen paprika geoogst.');
    await kees.page.getByRole('button', { name: 'Voordracht versturen' }).click();
    await kees.page
      .getByRole('status')
      .filter({ hasText: `${JOBSEEKER} is voorgedragen voor ${VACANCY}.` })
      .waitFor();

    // 3. The matchmaker presents him; the employer hires him (the placement).
    await mark.page.goto(vacancyUrl);
    const nomination = mark.page
      .getByRole('region', { name: 'Voordrachten' })
      .getByRole('listitem')
      .filter({ has: mark.page.getByRole('heading', { level: 3, name: JOBSEEKER, exact: true }) });
    await nomination.getByRole('button', { name: `Voorstellen aan de werkgever (${JOBSEEKER})` }).click();
    await mark.page
      .getByRole('status')
      .filter({ hasText: `${JOBSEEKER} is voorgesteld aan de werkgever.` })
      .waitFor();
    await nomination.getByRole('radio', { name: 'Aangenomen (plaatsing)' }).check();
    await nomination.getByLabel('Eerste werkdag').fill(firstWorkingDay);
    await nomination.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await nomination.getByRole('heading', { name: 'Plaatsing bevestigen' }).waitFor();
    await nomination
      .getByText(`de werkgever bellen op ${addDaysDutch(firstWorkingDay, 14)}`, { exact: false })
      .waitFor();
    await expectNoAxeViolations(mark.page);
    await nomination.getByRole('button', { name: 'Ja, plaatsing vastleggen' }).click();
    await mark.page
      .getByRole('status')
      .filter({ hasText: `Plaatsing vastgelegd: ${JOBSEEKER} begint op ${d}-${m}-${y}.` })
      .waitFor();

    // 4. One outflow in his timeline, recorded by the placement: no second entry by the klantmanager.
    await kees.page.goto(`/werkzoekenden/${jobseekerId}`);
    const timeline = kees.page.locator('#tijdlijn li');
    const outflow = timeline.filter({ hasText: 'Uitstroom geregistreerd' });
    await outflow.first().waitFor();
    expect(await outflow.count()).toBe(1);
    await outflow
      .getByText(`Regulier werk, per ${d}-${m}-${y}. Geplaatst op de vacature ${VACANCY} bij ${EMPLOYER}.`)
      .waitFor();
    await outflow.getByText(/Mark Matchmaker/).waitFor();
    await expectNoAxeViolations(kees.page);
    expect(kees.problems).toEqual([]);
    await kees.context.close();

    // 5. No aftercare call yet; two weeks after the first working day the job queue gives it to him.
    await mark.page.getByRole('link', { name: 'Mijn dag' }).first().click();
    await mark.page.getByRole('heading', { level: 1, name: 'Mijn dag' }).waitFor();
    const tasks = mark.page.getByRole('region', { name: 'Taken voor vandaag en verlopen taken' });
    await tasks.waitFor();
    expect(await tasks.getByText('Nazorg: werkgever bellen').count()).toBe(0);
    expect(mark.problems).toEqual([]);
    await mark.context.close();

    clock.set(new Date(startOfAmsterdamDay(addDays(firstWorkingDay, 14)).getTime() + 9 * 3_600_000));
    // The aftercare call is due (the monitor's refresh may run beside it); the task shows below.
    expect(await e2e.server.app.jobs.runDue()).toBeGreaterThanOrEqual(1);

    const later = await newUser(e2e);
    await logIn(later.page, 'mark.match');
    await later.page.getByRole('link', { name: 'Mijn dag' }).first().click();
    const call = later.page
      .getByRole('region', { name: 'Taken voor vandaag en verlopen taken' })
      .getByRole('row')
      .filter({ hasText: 'Nazorg: werkgever bellen' });
    await call.getByRole('link', { name: JOBSEEKER }).waitFor();
    await call.getByText('Vandaag').waitFor();
    await expectNoAxeViolations(later.page);
    expect(later.problems).toEqual([]);
    await later.context.close();
  }, 240_000);
});

/** dd-mm-jjjj of a day plus n days, as the screens write dates. */
const addDaysDutch = (day: string, n: number) => {
  const [y, m, d] = addDays(day, n).split('-');
  return `${d}-${m}-${y}`;
};
