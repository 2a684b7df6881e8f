import { Secret, TOTP } from 'otpauth';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';
import { aNewFacilitator } from '../support/seed';

describe('a facilitator protects their account with an authenticator app', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('enrolls from the account page, keeps the recovery codes, and is asked for a code at the next sign-in', async () => {
    const colleague = await aNewFacilitator();
    const page = await newPage(browser);
    await signInWithPassword(page, colleague.email, colleague.password);
    await page.getByRole('heading', { name: 'My groups' }).waitFor();

    await page.getByRole('link', { name: 'Account and security' }).click();
    await page.getByRole('heading', { name: 'Account and security' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Set up authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code to add Cohesion to your authenticator app' }).waitFor();
    await page.getByText('Cannot scan? Type this key instead').click();
    const totp = new TOTP({ secret: Secret.fromBase32((await page.getByLabel('Setup key').textContent()) ?? '') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'authenticator-enrollment');

    await page.getByLabel('Then enter the code the app shows').fill(totp.generate());
    await page.getByRole('button', { name: 'Confirm' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await saveScreenshot(page, 'recovery-codes');
    await page.getByRole('button', { name: 'I saved my recovery codes' }).click();
    await page.getByText('Set up. Signing in will ask for a code from your app.').waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    // Signed out once the sign-in page shows: going there earlier races the sign-out request.
    await page.getByLabel('Email').waitFor();
    await signInWithPassword(page, colleague.email, colleague.password);
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // The code shown at enrollment was used; the authenticator's next one is accepted (one step of clock drift).
    await page.getByLabel('Code from your authenticator app').fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'My groups' }).waitFor();
  });
});
