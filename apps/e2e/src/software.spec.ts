import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from './session.js';

/** The Software tab's journey (seed "Manage software benefits"), in en-US and zh-CN, against the built system. */
test.describe.configure({ mode: 'serial' });

const main = (page: Page) => page.getByRole('main');
const productKey = /[A-Z0-9]{5}(-[A-Z0-9]{5}){4}/;

async function expand(page: Page, label: string) {
  await main(page).getByRole('button', { name: label }).click();
  return main(page).getByTestId('benefit-row-details');
}

test('SW-1 SW-2 MEM-5 SW-3 a Global admin filters, gets keys after the refund warning and picks the downloads', async ({
  page,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/benefits/software');
  await expect(main(page).getByRole('heading', { level: 1, name: 'Software' })).toBeVisible();
  await main(page).getByRole('searchbox', { name: 'Search' }).fill('sql server');
  await expect(main(page).getByTestId('benefit-row')).toHaveCount(2);

  const details = await expand(page, 'Show details for SQL Server 2019 Standard');
  await expect(details).toContainText('Static (pre-applied)');
  await details.getByRole('button', { name: 'Get keys' }).click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Revealing this key ends your refund');
  await warning.getByRole('button', { name: 'Continue' }).click();

  const keys = page.getByRole('dialog', { name: 'Product keys for SQL Server 2019 Standard' });
  await expect(keys.getByTestId('product-key')).toContainText(productKey);
  await expect(keys.getByTestId('special-instructions')).toContainText('licensed per core');
  await keys.getByRole('button', { name: 'Close' }).click();
  await expect(keys).toBeHidden();

  await details.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(details.getByTestId('download-row')).toContainText(
    'zh-cn_sql_server_2019_standard_x64_dvd.iso',
  );

  // MEM-4: the key view ended the Silver package's refund; X-2: the reveal is in the activity log.
  await page.goto('/benefits/packages');
  await expect(main(page).getByTestId('package-row').filter({ hasText: 'Silver' })).toContainText(
    'A product key of this package was viewed.',
  );
  await page.goto('/account/activity');
  await main(page).getByRole('textbox', { name: 'What (action starts with)' }).fill('software.');
  await main(page).getByRole('button', { name: 'Apply filters' }).click();
  await expect(main(page).getByTestId('audit-row').first()).toContainText('software.');
  await expect(main(page)).not.toContainText(productKey);
});

test('ROLE-4 ROLE-7 an employee reads the software list; Get keys is disabled with whom to ask', async ({
  page,
}) => {
  await signIn(page, demoUsers.employee);
  await page.goto('/benefits/software');
  await expect(main(page).getByTestId('permission-state')).toContainText(
    'You can read this page but not change it.',
  );
  const details = await expand(page, 'Show details for Visio Professional 2019');
  await expect(details).toContainText('50 of 50 activations used');
  const getKeys = details.getByRole('button', { name: 'Get keys' });
  await expect(getKeys).toBeDisabled();
  await expect(details).toContainText('Ask a Global admin of your company');
});

test('X-1 SW-2 SW-3 an MPN partner admin gets keys in zh-CN, and the language choice is remembered', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('pbc.locale', 'zh-CN'));
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/benefits/software');
  await expect(main(page).getByRole('heading', { level: 1, name: '软件' })).toBeVisible();

  // Products by their Chinese names; Gold and Silver both grant Office, each row says which.
  let details = await expand(page, '展开 Office 专业增强版 2019（金牌） 的详细信息');
  await expect(details).toContainText('已使用 42 次激活，共 100 次');
  // The Gold package is no longer refundable: no warning, the keys show at once.
  await details.getByRole('button', { name: '获取密钥' }).click();
  const keys = page.getByRole('dialog', { name: 'Office 专业增强版 2019 的产品许可密钥' });
  await expect(keys.getByTestId('product-key')).toContainText(productKey);
  await expect(keys.getByTestId('special-instructions')).toContainText('Office 部署工具');
  await keys.getByRole('button', { name: '关闭' }).click();

  await details.getByRole('combobox', { name: '语言' }).selectOption('ja-JP');
  const saved = page.waitForResponse(
    (r) =>
      r.url().includes('software.savePreferences') &&
      r.request().postData()?.includes('x86') === true,
  );
  await details.getByRole('combobox', { name: '操作系统 (OS) 类型' }).selectOption('x86');
  await saved;
  await expect(details.getByTestId('download-row')).toContainText(
    'ja-jp_office_professional_plus_2019_x86_dvd.img',
  );

  await page.reload();
  details = await expand(page, '展开 Office 专业增强版 2019（金牌） 的详细信息');
  await expect(details.getByRole('combobox', { name: '语言' })).toHaveValue('ja-JP');
  await expect(details.getByTestId('download-row')).toContainText(
    'ja-jp_office_professional_plus_2019_x86_dvd.img',
  );
});
