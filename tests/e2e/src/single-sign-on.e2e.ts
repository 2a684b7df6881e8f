import type { Browser } from 'playwright-core';
import { TestOpenIdProvider } from '@cohesion/testing/openid-provider';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';
import { aNewFacilitator, ApiSession, DEMO_PASSWORD } from '../support/seed';

/** The demo organization connects an OpenID provider (a real one, running in this test) and a facilitator signs in through it. */
describe('single sign-on', () => {
  let browser: Browser;
  let provider: TestOpenIdProvider;
  const clientSecret = 'the secret the provider issued';

  beforeAll(async () => {
    browser = await launchBrowser();
    provider = await TestOpenIdProvider.start({ clientId: 'cohesion-demo', clientSecret, redirectUri: `${baseUrl()}/sign-in/sso`, people: {} });
  });

  afterAll(async () => {
    const admin = await ApiSession.signIn('admin@cohesion.test');
    await admin.delete('/api/organization/single-sign-on').finally(() => admin.dispose());
    await provider.stop();
    await browser.close();
  });

  it('an admin connects the provider on Settings, a director approves it, and a facilitator signs in through it with no password', async () => {
    const facilitator = await aNewFacilitator('Odile Brandt');
    provider.people[facilitator.email] = { emailVerified: true };

    const adminPage = await newPage(browser);
    await signInWithPassword(adminPage, 'admin@cohesion.test', DEMO_PASSWORD);
    await adminPage.getByRole('link', { name: 'Settings' }).click();
    await adminPage.getByRole('heading', { name: 'Single sign-on' }).waitFor();
    expect(await adminPage.getByTestId('sso-redirect-uri').textContent()).toBe(`${baseUrl()}/sign-in/sso`);
    await adminPage.getByLabel('Issuer URL').fill(provider.issuer);
    await adminPage.getByLabel('Client ID').fill('cohesion-demo');
    await adminPage.getByLabel('Client secret').fill(clientSecret);
    await adminPage.getByLabel('Email domains').fill('cohesion.test');
    await adminPage.getByRole('button', { name: 'Save single sign-on' }).click();
    await adminPage.getByRole('status').filter({ hasText: 'A clinical director approves it' }).waitFor();
    expect(await seriousAxeViolations(adminPage)).toEqual([]);
    await saveScreenshot(adminPage, 'single-sign-on-settings');

    // Until a director approves it, the provider signs nobody in.
    const early = await ApiSession.anonymous();
    await early.post('/api/auth/sso', { email: facilitator.email }, 404).finally(() => early.dispose());

    const directorPage = await newPage(browser);
    await signInWithPassword(directorPage, 'director@cohesion.test', DEMO_PASSWORD);
    await directorPage.getByRole('link', { name: 'Approvals' }).click();
    await directorPage.getByRole('heading', { name: 'Single sign-on waits for your decision' }).waitFor();
    expect(await directorPage.getByText(provider.issuer).count()).toBe(1);
    expect(await seriousAxeViolations(directorPage)).toEqual([]);
    await directorPage.getByRole('button', { name: 'Approve single sign-on' }).click();
    await directorPage.getByRole('status').filter({ hasText: 'Single sign-on is approved' }).waitFor();

    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill(facilitator.email);
    await page.getByRole('button', { name: 'Use single sign-on' }).click();
    await page.getByRole('heading', { name: 'Test identity provider' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'My groups' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    const me = await page.evaluate(() => fetch('/api/auth/me').then((answer) => answer.json()));
    expect(me).toMatchObject({ email: facilitator.email, role: 'facilitator' });
  });

  it('tells a person whose provider did not verify their email why they are not signed in', async () => {
    const facilitator = await aNewFacilitator('Piet Unverified');
    provider.people[facilitator.email] = { emailVerified: false };
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill(facilitator.email);
    await page.getByRole('button', { name: 'Use single sign-on' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'has not verified your email address' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });
});
