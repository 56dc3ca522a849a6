import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from './session.js';

/** What each demo role may do in Account settings and Packages (ROLE-1…7), against the built system. */
test.describe.configure({ mode: 'serial' });

const main = (page: Page) => page.getByRole('main');
// A long address on purpose: at 1280 px it must stay inside its column on Users.
const newUser = {
  email: `nora.new-hire.with.a.long.address.${Date.now()}@contoso-partner-subsidiary.example`,
  name: 'Nora New-Hire',
};

/** Every element matching `selector` in `scope` shows its content within its own box. */
async function expectContained(page: Page, selector: string) {
  const spills = await page
    .locator(selector)
    .evaluateAll((elements) =>
      elements
        .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
        .map((e) => e.textContent),
    );
  expect(spills).toEqual([]);
}

/** The company's Global admins as the server names them (`auth.me`), so the test follows the seed. */
async function globalAdminNames(page: Page): Promise<string[]> {
  const response = await page.request.get('/trpc/auth.me');
  const body = (await response.json()) as {
    result: { data: { globalAdmins: { displayName: string }[] } };
  };
  return body.result.data.globalAdmins.map((a) => a.displayName);
}

test('ROLE-6 a Global admin adds a user and sees the temporary password once', async ({ page }) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/account/users');
  await main(page).getByRole('button', { name: 'Add user' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: /^Email/ }).fill(newUser.email);
  await dialog.getByRole('textbox', { name: /^Name/ }).fill(newUser.name);
  await dialog.getByRole('checkbox', { name: 'Admin agent' }).check();
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const password = dialog.getByTestId('temporary-password');
  await expect(password).not.toHaveValue('');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(main(page).getByTestId('user-row').filter({ hasText: newUser.name })).toContainText(
    'Admin agent',
  );

  await main(page).getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('dialog').getByTestId('temporary-password')).toHaveCount(0);

  // The same email again: the field says so, and no generic banner besides.
  const again = page.getByRole('dialog');
  const email = again.getByRole('textbox', { name: /^Email/ });
  await expect(email).toHaveAttribute('maxlength', '254');
  await email.fill(newUser.email);
  await again.getByRole('textbox', { name: /^Name/ }).fill('Nora Twin');
  await again.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(email).toHaveAccessibleDescription(
    'A user with this email is already in the directory.',
  );
  await expect(again.getByTestId('form-error')).toHaveCount(0);
  await again.getByRole('button', { name: 'Cancel' }).click();
});

test('the Users table at 1280 px keeps a long email inside its column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/account/users');
  const row = main(page).getByTestId('user-row').filter({ hasText: newUser.name });
  await expect(row).toBeVisible();
  const [emailCell, nextCell] = await row.locator('td').evaluateAll((cells) =>
    cells.slice(1, 3).map((cell) => {
      const { left, right } = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      return { left, right, textRight: range.getBoundingClientRect().right };
    }),
  );
  expect(emailCell!.textRight).toBeLessThanOrEqual(emailCell!.right);
  expect(emailCell!.textRight).toBeLessThanOrEqual(nextCell!.left);
  await expectContained(page, 'main td');
});

test('X-2 the Activity page lists the user added earlier, filtered by what', async ({ page }) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/account/activity');
  await main(page)
    .getByRole('textbox', { name: 'What (action starts with)' })
    .fill('directory.add');
  await main(page).getByRole('button', { name: 'Apply filters' }).click();
  const row = main(page).getByTestId('audit-row').filter({ hasText: newUser.name });
  await expect(row).toContainText('directory.add');
  await expect(main(page).getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    /action=directory\.add/,
  );
});

test('ROLE-6 a User management admin adds users, but Global admin is disabled with the reason', async ({
  page,
}) => {
  await signIn(page, demoUsers.userAdmin);
  await page.goto('/account/users');
  await main(page).getByRole('button', { name: 'Add user' }).click();
  const globalAdmin = page.getByRole('dialog').getByRole('checkbox', { name: 'Global admin' });
  await expect(globalAdmin).toBeDisabled();
  await expect(page.getByRole('dialog')).toContainText(
    'Only a Global admin can grant or remove Global admin.',
  );
  await expect(
    page.getByRole('dialog').getByRole('checkbox', { name: 'MPN partner admin' }),
  ).toBeEnabled();
});

test('ROLE-7 an MPN partner admin sees Users read-only with the Global admins named', async ({
  page,
}) => {
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/account/users');
  const notice = main(page).getByTestId('permission-state');
  for (const name of await globalAdminNames(page)) await expect(notice).toContainText(name);
  await expect(main(page).getByRole('button', { name: 'Add user' })).toBeDisabled();
  await expect(main(page).getByTestId('user-row').first()).toBeVisible();
});

test('ROLE-1 an employee sees packages read-only, in zh-CN', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pbc.locale', 'zh-CN'));
  await signIn(page, demoUsers.employee);
  await page.goto('/benefits/packages');
  await expect(main(page).getByRole('heading', { level: 1, name: '套餐' })).toBeVisible();
  await expect(main(page).getByTestId('permission-state')).toContainText(
    '你可以查看此页面，但不能进行更改。',
  );
  await expect(main(page).getByRole('button', { name: '购买' })).toBeDisabled();
  await expect(page.getByRole('navigation')).toContainText('帐户设置');
});

test('MEM-1 a company still in Partner Membership Center sees the PMC notice', async ({ page }) => {
  await signIn(page, 'global.admin@fabrikam.example');
  await page.goto('/benefits');
  await expect(main(page).getByTestId('pmc-notice')).toContainText('Partner Membership Center');
  // Counts with their noun in the right number ("1 benefit", never "1 benefits").
  await expect(main(page)).not.toContainText(/\b1 benefits\b/);
  await expect(main(page)).not.toContainText(/\b0 benefit\b(?!s)/);

  // Everything MEM-1 would refuse is disabled up front, with the reason.
  const why = 'Your membership is still managed in Partner Membership Center.';
  await page.goto('/benefits/azure-cloud');
  const redeem = main(page).getByRole('button', { name: 'Redeem a product key' });
  await expect(redeem).toBeDisabled();
  await expect(redeem).toHaveAccessibleDescription(why);
  await page.goto('/benefits/visual-studio');
  const expand = main(page)
    .getByRole('button', { name: /^Show details for / })
    .first();
  await expand.click();
  const assign = main(page).getByTestId('vs-seats').getByRole('button', { name: 'Assign user' });
  await expect(assign).toBeDisabled();
  await expect(assign).toHaveAccessibleDescription(why);
});
