import {
  buildMe,
  buildPendingBenefit,
  buildTechnicalBenefit,
  buildTechnicalRequest,
  mockServer,
  renderModule,
  trpcError,
  trpcHandlers,
} from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import module from './module.js';

const signature = buildTechnicalBenefit({
  kind: 'support_signature',
  quantity: 10,
  offerType: 'silver',
  refundAtRisk: {
    packageId: buildTechnicalBenefit().id,
    refundableUntil: '2026-12-06T10:00:00.000Z',
  },
});
const onPremises = buildTechnicalBenefit({ used: 3, status: 'active', idsAssigned: true });
const advisory = buildTechnicalBenefit({
  kind: 'advisory_hours',
  quantity: 5,
  offerType: 'action_pack',
});
const unlimited = buildTechnicalBenefit({ kind: 'support_signature', quantity: null, used: 4 });

/** Replaces a field's text in one step: typing key by key is slow on a busy machine. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function expand(name: string, index = 0) {
  const user = userEvent.setup();
  const buttons = await screen.findAllByRole('button', { name: `Show details for ${name}` });
  await user.click(buttons[index]!);
  return { user, details: await screen.findByTestId('benefit-row-details') };
}

it('TECH-2 TECH-5 lists quantity, used and remaining per benefit, Unlimited where it is', async () => {
  mockServer.use(
    ...trpcHandlers({ 'technical.list': { items: [onPremises, unlimited, advisory] } }),
  );
  renderModule(module);
  const rows = await screen.findAllByTestId('benefit-row');
  expect(rows).toHaveLength(3);
  expect(rows[0]).toHaveTextContent('20 incidents');
  expect(rows[0]).toHaveTextContent('17 incidents');
  expect(rows[0]).toHaveTextContent('Active');
  expect(within(rows[1]!).getAllByText('Unlimited')).toHaveLength(2);
  expect(rows[2]).toHaveTextContent('5 hours');
  expect(rows[2]).toHaveTextContent('No activation needed');
  expect(rows[2]).toHaveTextContent('Action Pack');
});

it('TECH-3 MEM-5 Activate warns while the refund is open, then shows Pending, then the IDs with Copy', async () => {
  let stage: 'new' | 'pending' | 'active' = 'new';
  const activations: unknown[] = [];
  const active = { ...signature, status: 'active' as const, idsAssigned: true, refundAtRisk: null };
  mockServer.use(
    ...trpcHandlers({
      'technical.list': () => ({
        items: [
          stage === 'new'
            ? signature
            : stage === 'pending'
              ? buildPendingBenefit(signature)
              : active,
        ],
      }),
      'technical.activate': (input) => {
        activations.push(input);
        stage = 'pending';
        return buildPendingBenefit(signature);
      },
      'technical.revealIds': {
        benefitId: signature.id,
        accessId: '418207365',
        contractId: '902514738',
      },
    }),
  );
  const { services } = renderModule(module);
  const { user, details } = await expand('Signature Product Support (cloud)');
  await user.click(within(details).getByRole('button', { name: 'Activate' }));
  const warning = await screen.findByRole('alertdialog');
  expect(warning).toHaveTextContent('This package is refundable until Dec 6, 2026.');
  await user.click(within(warning).getByRole('button', { name: 'Continue' }));
  expect(await within(details).findByTestId('activation-pending')).toHaveTextContent(
    'Activation requested on Nov 24, 2026',
  );
  expect(within(details).getByTestId('activation-pending')).toHaveTextContent(
    'expected by Nov 26, 2026',
  );
  expect(activations).toEqual([{ benefitId: signature.id }]);
  expect(within(details).queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();

  // The job completes: the list shows the benefit active, with its IDs on request.
  stage = 'active';
  await services.queryClient.invalidateQueries();
  await user.click(
    await within(details).findByRole('button', { name: 'Show Access ID and Contract ID' }),
  );
  expect(await within(details).findByLabelText('Access ID')).toHaveTextContent('418207365');
  expect(within(details).getByLabelText('Contract ID')).toHaveTextContent('902514738');
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  await user.click(within(details).getByRole('button', { name: 'Copy Access ID' }));
  expect(writeText).toHaveBeenCalledWith('418207365');
  expect(await within(details).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
});

it('ROLE-4 ROLE-7 an employee sees Activate disabled with the roles and the Global admins to ask', async () => {
  mockServer.use(
    ...trpcHandlers({
      'technical.list': { items: [signature] },
      'auth.me': buildMe({ user: { ...buildMe().user, roles: [] } }),
    }),
  );
  renderModule(module);
  expect(await screen.findByTestId('permission-state')).toHaveTextContent(
    'This needs one of these roles: Global admin or MPN partner admin.',
  );
  const { details } = await expand('Signature Product Support (cloud)');
  const button = within(details).getByRole('button', { name: 'Activate' });
  expect(button).toBeDisabled();
  expect(button).toHaveAccessibleDescription(
    'This needs one of these roles: Global admin or MPN partner admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
});

it('TECH-1 MEM-1 a company still in Partner Membership Center is sent to Partner Frontline and cannot activate', async () => {
  const me = buildMe();
  mockServer.use(
    ...trpcHandlers({
      'technical.list': { items: [signature] },
      'auth.me': { ...me, company: { ...me.company, pmcMigrated: false } },
    }),
  );
  renderModule(module);
  expect(await screen.findByTestId('pmc-notice')).toHaveTextContent('contact Partner Frontline');
  const { details } = await expand('Signature Product Support (cloud)');
  expect(within(details).getByRole('button', { name: 'Activate' })).toBeDisabled();
});

it('TECH-5 TECH-6 X-3 the support form says at each field what is missing or wrong, then shows the request number', async () => {
  const sent: unknown[] = [];
  let refuse = true;
  mockServer.use(
    ...trpcHandlers({
      'technical.list': { items: [onPremises] },
      'technical.submitSupportRequest': (input) => {
        sent.push(input);
        if (refuse)
          return trpcError({
            code: 'BAD_REQUEST',
            appCode: 'VALIDATION',
            fieldErrors: { accessId: ['This is not the Access ID of this benefit'] },
            details: { reason: 'ACCESS_ID_MISMATCH' },
          });
        return buildTechnicalRequest({ number: 'SR-100077', benefitId: onPremises.id });
      },
    }),
  );
  renderModule(module);
  const { user, details } = await expand('Microsoft Product Support (on-premises)');
  await user.click(within(details).getByRole('button', { name: 'Submit a support request' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  // Nothing is sent while a required field is empty; on-premises products need both IDs (TECH-6).
  expect(sent).toEqual([]);
  expect(within(dialog).getAllByText('Fill in this field.')).toHaveLength(2);
  expect(within(dialog).getByText(/Enter the Access ID: it is required/)).toBeInTheDocument();
  expect(within(dialog).getByText(/Enter the Contract ID: it is required/)).toBeInTheDocument();

  await fill(user, within(dialog).getByRole('textbox', { name: /Title/ }), 'Failover every day');
  await fill(user, within(dialog).getByRole('textbox', { name: /Description/ }), 'Error 35250');
  await fill(user, within(dialog).getByRole('textbox', { name: /Access ID/ }), '12345');
  await fill(user, within(dialog).getByRole('textbox', { name: /Contract ID/ }), '902514738');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(within(dialog).getByText('Enter the 9 digits of the ID.')).toBeInTheDocument();
  expect(sent).toEqual([]);

  await fill(user, within(dialog).getByRole('textbox', { name: /Access ID/ }), '111111111');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(
    await within(dialog).findByText('This is not the Access ID of this benefit.'),
  ).toBeInTheDocument();
  expect(sent).toEqual([
    {
      benefitId: onPremises.id,
      productCategory: 'on_premises_current',
      title: 'Failover every day',
      description: 'Error 35250',
      severity: 'c',
      accessId: '111111111',
      contractId: '902514738',
    },
  ]);

  refuse = false;
  await fill(user, within(dialog).getByRole('textbox', { name: /Access ID/ }), '418207365');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(await within(dialog).findByTestId('request-confirmation')).toHaveTextContent(
    'Request SR-100077 was submitted.',
  );
});

it('TECH-5 a benefit with no incidents left says so instead of offering a request', async () => {
  mockServer.use(
    ...trpcHandlers({ 'technical.list': { items: [{ ...onPremises, used: 20, remaining: 0 }] } }),
  );
  renderModule(module);
  const { details } = await expand('Microsoft Product Support (on-premises)');
  const button = within(details).getByRole('button', { name: 'Submit a support request' });
  expect(button).toBeDisabled();
  expect(button).toHaveAccessibleDescription('No support incidents of this benefit are left.');
});

it('TECH-7 the presales form finds products by solution area, refuses over 25 hours and a bad phone at their fields, then shows the number', async () => {
  const sent: Record<string, unknown>[] = [];
  mockServer.use(
    ...trpcHandlers({
      'technical.list': { items: [advisory] },
      'technical.requestPresales': (input) => {
        sent.push(input as Record<string, unknown>);
        if ((input as { phone: string }).phone !== '+86 10 6552 9988')
          return trpcError({
            code: 'BAD_REQUEST',
            appCode: 'VALIDATION',
            fieldErrors: { phone: ['Enter a phone number with its international code'] },
            details: { reason: 'PHONE_INVALID' },
          });
        return buildTechnicalRequest({ kind: 'advisory', number: 'TPD-100078' });
      },
    }),
  );
  renderModule(module);
  const { user, details } = await expand('Technical presales and deployment services');
  await user.click(
    within(details).getByRole('button', { name: 'Request presales or deployment services' }),
  );
  const dialog = await screen.findByRole('dialog');
  // Action Pack deducts the hours delivered (TECH-7).
  expect(dialog).toHaveTextContent('The hours delivered are deducted from this benefit');
  await fill(user, within(dialog).getByRole('searchbox', { name: 'Search' }), 'security');
  const product = within(dialog).getByRole('combobox', { name: /Product/ });
  expect(
    within(product)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toEqual(['', 'Azure Sentinel', 'Microsoft Defender for Endpoint', 'Microsoft Intune']);
  await user.selectOptions(product, 'Microsoft Intune');
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Request type' }),
    'Deployment consult',
  );
  await fill(user, within(dialog).getByRole('textbox', { name: /Phone number/ }), '010 6552 9988');
  await fill(user, within(dialog).getByRole('spinbutton', { name: /Estimated hours/ }), '26');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(
    within(dialog).getByText('An engagement over 25 hours is not supported.'),
  ).toBeInTheDocument();
  expect(sent).toEqual([]);

  await fill(user, within(dialog).getByRole('spinbutton', { name: /Estimated hours/ }), '4');
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(
    await within(dialog).findByText(
      'Enter a valid phone number with its international code, for example +1 425 555 0100.',
    ),
  ).toBeInTheDocument();
  expect(sent[0]).toMatchObject({
    benefitId: advisory.id,
    type: 'deployment',
    product: 'microsoft-intune',
    estimatedHours: 4,
    countryRegion: 'US',
    language: 'en',
    preferredHours: 'morning',
  });
  await fill(
    user,
    within(dialog).getByRole('textbox', { name: /Phone number/ }),
    '+86 10 6552 9988',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
  expect(await within(dialog).findByTestId('request-confirmation')).toHaveTextContent(
    'Request TPD-100078 was submitted.',
  );
});

it('TECH-8 the requester cancels a Submitted request; another user sees why they cannot', async () => {
  const me = buildMe();
  const mine = buildTechnicalRequest({
    requestedBy: { id: me.user.id, displayName: 'Avery Admin' },
  });
  const theirs = buildTechnicalRequest({
    number: 'SR-100050',
    requestedBy: { id: buildMe().user.id, displayName: 'Evan Brooks' },
  });
  const cancels: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'auth.me': me,
      'technical.list': { items: [onPremises] },
      'technical.listRequests': { items: [mine, theirs] },
      'technical.cancelRequest': (input) => {
        cancels.push(input);
        return { ...mine, status: 'cancelled', cancelledAt: '2026-11-24T09:00:00.000Z' };
      },
    }),
  );
  const user = userEvent.setup();
  renderModule(module);
  const rows = await screen.findAllByTestId('request-row');
  expect(rows[0]).toHaveTextContent('Submitted');
  const other = within(rows[1]!).getByRole('button', { name: 'Cancel request' });
  await waitFor(() => expect(other).toBeDisabled());
  expect(other).toHaveAccessibleDescription(
    'Only the person who submitted a request can cancel it.',
  );
  await user.click(within(rows[0]!).getByRole('button', { name: 'Cancel request' }));
  const confirm = await screen.findByRole('alertdialog');
  await user.click(within(confirm).getByRole('button', { name: 'Cancel request' }));
  await waitFor(() => expect(cancels).toEqual([{ requestId: mine.id }]));
});

it('X-1 shows the page, statuses and requests in zh-CN with the seed’s wording', async () => {
  mockServer.use(...trpcHandlers({ 'technical.list': { items: [signature, advisory] } }));
  renderModule(module, { locale: 'zh-CN' });
  const table = await screen.findByRole('table', { name: '技术权益' });
  expect(
    await within(table).findByRole('cell', { name: '技术预售和部署服务' }),
  ).toBeInTheDocument();
  expect(screen.getByText('未激活')).toBeInTheDocument();
  expect(screen.getByText('无需激活')).toBeInTheDocument();
  const user = userEvent.setup();
  await user.click(screen.getAllByRole('button', { name: /签名产品支持（云）/ })[0]!);
  expect(await screen.findByRole('button', { name: '激活' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { name: '请求' })).toBeInTheDocument();
});
