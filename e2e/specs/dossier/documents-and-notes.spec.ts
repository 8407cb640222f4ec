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

describe('a klantmanager keeps documents and notes in the dossier', () => {
  it('uploads a document, replaces it with a new version, downloads it and adds a note', async () => {
    const { page, context, problems } = await newUser(e2e);
    await logIn(page, 'kees.klant');
    await page.goto('/werkzoekenden?q=de');
    await page.getByRole('table').getByRole('link').first().click();
    await page.waitForURL(/\/werkzoekenden\/[0-9a-f-]{36}$/);

    const documents = page.locator('#documenten');
    await documents.getByRole('button', { name: 'Document uploaden' }).click();
    await page.getByLabel('Soort document').selectOption('cv');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'cv-2026.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% cv\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    await documents.getByRole('link', { name: 'cv-2026.pdf downloaden' }).waitFor();
    await expectNoAxeViolations(page);

    await documents.getByText('cv-2026.pdf is toegevoegd').waitFor();

    // A file that is not what it claims to be is refused with a Dutch message.
    await documents.getByRole('button', { name: 'Document uploaden' }).click();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'virus.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ this is no pdf'),
    });
    await page.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    await documents.getByText('Dit soort bestand kan niet in het dossier').waitFor();

    await documents.getByRole('button', { name: 'Nieuwe versie van cv-2026.pdf' }).click();
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({
      name: 'cv-2026-v2.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% cv versie 2\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Document toevoegen', exact: true }).click();
    await documents.getByRole('link', { name: 'cv-2026-v2.pdf downloaden' }).waitFor();
    await documents.getByText('vervangen door een nieuwere versie').waitFor();

    const href = await documents
      .getByRole('link', { name: 'cv-2026-v2.pdf downloaden' })
      .getAttribute('href');
    const body = await page.evaluate(async (url) => (await fetch(url as string)).text(), href);
    expect(body).toContain('cv versie 2');

    await page.locator('#notities').getByRole('button', { name: 'Notitie toevoegen' }).click();
    await page.getByLabel('Nieuwe notitie').fill('Cv besproken; stuurt diploma na.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.locator('#notities').getByText('Cv besproken; stuurt diploma na.').waitFor();
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});
