import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, axeViolations, newUser, startE2e, type E2e } from '../../fixtures/werkplein.ts';

let e2e: E2e;
let person: { id: string; bsn: string; given_names: string };
beforeAll(async () => {
  e2e = await startE2e();
  // Arranged, not tested here: a jobseeker with Kees as klantmanager, a new agreement, an
  // appointment, and Kees having opened the dossier.
  const db = e2e.server.database.db;
  const kees = await db
    .selectFrom('employee')
    .select('id')
    .where('login', '=', 'kees.klant')
    .executeTakeFirstOrThrow();
  person = await db
    .selectFrom('jobseeker')
    .select(['id', 'bsn', 'given_names'])
    .where('werkplein_id', '=', 'westland')
    .orderBy('dossier_number')
    .executeTakeFirstOrThrow();
  await db.updateTable('jobseeker').set({ case_manager_id: kees.id }).where('id', '=', person.id).execute();
  const asKees = await apiAs(e2e, 'kees.klant');
  const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await asKees('POST', `/api/jobseekers/${person.id}/agreements`, {
    description: 'Solliciteer op twee vacatures per week',
    responsible: 'jobseeker',
    dueDate: due,
  });
  const start = new Date(Date.now() + 3 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  await asKees('POST', '/api/appointments', {
    employeeId: kees.id,
    jobseekerId: person.id,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 45 * 60_000).toISOString(),
    channel: 'desk',
    location: 'Werkplein Westland, Naaldwijk',
    subject: 'Voortgangsgesprek',
  });
  await asKees('GET', `/api/jobseekers/${person.id}`);
});
afterAll(async () => e2e?.close());

const expectNoAxeViolations = async (page: Page) =>
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);

/** Screenshots for the closing note, only when asked for (WERKPLEIN_SHOTS=dir). */
const shoot = async (page: Page, name: string) => {
  const dir = process.env.WERKPLEIN_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
};

/** Answers the test DigiD page: this person, at this level. */
const digid = async (page: Page, level: 'Basis' | 'Substantieel') => {
  await page.getByRole('heading', { name: 'Inloggen met DigiD (test)' }).waitFor();
  await expectNoAxeViolations(page);
  await page.getByLabel(`BSN ${person.bsn}`, { exact: false }).check();
  await page.getByLabel(new RegExp(`^${level}:`)).check();
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/mijn/') && !url.pathname.startsWith('/mijn/auth'));
};

describe('a jobseeker uses Mijn Werkplein on his phone', () => {
  it('logs in with DigiD, reads and agrees to an agreement after a step up, changes his phone and sees who looked at his data', async () => {
    const { page, context, problems } = await newUser(e2e);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/mijn/');
    await page.getByRole('heading', { name: 'Welkom bij Mijn Werkplein' }).waitFor();
    await expectNoAxeViolations(page);
    await shoot(page, 'mijn-start-360');
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await digid(page, 'Basis');

    // Home: my klantmanager, my agreement waiting for me, my appointment.
    await page.getByRole('heading', { name: new RegExp(`^Welkom, ${person.given_names}`) }).waitFor();
    await page.getByText('Kees van der Klant (Gemeente Westland, Sociale Zaken) helpt u.').waitFor();
    const card = page.getByRole('article', { name: 'Solliciteer op twee vacatures per week' });
    await card.getByText('Wacht op u').waitFor();
    await page
      .getByRole('article', { name: 'Voortgangsgesprek' })
      .getByRole('link', { name: /in mijn agenda/ })
      .waitFor();
    const ics = await page.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('a[download="afspraak.ics"]');
      const response = await fetch(link?.href ?? '');
      return { type: response.headers.get('content-type'), body: await response.text() };
    });
    expect(ics.type).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('SUMMARY:Voortgangsgesprek (Werkplein Westland)');
    await expectNoAxeViolations(page);
    await shoot(page, 'mijn-home-basis-360');

    // Akkoord needs substantieel: log in again, and come back here.
    await card.getByRole('link', { name: 'Opnieuw inloggen om te wijzigen' }).click();
    await digid(page, 'Substantieel');
    expect(new URL(page.url()).pathname).toBe('/mijn/');
    const again = page.getByRole('article', { name: 'Solliciteer op twee vacatures per week' });
    await again.getByRole('button', { name: 'Akkoord' }).click();
    await again.getByText('U gaf akkoord. Dank u wel.').waitFor();
    await again.getByText('Wacht op u').waitFor(); // his own agreement: now his to carry out
    await again.getByText('Wat er gebeurde').click();
    await again.getByText('U gaf akkoord op deze afspraak.').waitFor();
    await again.getByText('Uw klantmanager zette deze afspraak in uw plan.').waitFor();
    await expectNoAxeViolations(page);
    await shoot(page, 'mijn-home-360');

    // My phone number: a wrong one is explained, a right one is saved.
    await page.getByRole('link', { name: 'Mijn contactgegevens' }).click();
    await page.getByRole('heading', { name: 'Mijn contactgegevens' }).waitFor();
    await page.getByLabel('Telefoonnummer').fill('bel me maar');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Een telefoonnummer bevat alleen cijfers').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Telefoonnummer').fill('06 1234 5678');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Uw contactgegevens zijn opgeslagen.').waitFor();
    const saved = await e2e.server.database.db
      .selectFrom('jobseeker')
      .select('phone')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(saved.phone).toBe('06 1234 5678');
    await shoot(page, 'mijn-contact-360');

    // Who looked at my data: the klantmanager's organisation and role, never his name.
    await page.getByRole('link', { name: 'Wie bekeek mijn gegevens' }).click();
    await page.getByRole('heading', { name: 'Wie bekeek mijn gegevens' }).waitFor();
    await page.getByText('Gemeente Westland, Sociale Zaken, klantmanager').first().waitFor();
    await page
      .getByText(/Raadplegen klantdossier/)
      .first()
      .waitFor();
    expect(await page.getByRole('main').textContent()).not.toContain('Kees');
    await expectNoAxeViolations(page);
    await shoot(page, 'mijn-log-360');

    if (process.env.WERKPLEIN_SHOTS) {
      await page.setViewportSize({ width: 1366, height: 900 });
      await shoot(page, 'mijn-log-1366');
      await page.getByRole('link', { name: 'Overzicht' }).click();
      await page.getByRole('heading', { name: /^Welkom, / }).waitFor();
      await shoot(page, 'mijn-home-1366');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells a person whom no Werkplein knows, in plain Dutch', async () => {
    const { page, context, problems } = await newUser(e2e);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/mijn/');
    await page.getByRole('link', { name: 'Inloggen met DigiD' }).click();
    await page.getByLabel('Of een ander BSN').fill('999999990');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Wij kennen u nog niet.').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
