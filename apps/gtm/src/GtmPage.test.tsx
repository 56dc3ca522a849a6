import type { GtmOffer } from '@pbc/contract';
import {
  buildGtmOffer,
  buildMarketingContact,
  buildMe,
  mockServer,
  renderModule,
  trpcError,
  trpcHandlers,
} from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import module from './module.js';

const isv = buildGtmOffer({
  type: 'isv_cosell_ready',
  status: 'available',
  contents: ['cosell_incentive_offers'],
});

it('GTM-1 lists the offers with type, status and expiry, each expanding to what it contains', async () => {
  const user = userEvent.setup();
  renderModule(module);
  expect(await screen.findByRole('cell', { name: 'Gold Core' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'ISV Co-sell ready' })).toBeInTheDocument();
  expect(screen.getByRole('cell', { name: 'Jun 30, 2027' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Show details for Gold Core' }));
  for (const item of [
    'Ready-to-go marketing assets',
    'Referral management',
    'Press release with a Microsoft executive quote',
  ])
    expect(screen.getByText(item, { selector: 'li' })).toBeInTheDocument();
  expect(screen.getByText('To marketing@contoso.example: Sent')).toBeInTheDocument();
});

it('X-1 shows offers and the contact panel in zh-CN with the seed wording', async () => {
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('cell', { name: '金级核心' })).toBeInTheDocument();
  expect(screen.getByText('有效')).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: '过期' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: '公司营销联系人' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '更新' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '更改' })).toBeInTheDocument();
});

it('GTM-3 the contact form shows the server’s field errors at the email and the phone', async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'gtm.contact': null,
      'gtm.setContact': (input) => {
        sent.push(input);
        return trpcError({
          code: 'BAD_REQUEST',
          appCode: 'VALIDATION',
          fieldErrors: {
            email: ["Use an email address other than your company's Partner Center account email"],
            phone: [
              'Enter a valid phone number with its international code, for example +1 425 555 0100',
            ],
          },
          fieldIssues: {
            email: [{ code: 'refused', reason: 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL' }],
            phone: [{ code: 'refused', reason: 'PHONE_INVALID' }],
          },
          details: { reason: 'CONTACT_EMAIL_IS_ACCOUNT_EMAIL' },
        });
      },
    }),
  );
  renderModule(module);
  expect(await screen.findByText(/No marketing contact is assigned yet/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Add' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add the marketing contact' });
  const picker = within(dialog).getByRole('combobox', { name: 'User' });
  await user.selectOptions(
    picker,
    await within(picker).findByRole('option', { name: /Gus Guest/ }),
  );
  await user.type(
    within(dialog).getByRole('textbox', { name: /Email address/ }),
    'partnercenter@contoso.example',
  );
  await user.type(within(dialog).getByRole('textbox', { name: /Contact phone/ }), '425 555 0100');
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Preferred language' }),
    'Chinese (Simplified)',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Assign user' }));
  expect(
    await within(dialog).findByText(
      "Use an email address other than your company's Partner Center account email.",
    ),
  ).toBeInTheDocument();
  expect(
    within(dialog).getByText(
      'Enter a valid phone number with its international code, for example +1 425 555 0100.',
    ),
  ).toBeInTheDocument();
  expect(within(dialog).getByRole('textbox', { name: /Email address/ })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(sent).toEqual([
    expect.objectContaining({
      email: 'partnercenter@contoso.example',
      phone: '425 555 0100',
      locale: 'zh-CN',
    }),
  ]);
  expect(
    within(dialog).getByRole('link', { name: 'add new users in Account settings' }),
  ).toHaveAttribute('href', '/account/users');
});

it('GTM-2 Activate is refused while no marketing contact is assigned, saying why', async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'gtm.contact': null,
      'gtm.list': { items: [isv] },
      'gtm.activate': (input) => {
        sent.push(input);
        return trpcError({
          code: 'CONFLICT',
          appCode: 'CONFLICT',
          details: { reason: 'NO_MARKETING_CONTACT' },
        });
      },
    }),
  );
  renderModule(module);
  await user.click(
    await screen.findByRole('button', { name: 'Show details for ISV Co-sell ready' }),
  );
  const activate = screen.getByRole('button', { name: 'Activate' });
  expect(activate).toBeDisabled();
  expect(activate).toHaveAccessibleDescription(
    'Assign a company marketing contact first: the instructions are emailed to them.',
  );
  expect(sent).toEqual([]);
  expect(screen.getByRole('button', { name: 'Add' })).toBeEnabled();
});

it('ROLE-7 a user without the role reads the contact, and sees what is missing and whom to ask', async () => {
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ user: { ...buildMe().user, roles: [] } }) }),
  );
  renderModule(module);
  const update = await screen.findByRole('button', { name: 'Update' });
  expect(update).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Change' })).toBeDisabled();
  expect((await screen.findAllByText(/Global admin.*MPN partner admin/)).length).toBeGreaterThan(0);
  expect(
    screen.getAllByText(/Avery Admin \(global\.admin@contoso\.example\)/).length,
  ).toBeGreaterThan(0);
});

it('GTM-4 Activate warns first while refundable (MEM-5), shows Pending with the expected date, then Active with the expiry', async () => {
  const user = userEvent.setup();
  let offer: GtmOffer = {
    ...isv,
    refundAtRisk: { packageId: isv.id, refundableUntil: '2026-12-04T09:00:00.000Z' },
  };
  mockServer.use(
    ...trpcHandlers({
      'gtm.contact': buildMarketingContact(),
      'gtm.list': () => ({ items: [offer] }),
      'gtm.activate': () => {
        offer = {
          ...offer,
          status: 'pending',
          refundAtRisk: null,
          activationRequestedAt: '2026-11-24T09:00:00.000Z',
          expectedBy: '2026-11-27T09:00:00.000Z',
        };
        return offer;
      },
    }),
  );
  renderModule(module);
  await user.click(
    await screen.findByRole('button', { name: 'Show details for ISV Co-sell ready' }),
  );
  await user.click(screen.getByRole('button', { name: 'Activate' }));
  const warning = await screen.findByRole('alertdialog', {
    name: 'Activating this offer ends your refund',
  });
  expect(within(warning).getByText(/refundable until Dec 4, 2026/)).toBeInTheDocument();
  await user.click(within(warning).getByRole('button', { name: 'Continue' }));
  const row = () => screen.getAllByTestId('benefit-row')[0]!;
  await waitFor(() => expect(within(row()).getByText('Pending')).toBeInTheDocument());
  expect(
    screen.getByText(/It can take several days .* Expected by Nov 27, 2026/),
  ).toBeInTheDocument();

  // The marketing team is done: the next poll finds it active.
  offer = {
    ...offer,
    status: 'active',
    expectedBy: null,
    activatedAt: '2026-11-27T09:00:00.000Z',
    expiresOn: '2027-07-01',
    instructionsMail: {
      to: 'marketing@contoso.example',
      status: 'sent',
      attempts: 1,
      lastError: null,
    },
  };
  await waitFor(() => expect(within(row()).getByText('Active')).toBeInTheDocument(), {
    timeout: 15_000,
  });
  expect(within(row()).getByRole('cell', { name: 'Jul 1, 2027' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
});
