// MEM-8 MEM-4 X-4: a package bought provisions its benefits into the tabs, and the overview counts
// what the tabs show; its cancellation request moves on by itself, Submitted → In review →
// Refunded, each step on the Packages page with its day, and the refund takes its benefits away.
// The review desk takes FULFILMENT_DELAY (2 days here, playwright.config.ts) per step; the test
// moves the server's clock, and its jobs, instead.
import type { BenefitModuleId } from '@pbc/contract/modules';
import { expect, test, type Page } from '@playwright/test';
import { demoUsers, moveClock, signIn } from './session.js';

test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

const main = (page: Page) => page.getByRole('main');

/** The overview's count per module, as the server answers it to the shell. */
async function overviewCounts(page: Page): Promise<Record<BenefitModuleId, number>> {
  const response = await page.request.get('/trpc/membership.overview');
  const { modules } = (
    (await response.json()) as {
      result: { data: { modules: { module: BenefitModuleId; count: number }[] } };
    }
  ).result.data;
  return Object.fromEntries(modules.map((m) => [m.module, m.count])) as Record<
    BenefitModuleId,
    number
  >;
}

/** The benefit rows a module's tab shows, in every benefit table on it. */
async function tabRows(page: Page, module: BenefitModuleId): Promise<number> {
  await page.goto(`/benefits/${module}`);
  await expect(main(page).getByRole('table').first()).toBeVisible();
  // Azure's tab lists usage-based and license-based subscriptions, each table loading on its own.
  if (module === 'azure-cloud')
    await expect(
      main(page).getByRole('table', { name: 'License-based subscriptions' }),
    ).toBeVisible();
  return main(page).getByTestId('benefit-row').count();
}

async function expectOverviewMatchesTabs(page: Page) {
  const counts = await overviewCounts(page);
  for (const module of Object.keys(counts) as BenefitModuleId[])
    expect(await tabRows(page, module), module).toBe(counts[module]);
  // The overview page says the same.
  await page.goto('/benefits');
  await expect(main(page)).toContainText(`${counts['visual-studio']} benefits`);
  return counts;
}

test('MEM-8 MEM-4 X-4 an MPN partner admin buys Gold Application Development: its benefits show on the tabs, the overview counts them, the refund takes them away', async ({
  page,
}) => {
  // A long journey: every tab is read three times (before, bought, refunded).
  test.setTimeout(180_000);
  await signIn(page, demoUsers.partnerAdmin);
  await moveClock(page, 0);
  const before = await expectOverviewMatchesTabs(page);

  await page.goto('/benefits/packages');
  await page.getByRole('button', { name: 'Purchase' }).click();
  const purchase = page.getByRole('dialog', { name: 'Purchase a benefit package' });
  await purchase.getByLabel('Offer type').selectOption({ label: 'Gold' });
  await purchase.getByLabel('Competency area').selectOption({ label: 'Application Development' });
  await purchase.getByRole('button', { name: 'Purchase' }).click();
  await expect(purchase).toBeHidden();

  // Contoso holds Gold already: what the competency adds shows up, Gold's core is not granted twice.
  const bought = await expectOverviewMatchesTabs(page);
  expect(bought['visual-studio']).toBe(before['visual-studio'] + 1);
  expect(bought.technical).toBe(before.technical + 1);
  expect(bought.gtm).toBe(before.gtm + 1);
  expect(bought.software).toBe(before.software);
  await page.goto('/benefits/gtm');
  await expect(main(page).getByRole('cell', { name: 'ISV Co-sell ready', exact: true })).toBeVisible();

  await page.goto('/benefits/packages');
  const row = page.getByTestId('package-row').filter({ hasText: 'Application Development' });
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

  // Refunded: its benefits are gone from every tab, and the overview counts what is left.
  expect(await expectOverviewMatchesTabs(page)).toEqual(before);
});
