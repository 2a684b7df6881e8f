import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations } from '../support/browser';
import { DEMO_PASSWORD } from '../support/seed';

describe('an admin manages staff and reads the audit trail', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('creates an account, disables it, and verifies the audit trail that recorded both', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill('admin@cohesion.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page.getByLabel('Role of Dana Reyes').waitFor();
    expect(await page.getByLabel('Role of Dana Reyes').inputValue()).toBe('director');
    const name = `Tamar Ives ${Date.now() % 100000}`;
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(`tamar-${Date.now()}@cohesion.test`);
    await page.getByLabel('First password').fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').filter({ hasText: /breached passwords/ }).waitFor();
    await page.getByLabel('First password').fill('quiet harbour morning walk');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('status').filter({ hasText: `Created ${name}.` }).waitFor();
    await page.getByRole('button', { name: `Disable ${name}` }).click();
    await page.getByRole('status').filter({ hasText: `${name} is disabled and signed out everywhere.` }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-staff');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByText(/^Chain intact: \d+ events\.$/).waitFor();
    await page.getByLabel('Action').selectOption('staff.update');
    await page.getByRole('button', { name: 'Filter' }).click();
    const events = page.getByRole('table', { name: 'Audit events, newest first' });
    await events.getByRole('cell', { name: 'staff.update' }).first().waitFor();
    expect(await events.getByRole('cell', { name: 'staff.create' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-audit');
  });
});
