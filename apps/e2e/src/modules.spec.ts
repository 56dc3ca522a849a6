import { expect, test, type Page } from '@playwright/test';
import type { BenefitModuleId } from '@pbc/contract/modules';
import { demoPassword, demoUsers, signIn } from './session.js';

/** The manifest the shell reads at run time; the tests follow it rather than a copy of it. */
type ManifestEntry = {
  name: string;
  entry: string;
  route: string;
  navLabel: Record<'en-US' | 'zh-CN', string>;
};

async function manifest(page: Page): Promise<ManifestEntry[]> {
  const response = await page.request.get('/remotes.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { remotes: ManifestEntry[] }).remotes;
}

/** Each module's lists, whose rows its page's benefit tables show (every module of the registry). */
const listProcedures: Record<BenefitModuleId, string[]> = {
  software: ['software.list'],
  'azure-cloud': ['azureCloud.listCredits', 'azureCloud.listLicenses'],
  'visual-studio': ['visualStudio.list'],
  technical: ['technical.list'],
  gtm: ['gtm.list'],
};

async function seededRowCount(page: Page, route: string): Promise<number> {
  let count = 0;
  for (const procedure of listProcedures[route as BenefitModuleId]) {
    const response = await page.request.get(`/trpc/${procedure}`);
    const body = (await response.json()) as { result: { data: { items: unknown[] } } };
    count += body.result.data.items.length;
  }
  return count;
}

const nav = (page: Page) => page.getByRole('navigation');
const main = (page: Page) => page.getByRole('main');
/** The benefit rows of the module's page, in every benefit table on it. */
const dataRows = (page: Page) => main(page).getByTestId('benefit-row');

test('a visitor signs in, sees the shell with the Benefits navigation and overview, and signs out', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Email').fill(demoUsers.globalAdmin);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('banner')).toContainText('Partner Center');
  const remotes = await manifest(page);
  for (const remote of remotes) {
    await expect(nav(page).getByRole('link', { name: remote.navLabel['en-US'] })).toBeVisible();
  }
  await expect(main(page).getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test.describe('signed in', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('each benefit module opens from the navigation and shows its seeded rows', async ({
    page,
  }) => {
    await page.goto('/benefits');
    for (const remote of await manifest(page)) {
      const expected = await seededRowCount(page, remote.route);
      expect(expected).toBeGreaterThan(0);
      await nav(page).getByRole('link', { name: remote.navLabel['en-US'] }).click();
      await expect(page).toHaveURL(new RegExp(`/benefits/${remote.route}$`));
      await expect(dataRows(page)).toHaveCount(expected);
    }
  });

  test('X-1 the page in zh-CN shows Chinese labels', async ({ page }) => {
    await page.goto('/benefits/software');
    await expect(dataRows(page).first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '中文(简体)' });
    await expect(nav(page).getByRole('link', { name: '软件' })).toBeVisible();
    await expect(main(page).getByRole('columnheader', { name: /到期日期/ })).toBeVisible();
    // The choice is remembered.
    await page.reload();
    await expect(nav(page).getByRole('link', { name: '软件' })).toBeVisible();
  });

  test('a module whose files are unavailable shows a contained error with Retry; the others keep working', async ({
    page,
  }) => {
    await page.route('**/remotes/gtm/**', (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    const remotes = await manifest(page);
    const gtm = remotes.find((r) => r.route === 'gtm')!;
    await page.goto('/benefits');
    await nav(page).getByRole('link', { name: gtm.navLabel['en-US'] }).click();
    const alert = main(page).getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(nav(page)).toBeVisible();

    for (const remote of remotes.filter((r) => r.route !== 'gtm')) {
      await nav(page).getByRole('link', { name: remote.navLabel['en-US'] }).click();
      await expect(dataRows(page).first()).toBeVisible();
    }

    // Back on the broken module; once its files are there again, Retry loads it without a reload.
    await nav(page).getByRole('link', { name: gtm.navLabel['en-US'] }).click();
    await expect(alert).toBeVisible();
    await page.unroute('**/remotes/gtm/**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(dataRows(page).first()).toBeVisible();
  });

  test('React, react-dom and react-query are loaded once across the shell and all modules', async ({
    page,
  }) => {
    // React DevTools' hook is how React announces each renderer copy; count the announcements.
    await page.addInitScript(() => {
      const renderers = new Map<number, unknown>();
      (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
        renderers,
        supportsFiber: true,
        inject(renderer: unknown) {
          const id = renderers.size + 1;
          renderers.set(id, renderer);
          return id;
        },
        onCommitFiberRoot() {},
        onCommitFiberUnmount() {},
        onPostCommitFiberRoot() {},
        checkDCE() {},
      };
    });
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(await response.text().catch(() => ''));
    });

    await page.goto('/benefits');
    for (const remote of await manifest(page)) {
      await nav(page).getByRole('link', { name: remote.navLabel['en-US'] }).click();
      await expect(dataRows(page).first()).toBeVisible();
    }

    const rendererCount = await page.evaluate(
      () =>
        (
          window as unknown as {
            __REACT_DEVTOOLS_GLOBAL_HOOK__: { renderers: Map<number, unknown> };
          }
        ).__REACT_DEVTOOLS_GLOBAL_HOOK__.renderers.size,
    );
    expect(rendererCount).toBe(1);
    // Distinctive strings from each package's production build, counted over every script fetched.
    const copiesOf = (marker: string) => scripts.filter((source) => source.includes(marker)).length;
    expect(copiesOf('react.transitional.element')).toBeGreaterThan(0);
    expect(copiesOf('Invalid hook call')).toBeLessThanOrEqual(1);
    expect(copiesOf('No QueryClient set, use QueryClientProvider to set one')).toBe(1);
  });
});
