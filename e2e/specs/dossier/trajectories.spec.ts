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

describe('the inkoopmakelaar keeps the trajectenboek and a klantmanager buys a trajectory', () => {
  it('adds an instrument, and the purchase shows who pays', async () => {
    const inkoop = await newUser(e2e);
    await logIn(inkoop.page, 'ilse.inkoop');
    await inkoop.page.getByRole('link', { name: 'Trajectenboek' }).first().click();
    await inkoop.page.getByLabel('Naam', { exact: true }).fill('Sollicitatietraining');
    await inkoop.page.getByLabel('Aanbieder').fill('Werkwijs BV');
    await inkoop.page.getByLabel('Wie betaalt').selectOption('uwv');
    await inkoop.page.getByLabel('Prijs in euro').fill('1.250,50');
    await inkoop.page.getByLabel('Duur in weken').fill('6');
    await inkoop.page.getByLabel(/Aantal plaatsen/).fill('12');
    await inkoop.page.getByRole('button', { name: 'Toevoegen' }).click();
    await inkoop.page.getByText('Sollicitatietraining staat in het trajectenboek.').waitFor();
    await inkoop.page.getByRole('cell', { name: '€ 1.250,50' }).waitFor();
    await expectNoAxeViolations(inkoop.page);
    expect(inkoop.problems).toEqual([]);
    await inkoop.context.close();

    const { page, context, problems } = await newUser(e2e);
    await logIn(page, 'kees.klant');
    await page.goto('/werkzoekenden?q=de');
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);
    const section = page.locator('#trajecten');
    await section.getByText('nog geen trajecten ingekocht').waitFor();
    await section.getByRole('button', { name: 'Traject inkopen' }).click();
    const select = page.getByLabel('Traject', { exact: true });
    const value = await select.locator('option', { hasText: 'Sollicitatietraining' }).getAttribute('value');
    await select.selectOption(value as string);
    await page.getByLabel('Startdatum').fill('2026-12-07');
    await page.getByRole('button', { name: 'Inkopen', exact: true }).click();
    await section.getByText('de kosten komen voor rekening van UWV WERKbedrijf').waitFor();
    await section.getByRole('cell', { name: '07-12-2026 t/m 17-01-2027' }).waitFor();
    await section.getByRole('button', { name: 'Sollicitatietraining: Gestart' }).click();
    await section.getByRole('cell', { name: /Gestart/ }).waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
