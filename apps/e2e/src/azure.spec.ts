import { expect, test, type Page } from '@playwright/test';
import { demoUsers, signIn } from './session.js';

/**
 * Azure and cloud products against the built system (AZ-2…11, MEM-5, X-1): each journey redeems
 * its own seeded key (apps/server/src/db/seed-ids.ts `demoProductKeys`), and the AZ-11 undo the
 * Office redemption before it, so they run in order.
 */
test.describe.configure({ mode: 'serial' });

const keys = {
  office25: 'OFFIC-E365E-3SEAT-S0025-DEMO1',
  dynamics10: 'DYNAM-ICS36-5SALE-S0010-DEMO4',
};

const main = (page: Page) => page.getByRole('main');

/** The redeem dialog, filled in up to the preview: key, target subscription and mode. */
async function previewRedemption(
  page: Page,
  labels: { redeem: string; key: string; target: string; mode: string; preview: string },
  key: string,
  target: RegExp,
  mode: string,
) {
  await main(page).getByRole('button', { name: labels.redeem }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: new RegExp(`^${labels.key}`) }).fill(key);
  const select = dialog.getByRole('combobox', { name: labels.target });
  const option = select.locator('option').filter({ hasText: target });
  await select.selectOption({ label: (await option.textContent())! });
  await dialog.getByRole('radio', { name: mode }).check();
  await dialog.getByRole('button', { name: labels.preview }).click();
  return dialog;
}

const english = {
  redeem: 'Redeem a product key',
  key: 'Product key',
  target: 'Redeem onto',
  mode: 'What the key does',
  preview: 'Preview',
};

test('AZ-5 bulk credit says why it has no remove and until when it can be transferred; MEM-5 warns before activating it', async ({
  page,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/benefits/azure-cloud');
  // Silver and Gold each grant a bulk credit (MEM-8); the Silver package is still refundable.
  await main(page)
    .getByRole('button', { name: 'Show details for Bulk (yearly) credit (Silver)' })
    .click();
  await expect(
    main(page).getByText('Bulk credit has no remove option: transfer it to another user instead.'),
  ).toBeVisible();
  await expect(main(page).getByTestId('transfer-window')).toHaveText(
    'Transfer to another user is possible until Jun 30, 2027, the end of the enrollment year.',
  );
  // The bulk credit is Silver, whose package is still refundable: activating it would end that.
  await main(page).getByRole('button', { name: 'Assign user' }).last().click();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toContainText('Activating this benefit ends your refund');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
});

test('AZ-7 a license-based row expands to how to redeem its key and the portal; Redeem from the row targets it', async ({
  page,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/benefits/azure-cloud');
  await main(page).getByRole('button', { name: 'Show details for Dynamics 365 Sales' }).click();
  const details = main(page).getByTestId('benefit-row-details');
  await expect(details.getByTestId('redeem-instructions')).toContainText(
    'Dynamics 365 environment',
  );
  await expect(
    details.getByRole('link', { name: 'Open the portal to redeem keys' }),
  ).toHaveAttribute('href', /^https:\/\//);
  await details.getByRole('button', { name: 'Redeem a key for Dynamics 365 Sales' }).click();
  const dialog = page.getByRole('dialog');
  const target = dialog.getByRole('combobox', { name: 'Redeem onto' });
  await expect(target.locator('option:checked')).toHaveText(/^Dynamics 365 Sales/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('AZ-8 AZ-9 AZ-11 a Global admin previews and redeems a key onto Office 365 E3; the same key again is refused', async ({
  page,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/benefits/azure-cloud');
  const dialog = await previewRedemption(
    page,
    english,
    keys.office25,
    /^Office 365 E3/,
    'Extend end date',
  );
  const preview = dialog.getByTestId('redeem-preview');
  await expect(preview).toContainText(
    'Seats stay at 100; the end date moves from Jul 1, 2027 to Oct 1, 2027.',
  );
  await expect(preview.getByTestId('under-twelve-months')).toBeVisible();
  const redeem = dialog.getByRole('button', { name: 'Redeem', exact: true });
  await expect(redeem).toBeDisabled();
  await preview
    .getByRole('checkbox', {
      name: 'I confirm the key is redeemed on the tenant Contoso Partner Solutions.',
    })
    .check();
  await redeem.click();
  await expect(dialog.getByTestId('redeem-result')).toHaveText(
    'The key ending in DEMO1 was redeemed: Office 365 E3 has 100 seats until Oct 1, 2027.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  const licenses = main(page).getByRole('table', { name: 'License-based subscriptions' });
  await expect(licenses.getByRole('row').filter({ hasText: 'Office 365 E3' })).toContainText(
    'Oct 1, 2027',
  );

  const again = await previewRedemption(
    page,
    english,
    keys.office25,
    /^Office 365 E3/,
    'Add seats',
  );
  await expect(
    again.getByText('This product key was already redeemed; a key redeems once only.'),
  ).toBeVisible();
  await expect(again.getByTestId('redeem-preview')).toHaveCount(0);
});

test('AZ-11 a Global admin undoes the Office redemption, gets a replacement key shown once, and redeems it', async ({
  page,
}) => {
  await signIn(page, demoUsers.globalAdmin);
  await page.goto('/benefits/azure-cloud');
  const redemption = main(page)
    .getByTestId('redemption')
    .filter({ hasText: 'Key ending in DEMO1' });
  await expect(redemption).toContainText('Can be undone until');
  await redemption.getByRole('button', { name: 'Undo redemption (wrong tenant)' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Undo the redemption of the key ending in DEMO1?');
  await confirm.getByRole('button', { name: 'Undo redemption (wrong tenant)' }).click();

  const shown = page.getByRole('dialog');
  await expect(shown).toContainText('Copy this key now: it will not be shown again.');
  await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
  const replacement = (await shown.getByLabel('Replacement key').textContent())!;
  expect(replacement).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
  await shown.getByRole('button', { name: 'Close' }).click();
  await expect(shown).toBeHidden();
  const licenses = main(page).getByRole('table', { name: 'License-based subscriptions' });
  const office = licenses.getByRole('row').filter({ hasText: 'Office 365 E3' });
  await expect(office).toContainText('Jul 1, 2027');
  await expect(redemption).toContainText('Undone on');
  await expect(
    redemption.getByRole('button', { name: 'Undo redemption (wrong tenant)' }),
  ).toBeDisabled();

  const dialog = await previewRedemption(
    page,
    english,
    replacement,
    /^Office 365 E3/,
    'Extend end date',
  );
  const preview = dialog.getByTestId('redeem-preview');
  await expect(preview).toContainText('the end date moves from Jul 1, 2027 to Oct 1, 2027.');
  await preview
    .getByRole('checkbox', {
      name: 'I confirm the key is redeemed on the tenant Contoso Partner Solutions.',
    })
    .check();
  await dialog.getByRole('button', { name: 'Redeem', exact: true }).click();
  await expect(dialog.getByTestId('redeem-result')).toContainText(
    `The key ending in ${replacement.slice(-5)} was redeemed`,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(office).toContainText('Oct 1, 2027');
  await expect(
    main(page)
      .getByTestId('redemption')
      .filter({ hasText: `Key ending in ${replacement.slice(-5)}` }),
  ).toContainText('A replacement key’s redemption is final and cannot be undone.');
});

test('X-1 ROLE-4 an MPN partner admin redeems in Chinese, adding seats with the co-termed end date', async ({
  page,
}) => {
  await signIn(page, demoUsers.partnerAdmin);
  await page.goto('/benefits/azure-cloud');
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '中文(简体)' });
  await expect(main(page).getByRole('heading', { name: '基于许可证的订阅' })).toBeVisible();
  await main(page)
    .getByRole('button', { name: /Azure 批量（每年）额度（银牌）/ })
    .click();
  await expect(main(page).getByTestId('transfer-window')).toHaveText(
    '在注册年份内（截至 2027年6月30日）可将批量额度转让给其他人。',
  );

  const chinese = {
    redeem: '兑换密钥',
    key: '产品密钥',
    target: '兑换到',
    mode: '密钥的用途',
    preview: '预览',
  };
  const dialog = await previewRedemption(
    page,
    chinese,
    keys.dynamics10,
    /^Dynamics 365 Sales/,
    '添加更多许可证（席位）',
  );
  const preview = dialog.getByTestId('redeem-preview');
  await expect(preview).toContainText('席位从 5 个增加到 15 个');
  await expect(preview.getByTestId('under-twelve-months')).toContainText(
    '则系统将提供不超过 12 个月的有效订阅',
  );
  await preview
    .getByRole('checkbox', { name: '我确认在租户 Contoso Partner Solutions 上兑换此密钥。' })
    .check();
  await dialog.getByRole('button', { name: '兑换', exact: true }).click();
  await expect(dialog.getByTestId('redeem-result')).toContainText(
    'Dynamics 365 Sales 有 15 个席位',
  );
  await dialog.getByRole('button', { name: '关闭' }).click();

  const again = await previewRedemption(
    page,
    chinese,
    keys.dynamics10,
    /^Dynamics 365 Sales/,
    '延长结束日期',
  );
  await expect(again.getByText('此密钥已兑换，无法再次兑换同一密钥。')).toBeVisible();
});
