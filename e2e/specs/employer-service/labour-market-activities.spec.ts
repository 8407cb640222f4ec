import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, logIn, newUser, startE2e, type E2e } from '../../fixtures/werkplein.ts';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

const expectNoAxeViolations = async (page: Page) =>
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);

describe('labour-market activities', () => {
  it('the matchmaker holds a job fair with an employer; a klantmanager registers his jobseeker, who shows up', async () => {
    // A jobseeker of Werkplein Westland, as the klantmanager finds him in his dossier.
    const jobseeker = await e2e.server.database.db
      .selectFrom('jobseeker')
      .select(['dossier_number', 'given_names', 'surname_prefix', 'surname'])
      .where('werkplein_id', '=', 'westland')
      .orderBy('dossier_number')
      .executeTakeFirstOrThrow();
    const name = [jobseeker.given_names, jobseeker.surname_prefix, jobseeker.surname]
      .filter((part) => part.trim() !== '')
      .join(' ');

    // 1. The matchmaker registers an employer with a vacancy.
    const mark = await newUser(e2e);
    const m = mark.page;
    await logIn(m, 'mark.match');
    await m.getByRole('link', { name: 'Werkgevers' }).first().click();
    await m.getByLabel('KvK-nummer', { exact: true }).fill('27123456');
    await m.getByLabel('Naam', { exact: true }).fill('Kwekerij De Kas');
    await m.getByLabel('Branche').selectOption('horticulture');
    // Sector and size have no preset answer.
    await m.getByLabel('Aantal medewerkers').selectOption('10-49');
    await m.getByRole('button', { name: 'Aanmelden' }).click();
    await m.waitForURL(/\/werkgevers\/[0-9a-f-]{36}$/);
    await m.getByLabel('Titel').fill('Oogstmedewerker tomaten');
    await m.getByLabel('Beroep').fill('Medewerker glastuinbouw');
    await m.getByLabel('Uren per week').fill('32');
    await m.getByLabel('Postcode werkplek').fill('2671 KK');
    await m.getByLabel('Plaats werkplek').fill('Naaldwijk');
    await m.getByLabel('Aantal plaatsen').fill('3');
    await m.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await m.getByText('De vacature Oogstmedewerker tomaten is toegevoegd.').waitFor();

    // 2. He plans a job fair today; an end before the start is refused with a summary of the errors.
    await m.getByRole('link', { name: 'Arbeidsmarktactiviteiten' }).first().click();
    await m.getByRole('heading', { level: 1, name: 'Arbeidsmarktactiviteiten' }).waitFor();
    await m.getByText('Er zijn geen komende activiteiten.').waitFor();
    await expectNoAxeViolations(m);
    await m.getByRole('link', { name: 'Nieuwe activiteit plannen' }).click();
    await m.getByLabel('Soort activiteit').selectOption('job_fair');
    await m.getByLabel('Titel').fill('Banenmarkt Glastuinbouw');
    await m.getByLabel('Begintijd').fill('14:00');
    await m.getByLabel('Eindtijd').fill('13:00');
    await m.getByLabel('Locatie').fill('Werkplein Westland, Naaldwijk');
    await m.getByLabel('Aantal plaatsen voor werkzoekenden').fill('25');
    expect(await m.getByLabel('Organiserende matchmaker').inputValue()).not.toBe('');
    await m.getByRole('button', { name: 'Activiteit plannen' }).click();
    const summary = m.locator('.werkplein-error-summary');
    await summary.getByRole('link', { name: 'Eindtijd: De eindtijd moet na de begintijd liggen.' }).waitFor();
    await expectNoAxeViolations(m);
    await summary.getByRole('link', { name: /^Eindtijd/ }).click();
    await expect.poll(() => m.evaluate(() => document.activeElement?.id)).toBe('activity-endTime');
    await m.getByLabel('Eindtijd').fill('17:00');
    await m.getByRole('button', { name: 'Activiteit plannen' }).click();
    await m.waitForURL(/\/arbeidsmarktactiviteiten\/[0-9a-f-]{36}$/);
    await m.getByText('De activiteit is gepland.').waitFor();
    await m.getByRole('heading', { level: 1, name: 'Banenmarkt Glastuinbouw' }).waitFor();
    const activityUrl = m.url();

    // 3. The employer takes part with its vacancy.
    const employers = m.locator('section', { has: m.getByRole('heading', { name: 'Werkgevers', level: 2 }) });
    await employers.getByLabel('Werkgever', { exact: true }).selectOption({ label: 'Kwekerij De Kas' });
    await employers.getByRole('checkbox', { name: 'Oogstmedewerker tomaten' }).check();
    await employers.getByRole('button', { name: 'Werkgever toevoegen' }).click();
    await employers.getByText('Kwekerij De Kas doet mee.').waitFor();
    await employers.getByText('Vacatures: Oogstmedewerker tomaten').waitFor();
    await expectNoAxeViolations(m);
    await m.getByRole('link', { name: 'Activiteit wijzigen' }).click();
    await m
      .getByRole('heading', { level: 1, name: 'Activiteit wijzigen: Banenmarkt Glastuinbouw' })
      .waitFor();
    await expectNoAxeViolations(m);
    await m.getByLabel('Aantal plaatsen voor werkzoekenden').fill('30');
    await m.getByRole('button', { name: 'Opslaan' }).click();
    await m.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await m.getByText('0 van 30 bezet (30 vrij)').waitFor();
    expect(mark.problems).toEqual([]);

    // 4. The klantmanager finds the job fair and registers his jobseeker by dossier number.
    const kees = await newUser(e2e);
    const k = kees.page;
    await logIn(k, 'kees.klant');
    await k.getByRole('link', { name: 'Arbeidsmarktactiviteiten' }).first().click();
    await k.getByRole('radio', { name: 'Afgelopen activiteiten' }).check();
    await k.getByRole('button', { name: 'Tonen' }).click();
    await k.getByText('Er zijn geen afgelopen activiteiten.').waitFor();
    await k.getByRole('radio', { name: 'Komende activiteiten' }).check();
    await k.getByRole('button', { name: 'Tonen' }).click();
    await k.getByRole('link', { name: 'Banenmarkt Glastuinbouw' }).click();
    await k.waitForURL(activityUrl);
    const jobseekers = k.locator('section', {
      has: k.getByRole('heading', { name: 'Werkzoekenden', level: 2 }),
    });
    await jobseekers.getByLabel('Dossiernummer').fill('WP99999999');
    await jobseekers.getByRole('button', { name: 'Werkzoekende toevoegen' }).click();
    await jobseekers
      .locator('.werkplein-error-summary')
      .getByText('Er is geen werkzoekende met dit dossiernummer bij het Werkplein van deze activiteit.')
      .waitFor();
    await jobseekers.getByLabel('Dossiernummer').fill(jobseeker.dossier_number);
    expect(await jobseekers.getByRole('radio', { name: 'Aangemeld' }).isChecked()).toBe(true);
    await jobseekers.getByRole('button', { name: 'Werkzoekende toevoegen' }).click();
    await jobseekers.getByText(`${name} is toegevoegd (aangemeld).`).waitFor();
    await jobseekers
      .getByRole('row', { name: new RegExp(jobseeker.dossier_number) })
      .getByText('Aangemeld')
      .waitFor();
    await expectNoAxeViolations(k);

    // 5. On the day the matchmaker records that he came, with a follow-up at the employer, and completes.
    await m.reload();
    const attendance = m.locator('section', {
      has: m.getByRole('heading', { name: 'Aanwezigheid vastleggen', level: 2 }),
    });
    await attendance
      .getByLabel('Werkzoekende', { exact: true })
      .selectOption({ label: `${name} (${jobseeker.dossier_number}) — Aangemeld` });
    await attendance.getByRole('radio', { name: 'Verschenen', exact: true }).check();
    await attendance.getByLabel(/Vervolg: gesprek bij werkgever/).selectOption({ label: 'Kwekerij De Kas' });
    await attendance.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await attendance.getByText(`${name}: verschenen.`).waitFor();
    await m
      .getByText('1 werkzoekende verschenen, 0 niet verschenen, 1 vervolggesprek bij een werkgever.')
      .waitFor();
    await m
      .getByRole('row', { name: new RegExp(jobseeker.dossier_number) })
      .getByText('Gesprek bij Kwekerij De Kas')
      .waitFor();
    await expectNoAxeViolations(m);
    await m.getByRole('button', { name: 'Activiteit afronden' }).click();
    await m.getByText('De activiteit is afgerond.').waitFor();
    await m.getByRole('definition').getByText('Afgerond', { exact: true }).waitFor();
    await expectNoAxeViolations(m);
    expect(mark.problems).toEqual([]);
    await mark.context.close();

    // 6. The jobseeker's timeline shows his participation, as his klantmanager sees it.
    await k.reload();
    await k.getByRole('link', { name, exact: true }).click();
    await k.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);
    const timeline = k.locator('#tijdlijn li');
    await timeline.getByText('Aangemeld voor een arbeidsmarktactiviteit').waitFor();
    await timeline.getByText('Aanwezigheid bij een arbeidsmarktactiviteit').waitFor();
    await timeline
      .getByText(
        /^Verschenen: Banenmarkt Glastuinbouw \(Banenmarkt\), .*Vervolg: gesprek bij Kwekerij De Kas\.$/,
      )
      .waitFor();
    await timeline
      .getByText(/Mark Matchmaker \(UWV WERKbedrijf\)/)
      .first()
      .waitFor();
    expect(kees.problems).toEqual([]);
    await kees.context.close();
  });
});
