import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations } from '../support/browser';
import { DEMO_PASSWORD } from '../support/seed';

describe('a director reviews the outcomes', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('sees the organization’s figures, measures and groups × weeks, narrows to a program, and drills into a group read-only', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/sign-in`);
    await page.getByLabel('Email').fill('director@cohesion.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // A director lands on the overview, after signing in and when opening the app afresh.
    await page.getByRole('heading', { name: 'Outcomes overview' }).waitFor();
    await page.goto(baseUrl());
    await page.getByRole('heading', { name: 'Outcomes overview' }).waitFor();
    await page.getByRole('link', { name: 'Outcomes overview' }).click();

    await page.getByRole('heading', { name: 'Outcomes overview' }).waitFor();
    expect(await page.getByLabel('Range').inputValue()).toBe('6m');
    await page
      .getByRole('figure', { name: /of the organization, weekly means/ })
      .locator('svg')
      .first()
      .waitFor();
    const heatmap = page.getByRole('table', { name: /Benefit index \(0–10\) of each group by week/ });
    await heatmap.waitFor();
    // Other tests of this run add groups to the demo organization: its four groups are there, among any others.
    for (const name of ['Tuesday Recovery Circle', 'Thursday Grief Group', 'Monday Relapse Prevention', 'Wednesday Loss and Renewal']) {
      await heatmap.getByRole('link', { name }).waitFor();
    }
    expect(await page.getByRole('heading', { name: 'Attendance' }).locator('xpath=following-sibling::p[1]').innerText()).toMatch(/^\d{1,3}%$/);
    await page.getByRole('figure', { name: 'Attendance of the organization, week by week' }).locator('circle.marker').first().waitFor();
    const retention = page.getByRole('figure', { name: /Members still attending after their nth session attended, by program/ });
    await retention.getByRole('button', { name: 'Show as table' }).click();
    await retention.getByRole('row', { name: /Grief support/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await retention.getByRole('button', { name: 'Show as chart' }).click();
    await retention.locator('path.line').first().waitFor();
    // Only for the picture: ngx-charts fades a newly drawn chart in.
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'director-overview');

    // The organization exports aggregates only, small cells suppressed; the file is an attachment.
    const aggregateCsv = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const aggregate = await page.request.get(`${baseUrl()}${aggregateCsv}`);
    expect(aggregate.status()).toBe(200);
    expect(aggregate.headers()['content-disposition']).toMatch(/^attachment/);
    expect(await aggregate.text()).toMatch(/fewer than 11/);

    await page.getByRole('combobox', { name: /^Facilitator/ }).selectOption({ label: 'Ana Lima' });
    await page.getByRole('figure', { name: /of Ana Lima's groups, weekly means/ }).waitFor();
    await page.getByRole('combobox', { name: /^Facilitator/ }).selectOption({ label: 'All facilitators' });

    await page.getByRole('combobox', { name: /^Program/ }).selectOption({ label: 'Grief support' });
    await page.getByRole('figure', { name: /of Grief support, weekly means/ }).waitFor();
    await heatmap.getByRole('link', { name: 'Wednesday Loss and Renewal' }).waitFor();
    expect(await heatmap.getByRole('link', { name: 'Tuesday Recovery Circle', exact: true }).count()).toBe(0);

    await heatmap.getByRole('link', { name: 'Thursday Grief Group' }).click();
    await page.getByRole('heading', { name: 'Thursday Grief Group', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Members of the group, with attendance and latest scores' }).waitFor();
    expect(await page.getByRole('link', { name: 'Record a session' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Acknowledge all reasons' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
