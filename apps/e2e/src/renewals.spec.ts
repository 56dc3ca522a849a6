// MEM-6 renewal and the Insights report in the browser. The report's table (and chart) agree with
// what the tabs' lists answer; the Packages page shows each offer's anniversary and window, Renew
// disabled with the day it opens; then the clock moves into a package's window, Renew sets the
// new anniversary (old + 365 days), and the seeded offers, whose windows have closed by then,
// show Lapsed and refuse their benefits' use. Other specs share this server and seed: the renewed
// package is one this spec buys (Gold DevOps, which no other spec reads), and once the clock is
// back it is refunded (still inside its 30 days), so every tab ends as it began.
import { expect, test, type Page } from '@playwright/test';
import { demoUsers, moveClock, signIn } from './session.js';

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

const main = (page: Page) => page.getByRole('main');
const useEnglish = (page: Page) =>
  page.addInitScript(() => localStorage.setItem('pbc.locale', 'en-US'));

/** A query's answer, as the server gives it to the pages. */
async function query<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await page.request.get(`/trpc/${path}${qs}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

interface PackageRow {
  id: string;
  offerType: string;
  competencyArea: string | null;
  status: string;
  renewal: { anniversary: string; countdown: { until: string; days: number } | null };
}
const packages = async (page: Page) =>
  (await query<{ items: PackageRow[] }>(page, 'membership.packages')).items;

/** `2027-07-01` as the en-US pages write it (Jul 1, 2027). */
const shown = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test('Insights the report’s table agrees with what the tabs list; the chart is drawn', async ({
  page,
}) => {
  await useEnglish(page);
  await signIn(page);
  await moveClock(page, 0);
  const technical = (
    await query<{ items: { status: string }[] }>(page, 'technical.list', { limit: 500 })
  ).items;
  const vs = (
    await query<{ items: { seatsTotal: number; seatsUsed: number }[] }>(page, 'visualStudio.list', {
      limit: 500,
    })
  ).items;
  await page.goto('/benefits/reports');
  await expect(main(page).getByRole('heading', { name: 'Benefits report' })).toBeVisible();
  await expect(main(page).getByTestId('report-chart').locator('svg').first()).toBeVisible();
  const cells = async (area: string) =>
    main(page)
      .getByTestId('report-row')
      .filter({ hasText: area })
      .getByRole('cell')
      .allTextContents();
  await expect(main(page).getByTestId('report-row')).toHaveCount(5);
  const [, granted, activated] = await cells('Technical benefits');
  expect(Number(granted)).toBe(technical.length);
  expect(Number(activated)).toBe(technical.filter((b) => b.status === 'active').length);
  const [, seats, , taken, free] = await cells('Visual Studio subscriptions');
  expect(Number(seats)).toBe(vs.reduce((n, s) => n + s.seatsTotal, 0));
  expect(Number(taken)).toBe(vs.reduce((n, s) => n + s.seatsUsed, 0));
  expect(Number(free)).toBe(Number(seats) - Number(taken));

  // Filtered to one area, the table has its line only.
  await main(page).getByLabel('Benefit area').selectOption({ label: 'Technical benefits' });
  await expect(main(page).getByTestId('report-row')).toHaveCount(1);
  await expect(main(page).getByTestId('report-row')).toContainText('Technical benefits');
});

test('MEM-6 the Packages page shows each offer’s anniversary and window; Renew waits for the window, saying when it opens', async ({
  page,
}) => {
  await useEnglish(page);
  await signIn(page);
  await page.goto('/benefits/packages');
  const gold = main(page).getByTestId('package-row').filter({ hasText: 'Cloud Platform' });
  await expect(gold.getByTestId('anniversary')).toHaveText('Anniversary Jul 1, 2027');
  await expect(gold).toContainText('Renewal window Jul 2, 2027 – Jul 31, 2027');
  const renew = gold.getByRole('button', { name: 'Renew' });
  await expect(renew).toBeDisabled();
  await expect(renew).toHaveAccessibleDescription(
    'The renewal window has not opened yet. Renew opens on Jul 2, 2027.',
  );
});

test('MEM-6 inside the window Renew sets the new anniversary; offers whose window closed have lapsed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await useEnglish(page);
  await signIn(page, demoUsers.partnerAdmin);
  await moveClock(page, 0);
  const bought = await page.request.post('/trpc/membership.purchase', {
    data: { offerType: 'gold', competencyArea: 'DevOps' },
  });
  expect(bought.ok(), await bought.text()).toBe(true);
  const mine = (await packages(page)).find(
    (p) => p.competencyArea === 'DevOps' && p.status === 'active',
  )!;
  const { anniversary, countdown } = mine.renewal;
  expect(countdown?.until).toBe('opens');

  // To the day the window opens (the day after the anniversary).
  await moveClock(page, countdown!.days);
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/benefits/packages');
  const row = main(page).getByTestId('package-row').filter({ hasText: 'DevOps' });
  await expect(row.getByTestId('standing')).toHaveText('In renewal window: benefits keep working');
  await expect(row.getByTestId('countdown')).toHaveText('30 days left to renew');
  await row.getByRole('button', { name: 'Renew' }).click();
  const confirm = page.getByRole('alertdialog');
  const renewed = plusDays(anniversary, 365);
  await expect(confirm).toContainText(
    `The anniversary moves from ${shown(anniversary)} to ${shown(renewed)}`,
  );
  await confirm.getByRole('button', { name: 'Renew' }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByTestId('anniversary')).toHaveText(`Anniversary ${shown(renewed)}`);
  await expect(row.getByTestId('standing')).toHaveText('Current');

  // The seeded offers' windows (to Jul 31, 2027) have closed unrenewed: they lapsed, and a use of
  // their benefits is refused with that reason.
  const seeded = main(page).getByTestId('package-row').filter({ hasText: 'Data Analytics' });
  await expect(seeded.getByTestId('standing')).toHaveText('Lapsed: benefits ended');
  await expect(seeded.getByRole('button', { name: 'Renew' })).toHaveAccessibleDescription(
    'The renewal window has closed: the offer’s benefits have lapsed. The window closed on Jul 31, 2027.',
  );
  const silver = (await packages(page)).find((p) => p.competencyArea === 'Data Analytics')!;
  const entitlements = (
    await query<{ items: { id: string; packageId: string | null; module: string }[] }>(
      page,
      'membership.entitlements',
    )
  ).items;
  const notActivated = new Set(
    (
      await query<{ items: { id: string; status: string }[] }>(page, 'technical.list', {
        limit: 500,
      })
    ).items
      .filter((b) => b.status === 'not_activated')
      .map((b) => b.id),
  );
  const silverBenefit = entitlements.find(
    (e) => e.module === 'technical' && e.packageId === silver.id && notActivated.has(e.id),
  )!;
  const refused = await page.request.post('/trpc/technical.activate', {
    data: { benefitId: silverBenefit.id },
  });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain('BENEFITS_LAPSED');

  // Back to today, the package this spec bought is refunded (within its 30 days, nothing used),
  // so the other specs find the seed as it was.
  expect((await page.request.delete('/__test/clock')).ok()).toBe(true);
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/benefits/packages');
  await row.getByRole('button', { name: 'Request cancellation' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send request' }).click();
  const steps = row.getByTestId('cancellation-steps');
  await expect(steps).toContainText('Submitted on');
  for (const step of ['In review on', 'Refunded on']) {
    await moveClock(page, 2);
    await signIn(page, demoUsers.partnerAdmin);
    await page.reload();
    await expect(steps).toContainText(step, { timeout: 20_000 });
  }
});
