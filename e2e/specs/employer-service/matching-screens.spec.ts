import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../../../src/server/db/seed/demo-cases.ts';
import { axeViolations, logIn, newUser, startE2e, type E2e } from '../../fixtures/werkplein.ts';

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
  // Caseloads with activated jobseekers, and Mark's employers with open vacancies (as in --demo).
  await seedDemoCases(e2e.server.database.db);
});
afterAll(async () => e2e?.close());

const expectNoAxeViolations = async (page: Page) =>
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);

const VACANCY = 'Oogstmedewerker tomaten';

describe('matching screens', () => {
  it('a klantmanager proposes a jobseeker from his matches; the matchmaker presents him and records the invitation', async () => {
    const kees = await newUser(e2e);
    await logIn(kees.page, 'kees.klant');
    await kees.page.getByRole('link', { name: 'Vacatures voor mijn werkzoekenden' }).first().click();
    await kees.page.getByRole('heading', { level: 1, name: 'Vacatures voor mijn werkzoekenden' }).waitFor();
    // The greenhouse job in the rows of his jobseekers who are not proposed yet; the best scoring one.
    const rows = kees.page
      .getByRole('row')
      .filter({ has: kees.page.getByRole('link', { name: VACANCY, exact: true }) })
      .filter({ has: kees.page.getByRole('button', { name: /^Voordragen / }) });
    await rows.first().waitFor();
    await expectNoAxeViolations(kees.page);
    const scores = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[2]?.textContent)),
    );
    const propose = rows
      .nth(scores.indexOf(Math.max(...scores)))
      .getByRole('button', { name: /^Voordragen / });
    // His name is in the button's accessible name: "Voordragen <naam> voor <vacature>".
    const label = (await propose.textContent()) ?? '';
    const name = /^Voordragen\s*(.+) voor /.exec(label)?.[1]?.trim() ?? '';
    expect(name).not.toBe('');
    await propose.click();
    await kees.page
      .getByLabel('Motivatie voor de matchmaker')
      .fill('Wil graag in de kas werken en heeft oogstervaring.');
    await kees.page.getByRole('button', { name: 'Voordracht versturen' }).click();
    await kees.page
      .getByRole('status')
      .filter({ hasText: `${name} is voorgedragen voor ${VACANCY}.` })
      .waitFor();
    const section = kees.page.getByRole('region', { name, exact: true });
    await section
      .getByRole('row', { name: new RegExp(VACANCY) })
      .getByText('Voorgedragen', { exact: true })
      .waitFor();
    expect(kees.problems).toEqual([]);
    await kees.context.close();

    const mark = await newUser(e2e);
    await logIn(mark.page, 'mark.match');
    await mark.page.getByRole('link', { name: 'Mijn openstaande vacatures' }).first().click();
    await mark.page.getByRole('heading', { level: 1, name: 'Mijn openstaande vacatures' }).waitFor();
    const row = mark.page.getByRole('row', { name: new RegExp(`^${VACANCY}`) });
    // Columns after the vacancy: werkgever, start, vrije plaatsen, voorgedragen, voorgesteld, uitgenodigd.
    await expect
      .poll(() => row.getByRole('cell').allTextContents())
      .toEqual(['Kwekerij De Kas', expect.stringMatching(/^\d{2}-\d{2}-\d{4}$/), '2 van 2', '1', '0', '0']);
    await expectNoAxeViolations(mark.page);
    await row.getByRole('link', { name: VACANCY }).click();
    await mark.page.getByRole('heading', { level: 1, name: VACANCY }).waitFor();

    // The candidate, with score and why; the matchmaker may not open dossiers, so no link.
    const candidates = mark.page.getByRole('region', { name: 'Kandidaten' });
    const candidate = candidates.getByRole('listitem').filter({
      has: mark.page.getByRole('heading', { level: 3, name, exact: true }),
    });
    await candidate.getByText(/^Score \d+ van 100/).waitFor();
    await candidate.getByText('Voorgedragen', { exact: true }).waitFor();
    expect(await candidate.getByRole('link', { name }).count()).toBe(0);
    await candidate.getByText('Toelichting per criterium').click();
    const criteria = candidate.getByRole('table', { name: `Score van ${name} per criterium` });
    await criteria.getByRole('row', { name: /^Beroep Voldoet/ }).waitFor();
    await expectNoAxeViolations(mark.page);

    // The proposal, presented to the employer, who invites him.
    const nomination = mark.page
      .getByRole('region', { name: 'Voordrachten' })
      .getByRole('listitem')
      .filter({ has: mark.page.getByRole('heading', { level: 3, name, exact: true }) });
    await nomination.getByText(/^Voorgedragen door Kees van der Klant op /).waitFor();
    await nomination.getByRole('button', { name: `Voorstellen aan de werkgever (${name})` }).click();
    await mark.page
      .getByRole('status')
      .filter({ hasText: `${name} is voorgesteld aan de werkgever.` })
      .waitFor();
    await nomination.getByText('Voorgesteld aan de werkgever', { exact: true }).waitFor();
    await nomination.getByRole('radio', { name: 'Uitgenodigd voor een gesprek' }).check();
    await nomination.getByRole('button', { name: 'Terugkoppeling vastleggen' }).click();
    await mark.page
      .getByRole('status')
      .filter({ hasText: `Terugkoppeling over ${name} vastgelegd: uitgenodigd voor een gesprek.` })
      .waitFor();
    await nomination
      .getByText(/^Terugkoppeling van de werkgever op .+: uitgenodigd voor een gesprek$/)
      .waitFor();
    // Invited, he can still be hired or rejected: the form offers only those now.
    await nomination.getByRole('radio', { name: 'Aangenomen (plaatsing)' }).waitFor();
    expect(await nomination.getByRole('radio', { name: 'Uitgenodigd voor een gesprek' }).count()).toBe(0);
    await expectNoAxeViolations(mark.page);
    expect(mark.problems).toEqual([]);
    await mark.context.close();
  }, 180_000);
});
