import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';
import { openMail } from '../support/mailbox';
import { aNewFacilitator } from '../support/seed';

describe('a facilitator who forgot their password', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('asks for a link, reads it in the demo mailbox, chooses a new password and is signed out everywhere else', async () => {
    const facilitator = await aNewFacilitator('Ilse Moreau');
    const elsewhere = await newPage(browser);
    await signInWithPassword(elsewhere, facilitator.email, facilitator.password);
    await elsewhere.getByRole('heading', { name: 'My groups' }).waitFor();

    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill(facilitator.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `If ${facilitator.email} belongs to a Cohesion account` })
      .waitFor();
    await page.getByRole('link', { name: 'demo mailbox' }).waitFor();

    await openMail(page, facilitator.email, 'Reset your Cohesion password');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'demo-mailbox');
    const resetMail = page
      .getByRole('article')
      .filter({ hasText: `To ${facilitator.email}` })
      .first();
    await resetMail.getByRole('link', { name: /\/reset-password#token=/ }).click();

    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('New password').fill('lantern river autumn bench');
    await page.getByLabel('The same password again').fill('lantern river autumn bench');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('status').filter({ hasText: 'Your password is changed' }).waitFor();

    await page.getByRole('link', { name: 'Go to sign-in' }).click();
    await page.getByLabel('Email').fill(facilitator.email);
    await page.getByLabel('Password').fill('lantern river autumn bench');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'My groups' }).waitFor();

    // The session opened before the reset is over.
    await elsewhere.reload();
    await elsewhere.getByRole('heading', { name: 'Sign in' }).waitFor();
    await openMail(page, facilitator.email, 'Your Cohesion password was changed');
  });
});
