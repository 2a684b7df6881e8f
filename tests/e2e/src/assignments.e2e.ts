import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, saveScreenshot, seriousAxeViolations, signInWithPassword } from '../support/browser';
import { aNewFacilitator, aNewGroup, aNewStaffMember, ApiSession, DEMO_PASSWORD } from '../support/seed';

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await signInWithPassword(page, email, password);
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** The table row whose row header is `name`. */
function rowOf(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

describe('a director assigns supervision and group facilitators', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(() => browser.close());

  it('adds a facilitator to a supervisor and a co-facilitator to a group, and finds both kept after a reload', async () => {
    // Own people and group, so tests running beside this one (which change Sam Okafor's list) are not disturbed.
    const suffix = randomUUID().slice(0, 6);
    const supervisor = { name: `Imani Clarke ${suffix}`, ...(await aNewStaffMember('supervisor', `Imani Clarke ${suffix}`)) };
    const newcomer = { name: `Wren Abbott ${suffix}`, ...(await aNewFacilitator(`Wren Abbott ${suffix}`)) };
    const lead = await aNewFacilitator(`Tomas Varga ${suffix}`);
    const group = await aNewGroup(lead, 0);

    const page = await newPage(browser);
    await signIn(page, 'director@cohesion.test', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assignments' }).click();
    await page.getByRole('heading', { name: 'Assignments', level: 1 }).waitFor();
    const supervised = page.getByRole('group', { name: `Facilitators supervised by ${supervisor.name}` });
    const coFacilitators = page.getByRole('group', { name: `Co-facilitators of ${group.name}` });
    await supervised.waitFor();
    await coFacilitators.waitFor();
    expect(await page.getByLabel(`Lead of ${group.name}`).inputValue()).toBe(lead.id);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await supervised.getByRole('checkbox', { name: newcomer.name, exact: true }).check();
    await page.getByRole('button', { name: `Save facilitators supervised by ${supervisor.name}` }).click();
    await rowOf(page, supervisor.name).getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await coFacilitators.getByRole('checkbox', { name: newcomer.name, exact: true }).check();
    await page.getByRole('button', { name: `Save facilitators of ${group.name}` }).click();
    await rowOf(page, group.name).getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'director-assignments');

    await page.reload();
    await supervised.waitFor();
    await coFacilitators.waitFor();
    expect(await supervised.getByRole('checkbox', { name: newcomer.name, exact: true }).isChecked()).toBe(true);
    expect(await coFacilitators.getByRole('checkbox', { name: newcomer.name, exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(`Lead of ${group.name}`).inputValue()).toBe(lead.id);
    // The lead is not offered as their own co-facilitator.
    expect(await coFacilitators.getByRole('checkbox', { name: `Tomas Varga ${suffix}`, exact: true }).count()).toBe(0);
  });

  it('does not give the page to a facilitator, whom the API refuses too', async () => {
    const facilitator = await aNewFacilitator(`Juno Park ${randomUUID().slice(0, 6)}`);
    const page = await newPage(browser);
    await signIn(page, facilitator.email, facilitator.password);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assignments' }).count()).toBe(0);

    await page.goto(`${baseUrl()}/assignments`);
    await page.waitForURL(/\/home$/);
    await page.getByRole('heading', { name: 'My groups' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Assignments' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const api = await ApiSession.signIn(facilitator.email, facilitator.password);
    try {
      await expect(api.get('/api/supervisions')).rejects.toThrow(/: 403 /);
    } finally {
      await api.dispose();
    }
  });
});
