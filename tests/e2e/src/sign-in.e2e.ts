import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations } from '../support/browser';

describe('a demo facilitator signs in', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('reaches the sign-in page, signs in with the printed demo account and sees their groups', async () => {
    const page = await newPage(browser);
    await page.goto(baseUrl());

    await page.getByLabel('Email').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'sign-in');

    await page.getByLabel('Email').fill('ana@cohesion.test');
    await page.getByLabel('Password').fill('cohesion-demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { name: 'My groups' }).waitFor();
    await page.getByText('Tuesday Recovery Circle').waitFor();
    await page.getByText('Thursday Grief Group').waitFor();
    expect(await page.getByText('Monday Relapse Prevention').count()).toBe(0);
    expect(await page.getByText('Ana Lima').count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'facilitator-home');
  });

  it('shows a readable message for a wrong password and stays on the sign-in page', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill('ana@cohesion.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const alert = page.getByRole('alert');
    await alert.filter({ hasText: /incorrect/i }).waitFor();
    expect(page.url()).toContain('/sign-in');
  });
});
