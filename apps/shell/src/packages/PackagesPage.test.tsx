import {
  buildCancellation,
  buildMe,
  buildPackage,
  buildRenewal,
  mockServer,
  renderWithProviders,
  trpcHandlers,
} from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { PackagesPage } from './PackagesPage.js';

/** Only the clock is faked (MEM-4 counts days from now); Fluent's dialogs need real timers. */
const today = () =>
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T12:00:00.000Z') });
afterEach(() => {
  vi.useRealTimers();
});

it('MEM-4 shows the refund countdown, and why an old package is not refundable', async () => {
  today();
  renderWithProviders(<PackagesPage />);
  const [fresh, old] = await screen.findAllByTestId('package-row');
  expect(fresh).toHaveTextContent('Refundable for 12 more days, until Dec 6, 2026');
  expect(old).toHaveTextContent('Not refundable: The 30-day refund window has closed.');
});

it('MEM-4 Request cancellation is disabled with the reason when the package is not refundable', async () => {
  renderWithProviders(<PackagesPage />);
  const [fresh, old] = await screen.findAllByTestId('package-row');
  expect(within(fresh!).getByRole('button', { name: 'Request cancellation' })).toBeEnabled();
  const cancel = within(old!).getByRole('button', { name: 'Request cancellation' });
  expect(cancel).toBeDisabled();
  expect(cancel).toHaveAccessibleDescription('The 30-day refund window has closed.');
});

it('MEM-2 Action Pack next to a competency is refused at the offer field', async () => {
  const user = userEvent.setup();
  renderWithProviders(<PackagesPage />);
  await user.click(await screen.findByRole('button', { name: 'Purchase' }));
  const dialog = await screen.findByRole('dialog');
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Offer type' }),
    'Action Pack',
  );
  expect(
    await within(dialog).findByText(
      'A company with a Silver or Gold competency cannot buy Action Pack.',
    ),
  ).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Purchase' })).toBeDisabled();
});

it('ROLE-2 an Admin agent reads packages; Purchase is disabled with the roles and the Global admins named', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['admin_agent'] } }),
    }),
  );
  renderWithProviders(<PackagesPage />);
  expect(await screen.findAllByTestId('package-row')).toHaveLength(2);
  expect(screen.getByRole('button', { name: 'Purchase' })).toHaveAccessibleDescription(
    'This needs one of these roles: Global admin or MPN partner admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
});

it('MEM-4 X-4 a request shows its steps with their days and when the next is expected', async () => {
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': {
        items: [
          buildPackage({
            status: 'cancellation_requested',
            cancellation: buildCancellation({
              status: 'in_review',
              inReviewAt: '2026-11-22T09:00:00.000Z',
              progress: {
                expectedBy: '2026-11-24T09:00:00.000Z',
                attempts: 0,
                error: null,
                failed: false,
              },
            }),
          }),
          buildPackage({
            competencyArea: 'Security',
            status: 'active',
            refund: {
              eligible: false,
              reason: 'KEY_VIEWED',
              refundableUntil: '2026-12-06T10:00:00.000Z',
            },
            cancellation: buildCancellation({
              status: 'rejected',
              inReviewAt: '2026-11-22T09:00:00.000Z',
              decidedAt: '2026-11-24T09:00:00.000Z',
              rejectionReason: 'KEY_VIEWED',
              progress: null,
            }),
          }),
        ],
      },
    }),
  );
  renderWithProviders(<PackagesPage />);
  const [pending, rejected] = await screen.findAllByTestId('cancellation-steps');
  expect(
    within(pending!)
      .getAllByRole('listitem')
      .map((i) => i.textContent),
  ).toEqual([
    'Submitted on Nov 20, 2026',
    'In review on Nov 22, 2026',
    'Next step expected by Nov 24, 2026',
  ]);
  expect(
    within(rejected!)
      .getAllByRole('listitem')
      .map((i) => i.textContent),
  ).toEqual([
    'Submitted on Nov 20, 2026',
    'In review on Nov 22, 2026',
    'Rejected on Nov 24, 2026',
    'Rejected: A product key of this package was viewed.',
  ]);
  const [first] = screen.getAllByTestId('package-row');
  expect(
    within(first!).getByRole('button', { name: 'Request cancellation' }),
  ).toHaveAccessibleDescription('A cancellation was already requested.');
});

it('X-4 a request whose processing stopped says so, with the error and the attempts', async () => {
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': {
        items: [
          buildPackage({
            status: 'cancellation_requested',
            cancellation: buildCancellation({
              progress: {
                expectedBy: '2026-11-22T09:00:00.000Z',
                attempts: 6,
                error: 'The review desk did not answer',
                failed: true,
              },
            }),
          }),
        ],
      },
    }),
  );
  renderWithProviders(<PackagesPage />);
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Processing stopped after 6 attempts: The review desk did not answer. Contact Partner support.',
  );
});

it('MEM-4 X-1 a request’s steps in zh-CN', async () => {
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': {
        items: [
          buildPackage({ status: 'cancellation_requested', cancellation: buildCancellation() }),
        ],
      },
    }),
  );
  renderWithProviders(<PackagesPage />, { locale: 'zh-CN' });
  const steps = await screen.findByTestId('cancellation-steps');
  expect(steps).toHaveTextContent('2026年11月20日 已提交');
  expect(steps).toHaveTextContent('下一步预计在 2026年11月22日 前完成');
});

it('MEM-2 X-1 the competency is chosen from the program’s areas, named in zh-CN', async () => {
  const user = userEvent.setup();
  renderWithProviders(<PackagesPage />, { locale: 'zh-CN' });
  await user.click(await screen.findByRole('button', { name: '购买' }));
  const dialog = await screen.findByRole('dialog');
  const area = within(dialog).getByRole('combobox', { name: '能力领域' });
  // A choice prompt and the program's 19 areas (MEM-2).
  expect(within(area).getAllByRole('option')).toHaveLength(20);
  expect(within(area).getByRole('option', { name: '企业移动性管理' })).toHaveValue(
    'Enterprise Mobility Management',
  );
});

it('MEM-1 a company still in Partner Membership Center: Purchase is disabled up front, saying why', async () => {
  const me = buildMe();
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ company: { ...me.company, pmcMigrated: false } }) }),
  );
  renderWithProviders(<PackagesPage />);
  const purchase = await screen.findByRole('button', { name: 'Purchase' });
  await vi.waitFor(() =>
    expect(purchase).toHaveAccessibleDescription(
      'Your membership is still managed in Partner Membership Center.',
    ),
  );
  expect(purchase).toBeDisabled();
});

it('X-1 MEM-2 a package’s competency is named in zh-CN', async () => {
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': {
        items: [buildPackage({ offerType: 'gold', competencyArea: 'Security' })],
      },
    }),
  );
  renderWithProviders(<PackagesPage />, { locale: 'zh-CN' });
  expect(await screen.findByText('安全')).toBeInTheDocument();
});

it('MEM-6 each package shows its anniversary, renewal window and countdown; Renew is disabled with the day it opens', async () => {
  renderWithProviders(<PackagesPage />);
  const [first] = await screen.findAllByTestId('package-row');
  const renewal = within(first!).getByTestId('renewal');
  expect(renewal).toHaveTextContent('Anniversary Nov 6, 2027');
  expect(renewal).toHaveTextContent('Renewal window Nov 7, 2027 – Dec 6, 2027');
  expect(renewal).toHaveTextContent('Opens in 348 days');
  const renew = within(first!).getByRole('button', { name: 'Renew' });
  expect(renew).toBeDisabled();
  expect(renew).toHaveAccessibleDescription(
    'The renewal window has not opened yet. Renew opens on Nov 7, 2027.',
  );
});

it('MEM-6 Action Pack: Renew is disabled until it has expired, with the date it opens; a lapsed offer says so', async () => {
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': {
        items: [
          buildPackage({
            offerType: 'action_pack',
            competencyArea: null,
            renewal: buildRenewal({ reason: 'ACTION_PACK_NOT_EXPIRED' }),
          }),
          buildPackage({
            renewal: buildRenewal({
              standing: 'lapsed',
              countdown: null,
              reason: 'RENEWAL_WINDOW_MISSED',
            }),
          }),
        ],
      },
    }),
  );
  renderWithProviders(<PackagesPage />);
  const [actionPack, lapsed] = await screen.findAllByTestId('package-row');
  expect(within(actionPack!).getByRole('button', { name: 'Renew' })).toHaveAccessibleDescription(
    'An Action Pack can be renewed only once it has expired. Renew opens on Nov 7, 2027.',
  );
  expect(within(lapsed!).getByTestId('standing')).toHaveTextContent('Lapsed: benefits ended');
  expect(within(lapsed!).getByRole('button', { name: 'Renew' })).toHaveAccessibleDescription(
    'The renewal window has closed: the offer’s benefits have lapsed. The window closed on Dec 6, 2027.',
  );
});

it('MEM-6 inside the window Renew asks to confirm with both anniversaries and sends the package', async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  const pkg = buildPackage({
    renewal: buildRenewal({
      standing: 'renewal_window',
      countdown: { until: 'closes', days: 12 },
      allowed: true,
      reason: null,
    }),
  });
  mockServer.use(
    ...trpcHandlers({
      'membership.packages': { items: [pkg] },
      'membership.renew': (input) => {
        sent.push(input);
        return pkg;
      },
    }),
  );
  renderWithProviders(<PackagesPage />);
  const row = await screen.findByTestId('package-row');
  expect(within(row).getByTestId('standing')).toHaveTextContent(
    'In renewal window: benefits keep working',
  );
  expect(within(row).getByTestId('countdown')).toHaveTextContent('12 days left to renew');
  expect(within(row).getByRole('button', { name: 'Renew' })).toBeEnabled();
  await user.click(within(row).getByRole('button', { name: 'Renew' }));
  const dialog = await screen.findByRole('alertdialog');
  expect(dialog).toHaveTextContent('The anniversary moves from Nov 6, 2027 to Nov 5, 2028');
  await user.click(within(dialog).getByRole('button', { name: 'Renew' }));
  await vi.waitFor(() => expect(sent).toEqual([{ packageId: pkg.id }]));
});

it('MEM-6 ROLE-7 a user without the role sees Renew disabled with the Global admins to ask', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['admin_agent'] } }),
    }),
  );
  renderWithProviders(<PackagesPage />);
  const [first] = await screen.findAllByTestId('package-row');
  const renew = within(first!).getByRole('button', { name: 'Renew' });
  expect(renew).toBeDisabled();
  expect(renew).toHaveAccessibleDescription(/Global admin/);
});

it('MEM-6 X-1 the renewal in zh-CN', async () => {
  renderWithProviders(<PackagesPage />, { locale: 'zh-CN' });
  const [first] = await screen.findAllByTestId('package-row');
  expect(within(first!).getByTestId('renewal')).toHaveTextContent('周年日 2027年11月6日');
  expect(within(first!).getByTestId('countdown')).toHaveTextContent('348 天后开放');
  expect(within(first!).getByRole('button', { name: '续订' })).toBeDisabled();
});

it('X-5 a Global admin sets the reminder days; bad days are refused at the field before sending', async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'membership.updateReminderSettings': (input) => {
        sent.push(input);
        return { unusedReminderDays: [60, 14] };
      },
    }),
  );
  renderWithProviders(<PackagesPage />);
  const days = await screen.findByRole('textbox', { name: /Days before expiry/ });
  await vi.waitFor(() => expect(days).toHaveValue('120, 30, 7'));
  await user.clear(days);
  await user.type(days, '30, 30');
  expect(
    screen.getByText('Enter one to five different whole days between 1 and 365.'),
  ).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Save reminder days' })).toBeDisabled();
  await user.clear(days);
  await user.type(days, '60, 14');
  await user.click(screen.getByRole('button', { name: 'Save reminder days' }));
  await vi.waitFor(() => expect(sent).toEqual([{ unusedReminderDays: [60, 14] }]));
});

it('X-5 ROLE-7 others read the reminder days; saving is disabled with the Global admins to ask', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['mpn_partner_admin'] } }),
    }),
  );
  renderWithProviders(<PackagesPage />);
  const save = await screen.findByRole('button', { name: 'Save reminder days' });
  expect(save).toBeDisabled();
  expect(save).toHaveAccessibleDescription(/Global admin/);
});
