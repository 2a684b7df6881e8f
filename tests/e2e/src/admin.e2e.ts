import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations } from '../support/browser';
import { openMail } from '../support/mailbox';
import { DEMO_PASSWORD } from '../support/seed';

describe('an admin manages staff and reads the audit trail', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('invites a facilitator who chooses their own password and waits until a director approves; disables an account; verifies the audit trail', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill('admin@cohesion.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'admin-home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page.getByLabel('Role of Dana Reyes').waitFor();
    expect(await page.getByLabel('Role of Dana Reyes').inputValue()).toBe('director');
    const name = `Tamar Ives ${Date.now() % 100000}`;
    const email = `tamar-${Date.now()}@cohesion.test`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill(email);
    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('facilitator');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Created ${name}. The invitation link is emailed to ${email} alone` })
      .waitFor();
    // The admin never sees the link: nobody but the person can choose their password.
    expect(await page.content()).not.toContain('#token=');

    // The new colleague finds the invitation in their inbox (the demo mailbox), opens it and chooses a password.
    const newcomer = await newPage(browser);
    const invitation = await openMail(newcomer, email, /^Your Cohesion account at /);
    await invitation.getByRole('link', { name: /\/welcome#token=/ }).click();
    await newcomer.getByText(`invited ${name} (${email})`).waitFor();
    expect(await seriousAxeViolations(newcomer)).toEqual([]);
    await newcomer.getByLabel('New password').fill('password1234');
    await newcomer.getByLabel('The same password again').fill('password1234');
    await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
    await newcomer
      .getByRole('alert')
      .filter({ hasText: /breached/ })
      .waitFor();
    await newcomer.getByLabel('New password').fill('quiet harbour morning walk');
    await newcomer.getByLabel('The same password again').fill('quiet harbour morning walk');
    await newcomer.getByRole('button', { name: 'Set password and sign in' }).click();
    await newcomer.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    await newcomer.goto(`${baseUrl()}/home`);
    await newcomer.getByRole('heading', { name: 'Waiting for approval' }).waitFor();
    expect(await seriousAxeViolations(newcomer)).toEqual([]);
    await saveScreenshot(newcomer, 'awaiting-approval');

    // A director sees who asked, and approves; the newcomer's next look opens the app.
    const director = await newPage(browser);
    await director.goto(`${baseUrl()}/sign-in`);
    await director.getByLabel('Email').fill('director@cohesion.test');
    await director.getByLabel('Password').fill(DEMO_PASSWORD);
    await director.getByRole('button', { name: 'Sign in', exact: true }).click();
    await director.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    const row = director.getByRole('row').filter({ hasText: name });
    await row.getByRole('cell', { name: 'new account as facilitator' }).waitFor();
    expect(await seriousAxeViolations(director)).toEqual([]);
    await saveScreenshot(director, 'director-approvals');
    await director.getByRole('button', { name: `Approve ${name}` }).click();
    await director
      .getByRole('status')
      .filter({ hasText: `${name} is approved as facilitator.` })
      .waitFor();
    await newcomer.getByRole('button', { name: 'Check again' }).click();
    await newcomer.getByRole('heading', { name: 'My groups' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: `Disable ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} is disabled and signed out everywhere.` })
      .waitFor();
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
