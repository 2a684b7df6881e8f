import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';
import { aNewFacilitator, aNewGroup, DEMO_PASSWORD, supervisedByTheDemoSupervisor } from '../support/seed';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await signInWithPassword(page, email, password);
  await page.getByRole('heading', { name: 'My groups' }).waitFor();
}

describe('a facilitator records a session', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('from the keyboard for 8 members, with the identifier check, a draft that survives a reload, signing, and the new point on the chart', async () => {
    const facilitator = await aNewFacilitator();
    const group = await aNewGroup(facilitator, 8);
    const page = await newPage(browser);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signIn(page, facilitator.email, facilitator.password);
    await page.getByRole('link', { name: group.name, exact: true }).click();
    await page.getByRole('link', { name: 'Record a session' }).click();
    await page.getByRole('heading', { name: 'Record a session' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'All present' }).click();
    const firstCell = page.getByRole('textbox', { name: /Belonging, 0 to 10/ }).first();
    await firstCell.waitFor();
    await firstCell.focus();
    // Eight members × three measures, typed as one stream of digits: "10" is one score.
    await page.keyboard.type('7810'.repeat(8));
    expect(
      await page
        .getByRole('textbox', { name: /Accountability, 0 to 10/ })
        .last()
        .inputValue(),
    ).toBe('10');

    const process = page.getByLabel('Process');
    await process.fill('The group read Hope Springs, a short story. Called 555-201-3344 after group.');
    await page.getByText('2 possible identifiers').waitFor();
    await page.getByRole('button', { name: 'Not an identifier: Hope Springs' }).click();
    await page.getByText('Possible identifier:', { exact: false }).waitFor();
    await saveScreenshot(page, 'record-session-identifier');
    await process.fill('The group read Hope Springs, a short story. Checked in with one member after group.');
    await page.getByLabel('Plan').fill('Continue with the story next week.');
    await page.getByText(/^Saved \d\d:\d\d$/).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'record-session');

    await page.reload();
    await page.getByRole('heading', { name: 'Record a session' }).waitFor();
    await page
      .getByRole('textbox', { name: /Accountability, 0 to 10/ })
      .last()
      .waitFor();
    expect(
      await page
        .getByRole('textbox', { name: /Learning, 0 to 10/ })
        .first()
        .inputValue(),
    ).toBe('8');
    expect(await page.getByLabel('Process').inputValue()).toContain('Checked in with one member');

    await page.getByRole('button', { name: 'Review and sign' }).click();
    await page.getByRole('heading', { name: 'Review the note' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('dialog', { name: 'Sign and lock this note?' }).getByRole('button', { name: 'Sign' }).click();
    await page.getByRole('heading', { name: 'Signed and locked' }).waitFor();

    await page.getByRole('link', { name: 'Back to the group' }).click();
    const chart = page.getByRole('figure', { name: /by session/ });
    await chart.getByRole('button', { name: 'Show as table' }).click();
    const belonging = chart.getByRole('row').filter({ hasText: 'Belonging' });
    await belonging.first().waitFor();
    expect(await belonging.count()).toBe(1);
    expect(await belonging.first().innerText()).toMatch(/Belonging\s+8\s+8\s+7\.0\s+7\.0–7\.0/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The facilitator's supervisor finds the note in their review queue and co-signs it.
    await supervisedByTheDemoSupervisor(facilitator.id);
    const supervisor = await newPage(browser);
    await supervisor.goto(`${baseUrl()}/sign-in`);
    await supervisor.getByLabel('Email').fill('supervisor@cohesion.test');
    await supervisor.getByLabel('Password').fill(DEMO_PASSWORD);
    await supervisor.getByRole('button', { name: 'Sign in', exact: true }).click();
    await supervisor.getByRole('link', { name: 'Review queue' }).click();
    const queued = supervisor.getByRole('row').filter({ hasText: group.name });
    await queued.waitFor();
    // Below the queue, the check-ins of the supervised groups: what is open and for how long, and what was done.
    await supervisor.getByRole('heading', { name: 'Check-ins in supervised groups' }).waitFor();
    await supervisor.getByText(/^\d+ open/).waitFor();
    const pack = await supervisor.getByRole('link', { name: 'Download the pack (PDF)' }).getAttribute('href');
    const packResponse = await supervisor.request.get(`${baseUrl()}${pack}`);
    expect(packResponse.status()).toBe(200);
    expect(packResponse.headers()['content-type']).toBe('application/pdf');
    expect(await seriousAxeViolations(supervisor)).toEqual([]);
    await saveScreenshot(supervisor, 'supervisor-review-queue');
    await queued.getByRole('link').click();
    await supervisor.getByRole('heading', { name: /^Session of / }).waitFor();
    expect(await supervisor.getByText('Checked in with one member after group.').count()).toBe(1);
    await supervisor.getByRole('button', { name: 'Co-sign this note' }).click();
    await supervisor.getByText(/Co-signed by Sam Okafor/).waitFor();
    expect(await seriousAxeViolations(supervisor)).toEqual([]);
    // Two people, five accessibility scans and a PDF: 32–42 s alone on 2 cores, 51–67 s beside the API's tests (npm test).
  }, 120_000);
});
