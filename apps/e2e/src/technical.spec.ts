// The Technical benefits journey (seed "Manage technical benefits"), in en-US and zh-CN: an
// employee sees whom to ask, an MPN partner admin activates, the activation desk takes
// FULFILMENT_DELAY (2 days here, playwright.config.ts) and the test moves the server's clock, then
// every user sees the Access ID and Contract ID, submits a support request and asks for advisory hours.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoUsers, moveClock, signIn } from './session.js';

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

const main = (page: Page) => page.getByRole('main');
const nineDigits = /^\d{9}$/;

/** Expands the Gold row whose name contains `name`; answers its details. */
async function expandGold(page: Page, name: RegExp): Promise<Locator> {
  const row = main(page)
    .getByTestId('benefit-row')
    .filter({ hasText: name })
    .filter({ hasText: /Gold|金牌/ });
  await row.getByRole('button', { name: /Show details for|的详细信息/ }).click();
  return main(page).getByTestId('benefit-row-details');
}

test('ROLE-4 ROLE-7 an employee cannot activate and sees whom to ask', async ({ page }) => {
  await signIn(page, demoUsers.employee);
  await page.goto('/benefits/technical');
  await expect(
    main(page).getByRole('heading', { level: 1, name: 'Technical benefits' }),
  ).toBeVisible();
  await expect(main(page).getByTestId('permission-state')).toContainText(
    'Global admin or MPN partner admin',
  );
  const details = await expandGold(page, /Signature Product Support/);
  await expect(details.getByRole('button', { name: 'Activate' })).toBeDisabled();
  await expect(details).toContainText('Ask a Global admin of your company: Grace Taylor');
});

test('TECH-3 X-4 TECH-5 an MPN partner admin activates; two days on the IDs show, and a support request takes an incident', async ({
  page,
}) => {
  await signIn(page, demoUsers.partnerAdmin);
  await moveClock(page, 0);
  await page.goto('/benefits/technical');
  let details = await expandGold(page, /Signature Product Support/);
  await details.getByRole('button', { name: 'Activate' }).click();
  await expect(details.getByTestId('activation-pending')).toContainText(
    'Allow a few days to process it',
  );
  await expect(details.getByTestId('activation-pending')).toContainText('Priya Natarajan');

  await moveClock(page, 2);
  // Two days without a request end the session (idle limit): sign in again.
  await signIn(page, demoUsers.partnerAdmin);
  await page.reload();
  details = await expandGold(page, /Signature Product Support/);
  await details
    .getByRole('button', { name: 'Show Access ID and Contract ID' })
    .click({ timeout: 25_000 });
  const accessId = (await details.getByLabel('Access ID', { exact: true }).textContent())!.trim();
  const contractId = (await details
    .getByLabel('Contract ID', { exact: true })
    .textContent())!.trim();
  expect(accessId).toMatch(nineDigits);
  expect(contractId).toMatch(nineDigits);

  const row = main(page)
    .getByTestId('benefit-row')
    .filter({ hasText: /Signature/ })
    .filter({ hasText: 'Gold' });
  // TECH-5: within Cloud Platform, a cloud competency, Signature support is unlimited.
  await expect(row.getByRole('cell').nth(1)).toHaveText('Unlimited');
  await expect(row.getByRole('cell').nth(2)).toHaveText('0');
  await details.getByRole('button', { name: 'Submit a support request' }).click();
  const form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: 'Product' }).selectOption({ label: 'Dynamics' });
  await form.getByRole('textbox', { name: /Title/ }).fill('Sales pipeline view times out');
  await form
    .getByRole('textbox', { name: /Description/ })
    .fill('Every view over 5,000 records times out.');
  await form.getByRole('button', { name: 'Submit' }).click();
  // TECH-6: Dynamics needs the IDs; they are the benefit's own.
  await expect(form).toContainText('Enter the Access ID: it is required');
  await form.getByRole('textbox', { name: /Access ID/ }).fill(accessId);
  await form.getByRole('textbox', { name: /Contract ID/ }).fill(contractId);
  await form.getByRole('button', { name: 'Submit' }).click();
  await expect(form.getByTestId('request-confirmation')).toContainText(
    /Request SR-\d+ was submitted/,
  );
  await form.getByRole('button', { name: 'Close' }).click();
  // One incident used.
  await expect(row.getByRole('cell').nth(2)).toHaveText('1');
  await expect(
    main(page).getByTestId('request-row').filter({ hasText: 'Sales pipeline view times out' }),
  ).toContainText('Submitted');
});

test('X-1 TECH-7 TECH-5 in zh-CN an employee sees the IDs, submits a support request and asks for advisory hours', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('pbc.locale', 'zh-CN'));
  await signIn(page, demoUsers.employee);
  await page.goto('/benefits/technical');
  await expect(main(page).getByRole('heading', { level: 1, name: '技术权益' })).toBeVisible();
  let details = await expandGold(page, /签名产品支持/);
  await details.getByRole('button', { name: '查看访问 ID 和合同 ID' }).click();
  await expect(details.getByLabel('访问 ID', { exact: true })).toHaveText(nineDigits);

  const row = main(page)
    .getByTestId('benefit-row')
    .filter({ hasText: /签名产品支持/ })
    .filter({ hasText: '金牌' });
  await details.getByRole('button', { name: '提交支持请求' }).click();
  let form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: '产品' }).selectOption({ label: 'Microsoft 365' });
  await form.getByRole('textbox', { name: /标题/ }).fill('Teams 会议 10 分钟后断开');
  await form.getByRole('textbox', { name: /说明/ }).fill('超过 20 人的会议都会断开。');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(form.getByTestId('request-confirmation')).toContainText(/请求 SR-\d+ 已提交/);
  await form.getByRole('button', { name: '关闭' }).click();
  await expect(row.getByRole('cell').nth(2)).toHaveText('2');

  details = await expandGold(page, /技术预售和部署服务/);
  await details.getByRole('button', { name: '请求预售或部署服务' }).click();
  form = page.getByRole('dialog');
  await form.getByRole('combobox', { name: '请求类型' }).selectOption({ label: '部署咨询' });
  await form.getByRole('searchbox', { name: '搜索' }).fill('数据');
  await form.getByRole('combobox', { name: /^产品/ }).selectOption({ label: 'Azure SQL Database' });
  await form.getByRole('textbox', { name: /电话号码/ }).fill('+86 10 6552 9988');
  await form.getByRole('spinbutton', { name: /预计小时数/ }).fill('30');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(form).toContainText('不支持超过 25 小时的服务。');
  await form.getByRole('spinbutton', { name: /预计小时数/ }).fill('6');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(form.getByTestId('request-confirmation')).toContainText(/请求 TPD-\d+ 已提交/);
  await form.getByRole('button', { name: '关闭' }).click();
  // Deployment hours are held until the consult completes (TECH-8): Gold's 50 − 6 left.
  const advisory = main(page)
    .getByTestId('benefit-row')
    .filter({ hasText: /技术预售和部署服务/ })
    .filter({ hasText: '金牌' });
  await expect(advisory.getByRole('cell').nth(3)).toHaveText('44 小时');
});
