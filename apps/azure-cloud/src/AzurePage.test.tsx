import {
  buildAzureCredit,
  buildCreditHolder,
  buildLicenseSubscription,
  buildMe,
  buildRedemptionPreview,
  mockServer,
  renderModule,
  trpcHandlers,
  trpcRefusal,
} from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import module from './module.js';

async function expandRow(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: `Show details for ${name}` }));
}

/** Renders the page, opens the bulk credit row and clicks `action` once it is enabled. */
async function clickBulkAction(action: 'Transfer' | 'Assign user') {
  const user = userEvent.setup();
  renderModule(module);
  await expandRow(user, 'Bulk (yearly) credit');
  const button = await screen.findByRole('button', { name: action });
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  return user;
}

it('AZ-1 lists usage-based and license-based subscriptions with quantity, offer type, benefit type and expiry', async () => {
  renderModule(module);
  const usage = await screen.findByRole('table', { name: 'Usage-based subscriptions' });
  const licenses = await screen.findByRole('table', { name: 'License-based subscriptions' });
  for (const table of [usage, licenses]) {
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Offer type', 'Benefit type']));
  }
  expect(
    within(usage)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(expect.arrayContaining(['Amount', 'Expiration date']));
  expect(
    within(licenses)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(expect.arrayContaining(['Seats', 'End date']));
  const office = within(licenses).getByRole('row', { name: /Office 365 E3/ });
  expect(office).toHaveTextContent('100');
  expect(office).toHaveTextContent('Gold');
  expect(office).toHaveTextContent('Core benefit');
});

it('AZ-2 lists monthly and bulk credit with amounts in the user locale', async () => {
  renderModule(module);
  expect(await screen.findByRole('cell', { name: 'Monthly credit' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '$100.00 per month' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '$13,000.00 per year' })).toBeInTheDocument();
});

it('X-1 shows credit in zh-CN with the seed wording', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listCredits': {
        items: [
          buildAzureCredit({ kind: 'bulk', amount: { amountMinor: 600_000, currency: 'USD' } }),
        ],
      },
    }),
  );
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('cell', { name: 'Azure 批量（每年）额度' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: '每年 US$6,000.00' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '基于使用情况的订阅' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: '基于许可证的订阅' })).toBeInTheDocument();
});

it('AZ-4 AZ-5 monthly credit users have Remove; bulk credit says why it has none and until when transfer is open', async () => {
  const user = userEvent.setup();
  renderModule(module);
  await expandRow(user, 'Monthly credit');
  const [monthlyHolder] = await screen.findAllByTestId('credit-holder');
  expect(within(monthlyHolder!).getByRole('button', { name: 'Remove' })).toBeInTheDocument();
  expect(
    screen.getByText('Users of the monthly credit can be added or removed at any time.'),
  ).toBeInTheDocument();

  await expandRow(user, 'Bulk (yearly) credit');
  const bulkHolder = (await screen.findAllByTestId('credit-holder'))[1]!;
  expect(bulkHolder).toHaveTextContent('Gus Guest (Guest)');
  expect(within(bulkHolder).queryByRole('button', { name: 'Remove' })).not.toBeInTheDocument();
  expect(
    screen.getByText('Bulk credit has no remove option: transfer it to another user instead.'),
  ).toBeInTheDocument();
  expect(screen.getByTestId('transfer-window')).toHaveTextContent(
    'Transfer to another user is possible until Jun 29, 2027, the end of the enrollment year.',
  );
  await waitFor(() => expect(screen.getByRole('button', { name: 'Transfer' })).toBeEnabled());
  // The bulk credit has its one holder: assigning another is refused, transfer is the way.
  const assignBulk = screen.getAllByRole('button', { name: 'Assign user' })[1]!;
  expect(assignBulk).toBeDisabled();
  expect(assignBulk).toHaveAccessibleDescription(
    'This bulk credit already has a user: transfer it instead.',
  );
});

it('AZ-5 after the enrollment year the transfer is disabled and the page says when it ended', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listCredits': {
        items: [
          buildAzureCredit({
            kind: 'bulk',
            holders: [buildCreditHolder()],
            transfer: { open: false, lastDay: '2026-06-30' },
          }),
        ],
      },
    }),
  );
  const user = userEvent.setup();
  renderModule(module);
  await expandRow(user, 'Bulk (yearly) credit');
  expect(await screen.findByTestId('transfer-window')).toHaveTextContent(
    'The enrollment year ended after Jun 30, 2026: this bulk credit can no longer be transferred.',
  );
  const transfer = screen.getByRole('button', { name: 'Transfer' });
  await waitFor(() =>
    expect(transfer).toHaveAccessibleDescription(
      'Bulk credit can be transferred only during the enrollment year.',
    ),
  );
  expect(transfer).toBeDisabled();
});

it('AZ-5 transfers bulk credit to another directory user', async () => {
  const sent: unknown[] = [];
  const bulk = buildAzureCredit({
    kind: 'bulk',
    holders: [buildCreditHolder()],
    transfer: { open: true, lastDay: '2027-06-29' },
  });
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listCredits': { items: [bulk] },
      'azureCloud.transferBulkCredit': (input) => {
        sent.push(input);
        return bulk;
      },
    }),
  );
  const user = await clickBulkAction('Transfer');
  const dialog = await screen.findByRole('dialog');
  await user.selectOptions(
    await within(dialog).findByRole('combobox', { name: 'New user' }),
    'Gus Guest (guest@fabrikam.example, Guest)',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Transfer' }));
  await waitFor(() => expect(sent).toHaveLength(1));
  expect(sent[0]).toMatchObject({ creditId: bulk.id });
});

it('AZ-6 MEM-5 assigning bulk credit warns about the refund first, and refuses an Enterprise Agreement subscription at its field', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listCredits': {
        items: [
          buildAzureCredit({
            kind: 'bulk',
            transfer: { open: true, lastDay: '2027-06-29' },
            refundAtRisk: {
              packageId: '00000000-0000-4000-8000-0000000000aa',
              refundableUntil: '2026-12-06T10:00:00.000Z',
            },
          }),
        ],
      },
    }),
  );
  const user = await clickBulkAction('Assign user');
  const warning = await screen.findByRole('alertdialog');
  expect(warning).toHaveTextContent('Activating this benefit ends your refund');
  expect(warning).toHaveTextContent('This package is refundable until Dec 6, 2026.');
  await user.click(within(warning).getByRole('button', { name: 'Continue' }));

  const dialog = await screen.findByRole('dialog');
  await user.selectOptions(
    await within(dialog).findByRole('combobox', { name: 'User' }),
    'Gus Guest (guest@fabrikam.example, Guest)',
  );
  const subscription = await within(dialog).findByRole('combobox', {
    name: 'Azure subscription',
  });
  await user.selectOptions(subscription, 'Contoso Production (Enterprise Agreement)');
  expect(subscription).toHaveAttribute('aria-invalid', 'true');
  expect(subscription).toHaveAccessibleDescription(
    'Bulk credit cannot be combined with Enterprise Agreement, CSP, Azure in Open, Azure Pass or Action Pack subscriptions.',
  );
  expect(within(dialog).getByRole('button', { name: 'Assign user' })).toBeDisabled();
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Azure subscription' }),
    'Contoso Partner Benefits (Partner benefit)',
  );
  expect(within(dialog).getByRole('button', { name: 'Assign user' })).toBeEnabled();
});

/** Opens the redeem dialog; `previewKey` types a key onto a new subscription and asks for the preview. */
async function openRedeem() {
  const user = userEvent.setup();
  renderModule(module);
  const redeem = await screen.findByRole('button', { name: 'Redeem a product key' });
  await waitFor(() => expect(redeem).toBeEnabled());
  await user.click(redeem);
  const dialog = await screen.findByRole('dialog');
  const keyField = within(dialog).getByRole('textbox', { name: /^Product key/ });
  const preview = () => user.click(within(dialog).getByRole('button', { name: 'Preview' }));
  const previewKey = async (key: string) => {
    await user.type(keyField, key);
    await preview();
  };
  /** the message is the key field's own error, not a banner. */
  const expectKeyError = (message: string) =>
    waitFor(() => {
      expect(keyField).toHaveAttribute('aria-invalid', 'true');
      expect(keyField).toHaveAccessibleDescription(expect.stringContaining(message));
    });
  return { user, dialog, keyField, preview, previewKey, expectKeyError };
}

it('AZ-8 checks the 25-character format before asking the server', async () => {
  const previews: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.previewRedemption': (input) => {
        previews.push(input);
        return buildRedemptionPreview();
      },
    }),
  );
  const { previewKey, expectKeyError } = await openRedeem();
  await previewKey('ABCDE-12345');
  await expectKeyError(
    'A product key has 25 letters and digits, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX.',
  );
  expect(previews).toEqual([]);
});

it('AZ-9 AZ-11 previews the extension with the under-12-months warning, then redeems only after the tenant is confirmed', async () => {
  const office = buildLicenseSubscription({ expiresOn: '2027-06-30' });
  const redeemed: unknown[] = [];
  const answer = buildRedemptionPreview({ subscriptionId: office.id });
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listLicenses': { items: [office] },
      'azureCloud.previewRedemption': answer,
      'azureCloud.redeemKey': (input) => {
        redeemed.push(input);
        return { ...office, expiresOn: '2027-09-30' };
      },
    }),
  );
  const { user, dialog, keyField, preview } = await openRedeem();
  await user.type(keyField, 'OFFIC-E365E-3SEAT-S0025-DEMO1');
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Redeem onto' }),
    'Office 365 E3 – 100 – Jun 30, 2027 (Active)',
  );
  await user.click(within(dialog).getByRole('radio', { name: 'Extend end date' }));
  await preview();

  const panel = await within(dialog).findByTestId('redeem-preview');
  expect(panel).toHaveTextContent(
    'Seats stay at 100; the end date moves from Jun 30, 2027 to Sep 30, 2027.',
  );
  expect(panel).toHaveTextContent('After redeeming, 10.2 months of subscription remain.');
  expect(within(panel).getByTestId('under-twelve-months')).toHaveTextContent(
    'Less than 12 months of active subscription will remain.',
  );
  const redeem = within(dialog).getByRole('button', { name: 'Redeem' });
  expect(redeem).toBeDisabled();
  await user.click(
    within(panel).getByRole('checkbox', {
      name: 'I confirm the key is redeemed on the tenant Contoso Ltd..',
    }),
  );
  await user.click(redeem);
  expect(await within(dialog).findByTestId('redeem-result')).toHaveTextContent(
    'The key ending in DEMO1 was redeemed: Office 365 E3 has 100 seats until Sep 30, 2027.',
  );
  expect(redeemed).toEqual([
    {
      key: 'OFFIC-E365E-3SEAT-S0025-DEMO1',
      subscriptionId: office.id,
      mode: 'extend',
      tenantId: answer.tenant.id,
    },
  ]);
});

it('MEM-5 a key of a refundable package warns before redeeming; Cancel redeems nothing', async () => {
  const redeemed: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.previewRedemption': buildRedemptionPreview({
        outcome: 'new',
        subscriptionId: null,
        before: null,
        refundAtRisk: {
          packageId: '00000000-0000-4000-8000-0000000000bb',
          refundableUntil: '2026-12-06T10:00:00.000Z',
        },
      }),
      'azureCloud.redeemKey': (input) => {
        redeemed.push(input);
        return buildLicenseSubscription();
      },
    }),
  );
  const { user, dialog, previewKey } = await openRedeem();
  await previewKey('POWER-BIPRO-SEATS-00010-DEMO6');
  const panel = await within(dialog).findByTestId('redeem-preview');
  await user.click(within(panel).getByRole('checkbox'));
  await user.click(within(dialog).getByRole('button', { name: 'Redeem' }));
  const warning = await screen.findByRole('alertdialog');
  expect(warning).toHaveTextContent('This package is refundable until Dec 6, 2026.');
  await user.click(within(warning).getByRole('button', { name: 'Cancel' }));
  expect(redeemed).toEqual([]);
  await user.click(within(dialog).getByRole('button', { name: 'Redeem' }));
  await user.click(
    within(await screen.findByRole('alertdialog')).getByRole('button', {
      name: 'Continue',
    }),
  );
  await waitFor(() => expect(redeemed).toHaveLength(1));
});

it('AZ-8 a key already redeemed is refused at the key field', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.previewRedemption': trpcRefusal('KEY_ALREADY_REDEEMED', { field: 'key' }),
    }),
  );
  const { dialog, previewKey, expectKeyError } = await openRedeem();
  await previewKey('OFFIC-E365E-3SEAT-S0025-DEMO1');
  await expectKeyError('This product key was already redeemed; a key redeems once only.');
  expect(within(dialog).queryByTestId('redeem-preview')).not.toBeInTheDocument();
  expect(within(dialog).queryByTestId('form-error')).not.toBeInTheDocument();
});

it('AZ-7 a license-based row expands to how to redeem its key, the portal link, and Redeem for that product', async () => {
  const office = buildLicenseSubscription({ product: 'Office 365 E3' });
  const intune = buildLicenseSubscription({
    product: 'Microsoft Intune',
    redemption: {
      portalUrl: 'https://portal.example/intune',
      instructions: {
        'en-US': 'Intune: enter the key in the portal.',
        'zh-CN': 'Intune：在门户中输入密钥。',
      },
    },
  });
  mockServer.use(...trpcHandlers({ 'azureCloud.listLicenses': { items: [office, intune] } }));
  const user = userEvent.setup();
  renderModule(module);
  await expandRow(user, 'Microsoft Intune');
  const details = await screen.findByTestId('benefit-row-details');
  expect(within(details).getByTestId('redeem-instructions')).toHaveTextContent(
    'Intune: enter the key in the portal.',
  );
  expect(
    within(details).getByRole('link', { name: 'Open the portal to redeem keys' }),
  ).toHaveAttribute('href', 'https://portal.example/intune');
  const redeem = within(details).getByRole('button', { name: 'Redeem a key for Microsoft Intune' });
  await waitFor(() => expect(redeem).toBeEnabled());
  await user.click(redeem);
  const dialog = await screen.findByRole('dialog');
  const target = within(dialog).getByRole('combobox', { name: 'Redeem onto' });
  expect(target).toHaveValue(intune.id);
});

it('X-1 AZ-7 the redemption instructions show in zh-CN', async () => {
  const user = userEvent.setup();
  renderModule(module, { locale: 'zh-CN' });
  await user.click(await screen.findByRole('button', { name: /Office 365 E3/ }));
  expect(await screen.findByTestId('redeem-instructions')).toHaveTextContent(
    '以租户的全局管理员身份登录门户，然后输入产品密钥。',
  );
});

it('MEM-1 a company still in Partner Membership Center: Assign user, Transfer and Redeem are disabled up front, saying why', async () => {
  const me = buildMe();
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ company: { ...me.company, pmcMigrated: false } }) }),
  );
  const why = 'Your membership is still managed in Partner Membership Center.';
  const user = userEvent.setup();
  renderModule(module);
  const redeem = await screen.findByRole('button', { name: 'Redeem a product key' });
  await waitFor(() => expect(redeem).toHaveAccessibleDescription(why));
  expect(redeem).toBeDisabled();
  await expandRow(user, 'Bulk (yearly) credit');
  for (const name of ['Assign user', 'Transfer']) {
    const button = screen.getByRole('button', { name });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(why);
  }
});

it('ROLE-3 ROLE-4 an employee reads the tab; redeeming and assigning are disabled with the roles and the Global admins named', async () => {
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ user: { ...buildMe().user, roles: [] } }) }),
  );
  const user = userEvent.setup();
  renderModule(module);
  const redeem = await screen.findByRole('button', { name: 'Redeem a product key' });
  await waitFor(() =>
    expect(redeem).toHaveAccessibleDescription(
      'This needs one of these roles: Global admin or MPN partner admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
    ),
  );
  expect(redeem).toBeDisabled();
  await expandRow(user, 'Monthly credit');
  expect(screen.getByRole('button', { name: 'Assign user' })).toHaveAccessibleDescription(
    'This needs one of these roles: Global admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
  expect(await screen.findAllByTestId('benefit-row')).toHaveLength(4);
});
