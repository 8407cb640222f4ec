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

describe('the MT moves cases between klantmanagers', () => {
  it('assigns a case, then moves all of one klantmanager’s cases to another in bulk', async () => {
    // A klantmanager takes on a case first (the intake path is tested elsewhere).
    const kees = await newUser(e2e);
    await logIn(kees.page, 'iris.intake');
    await kees.page.goto('/werkzoekenden?q=de');
    await kees.page.getByRole('table').getByRole('link').first().click();
    await kees.page.getByRole('link', { name: 'Intake doen' }).click();
    await kees.page.getByLabel('Hele vraag van de klant').fill('Zoekt werk.');
    await kees.page.getByLabel('Welke uitkering is van toepassing?').selectOption('WWB');
    await kees.page.getByRole('radio', { name: 'Kort' }).check();
    const km = kees.page.getByLabel('Klantmanager', { exact: true });
    await km.selectOption(
      (await km.locator('option', { hasText: 'Kees van der Klant' }).getAttribute('value')) as string,
    );
    await kees.page.getByRole('button', { name: 'Intake afronden' }).click();
    await kees.page.locator('#klantmanager-en-uitkering').getByText('Kees van der Klant').waitFor();
    await kees.context.close();

    const { page, context, problems } = await newUser(e2e);
    await logIn(page, 'monique.mt');
    await page.getByRole('link', { name: 'Team' }).first().click();
    await page.getByRole('rowheader', { name: 'Kees van der Klant' }).waitFor();
    await expectNoAxeViolations(page);
    const from = page.getByLabel('Van klantmanager');
    await from.selectOption(
      (await from.locator('option', { hasText: 'Kees van der Klant' }).getAttribute('value')) as string,
    );
    await page.getByRole('button', { name: 'Alle zaken selecteren' }).click();
    const to = page.getByLabel('Naar klantmanager');
    await to.selectOption(
      (await to.locator('option', { hasText: 'Ursula Werkman' }).getAttribute('value')) as string,
    );
    await page.getByRole('button', { name: 'Zaken overdragen' }).click();
    await page.getByText(/overgedragen aan Ursula Werkman/).waitFor();
    await page.getByText('Deze klantmanager heeft geen lopende zaken.').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
