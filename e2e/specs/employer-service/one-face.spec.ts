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

describe('one face to the employer', () => {
  it('the matchmaker registers an employer and a vacancy; a klantmanager who calls is told who was there', async () => {
    const mark = await newUser(e2e);
    await logIn(mark.page, 'mark.match');
    await mark.page.getByRole('link', { name: 'Werkgevers' }).first().click();
    await expectNoAxeViolations(mark.page);
    await mark.page.getByLabel('KvK-nummer', { exact: true }).fill('1234567');
    await mark.page.getByLabel('Naam', { exact: true }).fill('Kwekerij De Kas');
    await mark.page.getByLabel('Branche').selectOption('horticulture');
    // Sector and size have no preset answer.
    await mark.page.getByLabel('Aantal medewerkers').selectOption('10-49');
    await mark.page.getByRole('button', { name: 'Aanmelden' }).click();
    // Said in the error summary and next to the field.
    await mark.page.getByRole('alert').getByText('Een KvK-nummer heeft 8 cijfers.').waitFor();
    expect(await mark.page.locator('#employer-kvk-error').textContent()).toContain(
      'Een KvK-nummer heeft 8 cijfers.',
    );
    await mark.page.getByLabel('KvK-nummer', { exact: true }).fill('12345678');
    await mark.page.getByRole('button', { name: 'Aanmelden' }).click();
    await mark.page.waitForURL(/\/werkgevers\/[0-9a-f-]{36}$/);
    await mark.page.getByText('Matchmaker: Mark Matchmaker').waitFor();

    await mark.page.getByLabel('Waarover').fill('Kennismaking; drie vacatures in de oogst');
    await mark.page.getByRole('button', { name: 'Vastleggen' }).click();
    await mark.page.getByText('Het contact is vastgelegd.').waitFor();

    await mark.page.getByLabel('Titel').fill('Oogstmedewerker tomaten');
    await mark.page.getByLabel('Beroep').fill('Medewerker glastuinbouw');
    await mark.page.getByLabel('Uren per week').fill('32');
    await mark.page.getByLabel('Postcode werkplek').fill('2671 KK');
    await mark.page.getByLabel('Plaats werkplek').fill('Naaldwijk');
    await mark.page.getByLabel('Aantal plaatsen').fill('3');
    await mark.page.getByRole('button', { name: 'Vacature toevoegen' }).click();
    await mark.page.getByText('De vacature Oogstmedewerker tomaten is toegevoegd.').waitFor();
    await mark.page
      .getByText(/Oogstmedewerker tomaten \(Reguliere baan\) — 0 van 3 vervuld — Open/)
      .waitFor();
    await expectNoAxeViolations(mark.page);
    const employerUrl = mark.page.url();
    expect(mark.problems).toEqual([]);
    await mark.context.close();

    const kees = await newUser(e2e);
    await logIn(kees.page, 'kees.klant');
    await kees.page.goto(employerUrl);
    await kees.page.getByLabel('Waarover').fill('Proefplaatsing voor een klant?');
    await kees.page.getByRole('button', { name: 'Vastleggen' }).click();
    await kees.page.getByText(/recent hadden ook contact: Mark Matchmaker \(UWV WERKbedrijf\)/).waitFor();
    await kees.page
      .getByRole('heading', { name: 'Let op: meerdere partners benaderen deze werkgever' })
      .waitFor();
    await expectNoAxeViolations(kees.page);
    expect(kees.problems).toEqual([]);
    await kees.context.close();
  });
});
