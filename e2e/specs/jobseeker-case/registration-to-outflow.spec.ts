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

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

describe('the whole case: registration, intake, action plan, referral and signal, outflow to work', () => {
  it('is worked on by an intaker, a UWV werkcoach and the municipal schuldhulp, each in their own role', async () => {
    // 1. The intaker registers a jobseeker at the desk and takes him in.
    const iris = await newUser(e2e);
    await logIn(iris.page, 'iris.intake');
    await iris.page.goto('/aanmelden');
    await expectNoAxeViolations(iris.page);
    await iris.page
      .getByLabel('Kanaal')
      .selectOption('desk')
      .catch(() => iris.page.getByRole('radio', { name: 'Balie' }).check());
    await iris.page.getByRole('radio', { name: /^Intake/ }).check();
    await iris.page.getByLabel('BSN').fill('123456782');
    await iris.page.getByLabel('Voornamen').fill('Sander');
    await iris.page.getByLabel('Achternaam').fill('Bouwman');
    await iris.page.getByLabel('Geboortedatum').fill('1979-09-21');
    await iris.page.getByRole('radio', { name: 'Man' }).check();
    await iris.page.getByLabel('Straat').fill('Molenweg');
    await iris.page.getByLabel('Huisnummer').fill('4');
    await iris.page.getByLabel('Postcode').fill('2681 AB');
    await iris.page.getByLabel('Woonplaats').fill('Monster');
    await iris.page
      .getByLabel('Vraag van de klant')
      .fill('Ontslagen bij de veiling; zoekt werk en heeft schulden.');
    await iris.page.getByRole('button', { name: 'Aanmelding vastleggen' }).click();
    await iris.page.getByRole('link', { name: 'Naar de intake' }).click();
    await iris.page.waitForURL(/\/intake$/);
    await iris.page
      .getByLabel('Hele vraag van de klant')
      .fill('Werk in logistiek; schulden bij energieleverancier.');
    await iris.page.getByLabel('Welke uitkering is van toepassing?').selectOption('WW');
    await iris.page.getByRole('radio', { name: 'Kort' }).check();
    const km = iris.page.getByLabel('Klantmanager', { exact: true });
    const ursula = await km.locator('option', { hasText: 'Ursula Werkman' }).getAttribute('value');
    await km.selectOption(ursula as string);
    await expectNoAxeViolations(iris.page);
    await iris.page.getByRole('button', { name: 'Intake afronden' }).click();
    await iris.page.locator('#klantmanager-en-uitkering').getByText('Ursula Werkman').waitFor();
    expect(iris.problems).toEqual([]);
    await iris.context.close();

    // 2. The UWV werkcoach finds him in her caseload, makes an action plan and refers to schuldhulp.
    const werkcoach = await newUser(e2e);
    const w = werkcoach.page;
    await logIn(w, 'ursula.werkcoach');
    await w.getByRole('link', { name: 'Mijn caseload' }).first().click();
    await w.getByRole('link', { name: /Sander Bouwman/ }).waitFor();
    await expectNoAxeViolations(w);
    await w.getByRole('link', { name: /Sander Bouwman/ }).click();
    await w.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);
    const dossierUrl = w.url();
    const plan = w.locator('#actieplan');
    // The form is behind its button: hidden until the button is pressed, then focus is in its first field.
    const openPlanForm = plan.getByRole('button', { name: 'Afspraak in het actieplan opnemen' });
    await openPlanForm.waitFor();
    expect(await openPlanForm.getAttribute('aria-expanded')).toBe('false');
    expect(await plan.getByLabel('Wat is afgesproken').count()).toBe(0);
    await openPlanForm.click();
    expect(await openPlanForm.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => w.evaluate(() => document.activeElement?.id)).toBe('agreement-description');
    await plan.getByLabel('Wat is afgesproken').fill('Drie sollicitaties per week in de logistiek');
    // A required choice has no preset answer: the klantmanager says who is responsible.
    await plan.getByLabel('Wie is verantwoordelijk').selectOption('jobseeker');
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await plan.getByLabel('Uiterlijk op').fill(due);
    await plan.getByRole('button', { name: 'Afspraak opnemen' }).click();
    await plan.getByText('De afspraak staat in het actieplan.').waitFor();
    const referrals = w.locator('#doorverwijzingen');
    await referrals.getByRole('button', { name: 'Nieuwe doorverwijzing' }).click();
    await referrals.getByRole('radio', { name: 'Een backoffice' }).check();
    await referrals.getByLabel('Backoffice', { exact: true }).selectOption('debt_assistance');
    await referrals.getByLabel('Vraag', { exact: true }).fill('Kan schuldhulp een schuldenregeling starten?');
    await referrals.getByRole('button', { name: 'Doorverwijzen', exact: true }).click();
    await referrals.getByText('De doorverwijzing is verstuurd.').waitFor();
    await expectNoAxeViolations(w);

    // 3. Schuldhulp of the municipality — another partner — answers from its worklist.
    const schuld = await newUser(e2e);
    await logIn(schuld.page, 'sanne.schuld');
    await schuld.page.getByRole('link', { name: 'Werkvoorraad' }).first().click();
    await schuld.page
      .getByText(/Sander Bouwman/)
      .first()
      .waitFor();
    await expectNoAxeViolations(schuld.page);
    await schuld.page
      .getByLabel('Uw antwoord')
      .first()
      .fill('Intake schuldhulp op 1 december; regeling wordt gestart.');
    await schuld.page.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    await schuld.page.getByText(/Uw antwoord over Sander Bouwman is verstuurd/).waitFor();
    expect(schuld.problems).toEqual([]);
    await schuld.context.close();

    // 4. The signal is on the werkcoach's "Mijn dag".
    await w.getByRole('link', { name: 'Mijn dag' }).first().click();
    await w.getByText('Intake schuldhulp op 1 december; regeling wordt gestart.').waitFor();
    await expectNoAxeViolations(w);

    // 5. He finds work: outflow with a reason and a date; the timeline shows every partner's steps.
    await w.goto(dossierUrl);
    const flow = w.locator('#traject-en-uitstroom');
    await flow.getByRole('button', { name: 'Uitstroom vastleggen' }).click();
    await flow.getByLabel('Reden van uitstroom').selectOption('regular_work');
    await flow.getByLabel('Uitstroomdatum').fill(today());
    await flow.getByRole('button', { name: 'Uitstroom registreren' }).click();
    await flow.getByText('De uitstroom is geregistreerd.').waitFor();
    await flow.getByText('Er is een nazorgtaak aangemaakt voor de klantmanager.').waitFor();
    const timeline = w.locator('#tijdlijn li');
    await w.reload();
    for (const label of [
      'Uitstroom geregistreerd',
      'Doorverwijzing beantwoord (signaal)',
      'Doorverwezen',
      'Intake afgerond',
      'Aanmelding vastgelegd',
    ]) {
      await timeline.getByText(label).first().waitFor();
    }
    await timeline
      .getByText(/Sanne Schuldhulp/)
      .first()
      .waitFor();
    // Each event says in Dutch what happened, with names instead of ids and Dutch times, unnumbered.
    for (const sentence of [
      'Doorverwezen naar backoffice schuldhulp.',
      'Klantmanager: Ursula Werkman.',
      '"Drie sollicitaties per week in de logistiek", te doen door werkzoekende,',
      /^Intake afgerond\. Uitkering: WW\. Afstand tot de arbeidsmarkt: kort\./,
    ]) {
      await timeline.getByText(sentence).first().waitFor();
    }
    const texts = await timeline.allInnerTexts();
    expect(texts.join('\n')).not.toMatch(
      /\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|\b(desk|debt_assistance|medium|short)\b/,
    );
    expect(texts.join('\n')).toMatch(/(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3} \d{4}, \d{2}:\d{2} door/);
    expect(await w.locator('#tijdlijn ol').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
    await expectNoAxeViolations(w);
    expect(werkcoach.problems).toEqual([]);
    await werkcoach.context.close();
  });
});
