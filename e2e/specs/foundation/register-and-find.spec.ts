import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, logIn, newUser, startE2e, type E2e } from '../../fixtures/werkplein.ts';

const expectNoAxeViolations = async (page: Page) =>
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
});
afterAll(async () => e2e?.close());

describe('an intaker registers a jobseeker and finds him again', () => {
  it('logs in through OIDC, registers with BSN checks, finds by name and BSN, and logs out', async () => {
    const { page, context, problems } = await newUser(e2e);

    await page.goto('/werkzoekenden');
    await page.waitForURL(/\/inloggen/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Inloggen bij Werkplein');
    await expectNoAxeViolations(page);

    await logIn(page, 'iris.intake');
    await page.waitForURL(/\/werkzoekenden/);
    await page.getByRole('link', { name: 'Start' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Iris');
    await expectNoAxeViolations(page);

    // Register from the search page: the BSN fails the elfproef first.
    await page.getByRole('link', { name: 'Werkzoekende zoeken' }).first().click();
    await page.getByRole('link', { name: 'Nieuwe werkzoekende aanmelden' }).click();
    await page.waitForURL(/\/werkzoekenden\/nieuw/);
    await expectNoAxeViolations(page);
    await page.getByLabel('BSN').fill('123456789');
    await page.getByLabel('Voornamen').fill('Femke');
    await page.getByLabel('Tussenvoegsel').fill('van der');
    await page.getByLabel('Achternaam').fill('Zandvoort');
    await page.getByLabel('Geboortedatum').fill('1988-03-14');
    await page.getByRole('radio', { name: 'Vrouw' }).check();
    await page.getByLabel('Straat').fill('Havenstraat');
    await page.getByLabel('Huisnummer').fill('7');
    await page.getByLabel('Postcode').fill('2671 CD');
    await page.getByLabel('Woonplaats').fill('Naaldwijk');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'fout' });
    await expect.poll(() => summary.textContent()).toMatch(/BSN/);
    await expectNoAxeViolations(page);

    await page.getByLabel('BSN').fill('123456782');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Femke van der Zandvoort');
    const dossierUrl = page.url();
    const dossierNumber = (
      await page
        .getByText(/WP\d{8}/)
        .first()
        .textContent()
    )?.match(/WP\d{8}/)?.[0];
    expect(dossierNumber).toBeDefined();
    await expectNoAxeViolations(page);

    // Registering the same BSN again opens the existing dossier.
    await page.goto('/werkzoekenden/nieuw');
    await page.getByLabel('BSN').fill('123 456 782');
    await page.getByLabel('Voornamen').fill('Femke');
    await page.getByLabel('Achternaam').fill('Zandvoort');
    await page.getByLabel('Geboortedatum').fill('1988-03-14');
    await page.getByRole('radio', { name: 'Vrouw' }).check();
    await page.getByLabel('Straat').fill('Havenstraat');
    await page.getByLabel('Huisnummer').fill('7');
    await page.getByLabel('Postcode').fill('2671CD');
    await page.getByLabel('Woonplaats').fill('Naaldwijk');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(dossierUrl);
    await expect.poll(() => page.getByText('Dit BSN is al bekend').count()).toBe(1);

    // Find by name, by BSN and by dossier number, with the keyboard.
    for (const query of ['zandvoort', '123456782', dossierNumber as string]) {
      await page.goto('/werkzoekenden');
      await page.getByLabel('Zoek op naam, BSN of dossiernummer').fill(query);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: 'Femke van der Zandvoort' }).waitFor();
    }
    // Nine digits that fail the elfproef: said to be no valid BSN; an unknown name: says what was searched on.
    await page.getByLabel('Zoek op naam, BSN of dossiernummer').fill('123456789');
    await page.keyboard.press('Enter');
    await page.getByText('Dit is geen geldig BSN.', { exact: false }).first().waitFor();
    await page.getByLabel('Zoek op naam, BSN of dossiernummer').fill('Qwertyuiop');
    await page.keyboard.press('Enter');
    await page.getByText('Geen werkzoekenden gevonden (gezocht op naam).').first().waitFor();
    await page.getByLabel('Zoek op naam, BSN of dossiernummer').fill('zandvoort');
    await page.keyboard.press('Enter');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Femke van der Zandvoort' }).click();
    await page.waitForURL(dossierUrl);

    // Logging out really ends the session.
    // The app may route to /inloggen before the browser leaves for the IdP, so wait for the IdP's
    // page itself and ask the API outside the page, whose document is being replaced.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/idp\/session\/end/);
    await page.getByRole('button', { name: 'Ja, uitloggen' }).click();
    await page.waitForURL(/\/inloggen/);
    expect((await context.request.get('/api/session')).status()).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows another Werkplein's klantmanager 'not found' for the same dossier", async () => {
    const intaker = await newUser(e2e);
    await logIn(intaker.page, 'iris.intake');
    const id = await intaker.page.evaluate(async () => {
      const response = await fetch('/api/jobseekers?q=123456782');
      return ((await response.json()) as { items: { id: string }[] }).items[0]?.id;
    });
    expect(id).toBeDefined();
    await intaker.context.close();

    const delft = await newUser(e2e);
    await logIn(delft.page, 'dirk.delft');
    await delft.page.goto(`/werkzoekenden/${id}`);
    await expect
      .poll(() => delft.page.getByRole('heading', { level: 1 }).textContent())
      .toMatch(/Niet gevonden/i);
    await expectNoAxeViolations(delft.page);
    await delft.context.close();
  });

  it('lets the beheerder search the processing log, and shows him no dossiers', async () => {
    const { page, context, problems } = await newUser(e2e);
    await logIn(page, 'bea.beheer');
    await expect.poll(() => page.getByRole('link', { name: 'Werkzoekende zoeken' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Verwerkingslog doorzoeken' }).first().click();
    await page.getByLabel('BSN').fill('123456782');
    await page.getByRole('button', { name: /Zoeken/ }).click();
    await expect
      .poll(() => page.getByRole('table').getByText('Iris de Wisselwachter').count())
      .toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Medewerkers beheren' }).first().click();
    await expect.poll(() => page.getByRole('table').getByText('kees.klant').count()).toBe(1);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
