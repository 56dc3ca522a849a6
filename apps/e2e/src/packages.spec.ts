// MEM-4 X-4: a cancellation request moves on by itself, Submitted → In review → Refunded, each
// step on the Packages page with its day. The review desk takes FULFILMENT_DELAY (2 days here,
// playwright.config.ts) per step; the test moves the server's clock, and its jobs, instead.
import { expect, test } from '@playwright/test';
import { demoUsers, moveClock, signIn } from './session.js';

test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

test('MEM-4 X-4 an MPN partner admin buys a package, requests its cancellation and sees it refunded step by step', async ({
  page,
}) => {
  await signIn(page, demoUsers.partnerAdmin);
  await moveClock(page, 0);
  await page.goto('/benefits/packages');
  await page.getByRole('button', { name: 'Purchase' }).click();
  const purchase = page.getByRole('dialog', { name: 'Purchase a benefit package' });
  await purchase.getByLabel('Competency area').selectOption({ label: 'Messaging' });
  await purchase.getByRole('button', { name: 'Purchase' }).click();
  await expect(purchase).toBeHidden();

  const row = page.getByTestId('package-row').filter({ hasText: 'Messaging' });
  await row.getByRole('button', { name: 'Request cancellation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  const steps = row.getByTestId('cancellation-steps');
  await expect(steps).toContainText('Submitted on');
  await expect(steps).toContainText('Next step expected by');
  await expect(row.getByRole('button', { name: 'Request cancellation' })).toBeDisabled();

  // Two days on: the desk takes the request into review; two more: it is refunded. The page
  // follows the request by itself while it is under way.
  for (const step of ['In review on', 'Refunded on']) {
    await moveClock(page, 2);
    // Two days without a request end the session (idle limit): sign in again.
    await signIn(page, demoUsers.partnerAdmin);
    await page.reload();
    await expect(steps).toContainText(step, { timeout: 20_000 });
  }
  await expect(row).toContainText('Cancelled');
  await expect(steps).not.toContainText('Next step expected by');
});
