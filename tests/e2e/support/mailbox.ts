import type { Locator, Page } from 'playwright-core';
import { baseUrl } from './browser';

/** Opens the demo mailbox until an email with this subject to this address arrives (the API sends every 2 s), and answers it. */
export async function openMail(page: Page, to: string, subject: string | RegExp): Promise<Locator> {
  await page.goto(`${baseUrl()}/mailbox`);
  const message = page
    .getByRole('article')
    .filter({ hasText: `To ${to}` })
    .filter({ has: page.getByRole('heading', { name: subject }) })
    .first();
  for (let attempt = 0; attempt < 20 && !(await message.count()); attempt++) {
    await page.waitForTimeout(500);
    await page.getByRole('button', { name: 'Refresh' }).click();
  }
  await message.waitFor();
  return message;
}
