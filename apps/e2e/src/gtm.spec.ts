// Go-To-Market (seed "Manage Go-To-Market offers"): add the company marketing contact, activate
// an offer, see it Pending; the marketing team takes FULFILMENT_DELAY (2 days here,
// playwright.config.ts), so the test moves the server's clock; then the offer is Active with its
// expiry date, and the instructions email, in the contact's language, is on the Sent email page
// (no SMTP_URL here: it stays in the outbox). Then the same in zh-CN.
import { expect, test, type Page } from '@playwright/test';
import { moveClock, signIn } from './session.js';

const main = (page: Page) => page.getByRole('main');
const useLocale = (page: Page, locale: string) =>
  page.addInitScript((value) => localStorage.setItem('pbc.locale', value), locale);

test.describe.configure({ mode: 'serial' });

test.afterAll(async ({ request }) => {
  expect((await request.delete('/__test/clock')).ok()).toBe(true);
});

test('GTM-2/GTM-3/GTM-4 X-5 a Global admin adds the marketing contact, activates Gold Core and finds it Active with the instructions email sent (en-US)', async ({
  page,
}) => {
  await useLocale(page, 'en-US');
  await signIn(page);
  await moveClock(page, 0);
  await page.goto('/benefits/gtm');
  const contact = main(page).getByTestId('gtm-contact');
  await expect(contact).toContainText('No marketing contact is assigned yet');

  // GTM-2: Activate waits for a contact, and says so.
  const goldRow = main(page).getByTestId('benefit-row').filter({ hasText: 'Gold Core' });
  await main(page).getByRole('button', { name: 'Show details for Gold Core' }).click();
  const details = main(page).getByTestId('benefit-row-details');
  const activate = details.getByRole('button', { name: 'Activate' });
  await expect(activate).toBeDisabled();
  await expect(details).toContainText('Assign a company marketing contact first');

  // GTM-3: the account email is refused at its field; then a valid contact, in Chinese.
  await contact.getByRole('button', { name: 'Add' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add the marketing contact' });
  await dialog
    .getByRole('combobox', { name: 'User' })
    .selectOption({ label: 'Megan Bowen (megan.bowen@contoso.com, Member)' });
  const email = dialog.getByRole('textbox', { name: /Email address/ });
  await email.fill('partnercenter@contoso.example');
  await dialog.getByRole('textbox', { name: /Contact phone/ }).fill('+86 10 6552 9988');
  await dialog.getByRole('combobox', { name: 'Preferred language' }).selectOption('zh-CN');
  await dialog.getByRole('button', { name: 'Assign user' }).click();
  await expect(dialog).toContainText(
    "Use an email address other than your company's Partner Center account email",
  );
  await email.fill('marketing@contoso.example');
  await dialog.getByRole('button', { name: 'Assign user' }).click();
  await expect(dialog).toBeHidden();
  await expect(contact).toContainText('marketing@contoso.example');
  await expect(contact).toContainText('+861065529988');

  await expect(activate).toBeEnabled();
  await activate.click();
  await expect(goldRow).toContainText('Pending');
  await expect(details).toContainText('It can take several days');

  // Two days on (the session has ended by then: sign in again), the job has run.
  await moveClock(page, 2);
  await signIn(page);
  await page.reload();
  await expect(goldRow).toContainText('Active', { timeout: 20_000 });
  await expect(goldRow).toContainText('Jul 1, 2027');

  await page.goto('/account/sent-email');
  const mail = main(page).getByTestId('sent-mail').filter({ hasText: 'marketing@contoso.example' });
  await expect(mail).toContainText('你的市场推广套餐“金级核心”已激活');
  await expect(mail).toContainText('Not sent: no SMTP configured');
  await main(page)
    .getByRole('button', { name: 'Show details for 你的市场推广套餐“金级核心”已激活' })
    .click();
  const body = page.frameLocator('iframe[title="Message of marketing@contoso.example"]');
  await expect(body.getByText('Megan Bowen，你好：')).toBeVisible();
  await expect(
    body.getByRole('listitem').filter({ hasText: '附 Microsoft 高管引言的新闻稿' }),
  ).toBeVisible();
});

test('GTM-4 X-1 X-5 the same in zh-CN: Active with its expiry, the contact changed, the email listed', async ({
  page,
}) => {
  await useLocale(page, 'zh-CN');
  await signIn(page);
  await page.goto('/benefits/gtm');
  const goldRow = main(page).getByTestId('benefit-row').filter({ hasText: '金级核心' });
  await expect(goldRow).toContainText('有效');
  await expect(goldRow).toContainText('2027年7月1日');
  await expect(main(page).getByRole('columnheader', { name: '过期' })).toBeVisible();

  // GTM-3: Change the contact to someone else, in English this time.
  const contact = main(page).getByTestId('gtm-contact');
  await contact.getByRole('button', { name: '更改' }).click();
  const dialog = page.getByRole('dialog', { name: '更改营销联系人' });
  await dialog
    .getByRole('combobox', { name: '用户' })
    .selectOption({ label: 'Grace Taylor (global.admin@contoso.example, 成员)' });
  await dialog
    .getByRole('textbox', { name: /电子邮件地址/ })
    .fill('grace.marketing@contoso.example');
  await dialog.getByRole('textbox', { name: /联系电话/ }).fill('+1 425 555 0100');
  await dialog.getByRole('combobox', { name: '首选语言' }).selectOption('en-US');
  await dialog.getByRole('button', { name: '分配用户' }).click();
  await expect(dialog).toBeHidden();
  await expect(contact).toContainText('grace.marketing@contoso.example');
  await expect(contact).toContainText('+14255550100');

  await page.goto('/account/sent-email');
  await expect(main(page).getByRole('heading', { name: '已发送的电子邮件' })).toBeVisible();
  const mail = main(page).getByTestId('sent-mail').filter({ hasText: 'marketing@contoso.example' });
  await expect(mail).toContainText('未发送：未配置 SMTP');
});
