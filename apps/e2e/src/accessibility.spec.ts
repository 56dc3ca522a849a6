// Accessibility: axe-core finds no violation on any page of the product (the sign-in page, the
// overview, every benefit module of the manifest, the packages and every account page), so it stays
// at 0. Each page is checked once its content has rendered, as a person would meet it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './session.js';

async function violationsOf(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  // One line per rule and element, so a failure names what to fix and where.
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${v.help}`),
  );
}

const main = (page: Page) => page.getByRole('main');

test('the sign-in page has no axe-core violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test.describe('signed in', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('the overview, every module page, the packages and the account pages have no axe-core violation', async ({
    page,
  }) => {
    const response = await page.request.get('/remotes.json');
    const { remotes } = (await response.json()) as { remotes: { route: string }[] };
    const pages: [path: string, ready: (page: Page) => Promise<void>][] = [
      ['/benefits', (p) => expect(main(p).getByTestId('module-card').first()).toBeVisible()],
      ...remotes.map(
        ({ route }) =>
          [
            `/benefits/${route}`,
            (p: Page) => expect(main(p).getByTestId('benefit-row').first()).toBeVisible(),
          ] as [string, (page: Page) => Promise<void>],
      ),
      ['/benefits/packages', (p) => expect(main(p).getByRole('table').first()).toBeVisible()],
      ['/account/users', (p) => expect(main(p).getByRole('table').first()).toBeVisible()],
      ['/account/activity', (p) => expect(main(p).getByRole('table').first()).toBeVisible()],
      [
        '/account/sent-email',
        (p) => expect(main(p).getByRole('heading', { level: 1 })).toBeVisible(),
      ],
    ];
    const found: Record<string, string[]> = {};
    for (const [path, ready] of pages) {
      await page.goto(path);
      await ready(page);
      await page.waitForLoadState('networkidle');
      found[path] = await violationsOf(page);
    }
    expect(found).toEqual(Object.fromEntries(pages.map(([path]) => [path, []])));
  });
});
