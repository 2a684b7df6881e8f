import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';

async function signIn(page: Page, email: string): Promise<void> {
  await signInWithPassword(page, email, 'cohesion-demo');
  await page.getByRole('heading', { name: 'My groups' }).waitFor();
}

describe('a facilitator reviews their group', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('opens the group from home: climate chart with its table, alerts and members; another facilitator gets "not found"', async () => {
    const page = await newPage(browser);
    await signIn(page, 'ana@cohesion.test');
    await page.getByRole('link', { name: 'Tuesday Recovery Circle', exact: true }).click();
    await page.getByRole('heading', { name: 'Tuesday Recovery Circle', level: 1 }).waitFor();

    const chart = page.getByRole('figure', { name: /Belonging, learning and accountability, by session/ });
    // Every session is a marker on each line (hollow where fewer than 5 members rated).
    await chart.locator('circle.marker').first().waitFor();
    await page.getByRole('table', { name: 'Members of the group, with attendance and latest scores' }).waitFor();
    expect(await page.getByRole('table', { name: 'Members of the group, with attendance and latest scores' }).getByRole('row').count()).toBeGreaterThan(1);
    await page.getByRole('heading', { name: 'Who needs a check-in' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'group-page');

    await chart.getByRole('button', { name: 'Show as table' }).click();
    const rows = chart.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBeGreaterThan(3);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('Bucket').selectOption('week');
    await page.getByRole('figure', { name: /weekly means/ }).waitFor();

    const firstMember = page.getByRole('table', { name: 'Members of the group, with attendance and latest scores' }).getByRole('link').first();
    const code = (await firstMember.innerText()).trim();
    const groupUrl = page.url();
    await firstMember.click();
    await page.getByRole('heading', { name: `Member ${code}` }).waitFor();
    const trajectory = page.getByRole('figure', { name: `Benefit index of ${code} by their session number, beside the group mean` });
    await trajectory.locator('circle.marker').first().waitFor();
    await trajectory.getByRole('button', { name: 'Show as table' }).click();
    await trajectory.getByRole('row').nth(3).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'member-trajectory');

    const other = await newPage(browser);
    await signIn(other, 'ben@cohesion.test');
    await other.goto(groupUrl);
    await other.getByRole('heading', { name: 'Group not found' }).waitFor();
  });
});
