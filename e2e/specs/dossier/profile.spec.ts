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

describe("a klantmanager fills in a jobseeker's work and education profile", () => {
  it('edits the profile, is told about a wrong number, and sees the saved profile', async () => {
    const { page, context, problems } = await newUser(e2e);
    await logIn(page, 'kees.klant');
    await page.goto('/werkzoekenden?q=de');
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);
    const section = page.locator('#profiel');
    await section.getByText('Het profiel is nog niet ingevuld.').waitFor();

    await section.getByRole('button', { name: 'Profiel wijzigen' }).click();
    await page.getByLabel('Gewenste beroepen').fill('Medewerker glastuinbouw\nOrderpicker');
    await page.getByLabel('Hoogste opleidingsniveau').selectOption('mbo2');
    await page.getByLabel('Vaardigheden').fill('Heftruck\nKassa');
    await page.getByLabel('Talen').fill('Nederlands\nTurks');
    await page.getByRole('checkbox', { name: 'B', exact: true }).check();
    await page.getByLabel('Uren per week').fill('veertig');
    await page.getByLabel('Reisafstand (km)').fill('15');
    await page.getByRole('button', { name: 'Werkervaring toevoegen' }).click();
    await page.getByLabel('Functie').fill('Oogstmedewerker');
    await page.getByLabel('Werkgever').fill('Kwekerij De Kas');
    await page.getByLabel('Van', { exact: true }).fill('2015-03-01');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await section.getByText('Vul een heel aantal uren in').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Uren per week').fill('32');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await section.getByText('Het profiel is opgeslagen.').waitFor();
    await section.getByText('Medewerker glastuinbouw, Orderpicker').waitFor();
    await section.getByText('32 uur per week').waitFor();
    await section.getByText('Oogstmedewerker bij Kwekerij De Kas, 01-03-2015 – heden').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
