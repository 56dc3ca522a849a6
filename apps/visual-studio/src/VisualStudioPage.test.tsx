import {
  buildBulkAssignResult,
  buildMe,
  buildVsSeat,
  buildVsSubscription,
  mockServer,
  renderModule,
  trpcRefusal,
  trpcHandlers,
} from '@pbc/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import module from './module.js';

/** Only the clock is faked (VS-5 compares with now); Fluent's dialogs need real timers. */
const today = () =>
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T12:00:00.000Z') });
afterEach(() => {
  vi.useRealTimers();
});

/** Renders the page, expands the first subscription and answers its seats panel. */
async function openFirst() {
  const user = userEvent.setup();
  renderModule(module);
  await user.click(
    await screen.findByRole('button', { name: 'Show details for Visual Studio Enterprise' }),
  );
  return { user, panel: await screen.findByTestId('vs-seats') };
}

/** An assign answer that records what the page sent. */
const recordAssign = (sent: unknown[]) => (input: unknown) => {
  sent.push(input);
  return buildVsSeat();
};

/** Picks the directory user named `name` in the panel's picker and selects Assign user. */
async function assignTo(
  user: ReturnType<typeof userEvent.setup>,
  panel: HTMLElement,
  name: RegExp,
) {
  const picker = within(panel).getByRole('combobox', { name: 'User' });
  await user.selectOptions(picker, await within(picker).findByRole('option', { name }));
  await user.click(within(panel).getByRole('button', { name: 'Assign user' }));
}

it('VS-1 lists the subscriptions with seats total, used and free', async () => {
  mockServer.use(
    ...trpcHandlers({
      'visualStudio.list': {
        items: [
          buildVsSubscription({
            edition: 'Visual Studio Enterprise',
            seatsTotal: 25,
            seatsUsed: 3,
          }),
        ],
      },
    }),
  );
  renderModule(module);
  const row = (await screen.findAllByTestId('benefit-row'))[0]!;
  expect(
    within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent)
      .slice(0, 4),
  ).toEqual(['Visual Studio Enterprise', '25', '3', '22']);
});

it('VS-1 a row expands to its seats and who holds each, guests included', async () => {
  today();
  const { panel } = await openFirst();
  const seats = await within(panel).findAllByTestId('vs-seat');
  expect(seats.map((s) => within(s).getAllByRole('cell')[0]!.textContent)).toEqual([
    'Megan Bowen',
    'Adele Vance',
  ]);
  expect(seats[1]).toHaveTextContent('Guest');
});

it('VS-5 Reassign is disabled before 90 days and shows the unlock date; enabled after', async () => {
  today();
  const { panel } = await openFirst();
  const [old, recent] = await within(panel).findAllByTestId('vs-seat');
  expect(within(old!).getByRole('button', { name: 'Reassign' })).toBeEnabled();
  const locked = within(recent!).getByRole('button', { name: 'Reassign' });
  expect(locked).toBeDisabled();
  expect(locked).toHaveAccessibleDescription(
    /^Can be reassigned from Jan 17, 2027, .+: 90 days after the original assignment\.$/,
  );
  expect(within(recent!).getByRole('button', { name: 'Unassign' })).toBeDisabled();
});

it("VS-5 the lock is the server's judgement, not the browser clock's: 91 days off either way", async () => {
  // The browser thinks it is 91 days after the locked seat's assignment (2026-10-19)...
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-01-18T12:00:00.000Z') });
  const locked = buildVsSeat({ reassignable: false });
  // ...and 91 days before the open seat's unlock, which the server's clock has passed.
  const open = buildVsSeat({
    holder: {
      id: 'b5e2d4c1-0000-4000-8000-000000000001',
      displayName: 'Megan Bowen',
      email: 'megan.bowen@contoso.example',
      kind: 'member',
    },
    assignedAt: '2027-01-01T09:00:00.000Z',
    holderSince: '2027-01-01T09:00:00.000Z',
    unlocksAt: '2027-04-01T09:00:00.000Z',
    reassignable: true,
  });
  mockServer.use(...trpcHandlers({ 'visualStudio.seats': { items: [open, locked] } }));
  const { panel } = await openFirst();
  const [openRow, lockedRow] = await within(panel).findAllByTestId('vs-seat');
  expect(within(openRow!).getByRole('button', { name: 'Reassign' })).toBeEnabled();
  expect(within(openRow!).getByRole('button', { name: 'Unassign' })).toBeEnabled();
  expect(within(lockedRow!).getByRole('button', { name: 'Reassign' })).toBeDisabled();
  expect(within(lockedRow!).getByRole('button', { name: 'Unassign' })).toBeDisabled();
});

it('MEM-1 a company still in Partner Membership Center: Assign user and bulk assign are disabled up front, saying why', async () => {
  const sent: unknown[] = [];
  const me = buildMe();
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ company: { ...me.company, pmcMigrated: false } }),
      'visualStudio.assign': recordAssign(sent),
    }),
  );
  const { panel } = await openFirst();
  const why = 'Your membership is still managed in Partner Membership Center.';
  const assign = within(panel).getByRole('button', { name: 'Assign user' });
  await vi.waitFor(() => expect(assign).toHaveAccessibleDescription(why));
  expect(assign).toBeDisabled();
  const bulk = within(panel).getByRole('button', { name: /several users/i });
  expect(bulk).toBeDisabled();
  expect(bulk).toHaveAccessibleDescription(why);
  expect(sent).toEqual([]);
});

it('VS-2 a Global admin picks a user from the searchable directory and assigns a seat', async () => {
  const sent: unknown[] = [];
  const searches: unknown[] = [];
  const megan = buildMe().user;
  mockServer.use(
    ...trpcHandlers({
      'directory.list': (input) => {
        searches.push(input);
        return { items: [megan] };
      },
      'visualStudio.assign': recordAssign(sent),
    }),
  );
  const { user, panel } = await openFirst();
  await user.type(within(panel).getByRole('searchbox', { name: 'Search the directory' }), 'av');
  await vi.waitFor(() => expect(searches).toContainEqual({ search: 'av' }));
  await user.selectOptions(
    within(panel).getByRole('combobox', { name: 'User' }),
    `${megan.displayName} (${megan.email}, Member)`,
  );
  await user.click(within(panel).getByRole('button', { name: 'Assign user' }));
  await vi.waitFor(() =>
    expect(sent).toEqual([{ subscriptionId: expect.any(String), userId: megan.id }]),
  );
});

it('VS-4 a user who already holds a seat is refused at the user field, translated, said once', async () => {
  mockServer.use(
    ...trpcHandlers({
      'visualStudio.assign': trpcRefusal('ALREADY_HOLDS_SEAT', { field: 'userId' }),
    }),
  );
  const { user, panel } = await openFirst();
  await assignTo(user, panel, /Uma User-Admin/);
  const picker = within(panel).getByRole('combobox', { name: 'User' });
  await vi.waitFor(() =>
    expect(picker).toHaveAccessibleDescription(
      'This user already holds a seat of this subscription.',
    ),
  );
  expect(within(panel).getAllByText(/already holds a seat/)).toHaveLength(1);
  expect(within(panel).queryByTestId('form-error')).not.toBeInTheDocument();
});

it('MEM-5 warns before an assignment voids a refundable package, and assigns only on confirm', async () => {
  const sent: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'visualStudio.list': {
        items: [
          buildVsSubscription({
            edition: 'Visual Studio Enterprise',
            refundAtRisk: {
              packageId: '00000000-0000-4000-8000-0000000000aa',
              refundableUntil: '2026-12-06T10:00:00.000Z',
            },
          }),
        ],
      },
      'visualStudio.assign': recordAssign(sent),
    }),
  );
  const { user, panel } = await openFirst();
  await assignTo(user, panel, /Gus Guest/);
  const dialog = await screen.findByRole('alertdialog');
  expect(dialog).toHaveTextContent('Dec 6, 2026');
  expect(sent).toEqual([]);
  await user.click(within(dialog).getAllByRole('button')[0]!);
  await vi.waitFor(() => expect(sent).toHaveLength(1));
});

it('ROLE-3/ROLE-7 without Global admin, Assign user is disabled and names the Global admins', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['mpn_partner_admin'] } }),
    }),
  );
  const { panel } = await openFirst();
  expect(screen.getByTestId('permission-state')).toHaveTextContent(
    'Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
  expect(within(panel).getByRole('button', { name: 'Assign user' })).toHaveAccessibleDescription(
    'This needs one of these roles: Global admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
});

it('VS-3 and VS-6 link to adding a user in Account settings and to the subscriber portal', async () => {
  const { panel } = await openFirst();
  expect(
    within(panel).getByRole('link', { name: 'add new users in Account settings' }),
  ).toHaveAttribute('href', '/account/users');
  expect(
    screen.getByRole('link', {
      name: 'Subscribers manage their subscription in the Visual Studio portal',
    }),
  ).toHaveAttribute('href', 'https://my.visualstudio.com');
  expect(screen.getByRole('link', { name: 'Export seats (CSV)' })).toHaveAttribute(
    'href',
    '/api/visual-studio/seats.csv',
  );
});

it('bulk assign: Check is a dry run that reports per line; Assign then runs it for real', async () => {
  const sent: { dryRun: boolean; emails: string[] }[] = [];
  mockServer.use(
    ...trpcHandlers({
      'visualStudio.bulkAssign': (input) => {
        const request = input as { dryRun: boolean; emails: string[] };
        sent.push(request);
        return buildBulkAssignResult({ dryRun: request.dryRun });
      },
    }),
  );
  const { user, panel } = await openFirst();
  await user.click(within(panel).getByRole('button', { name: 'Assign several users' }));
  const dialog = await screen.findByRole('dialog');
  const assign = within(dialog).getByRole('button', { name: 'Assign' });
  expect(assign).toBeDisabled();
  await user.type(
    within(dialog).getByRole('textbox'),
    'Megan.Bowen@contoso.example, nobody@contoso.example',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Check' }));
  const rows = await within(dialog).findAllByTestId('bulk-row');
  expect(rows.map((r) => r.textContent)).toEqual([
    'megan.bowen@contoso.exampleMegan BowenGets a seat',
    'nobody@contoso.exampleNot in the directory',
  ]);
  expect(within(dialog).getByTestId('bulk-summary')).toHaveTextContent(
    'Users who get a seat: 1 of 2.',
  );
  await user.click(assign);
  expect(await within(dialog).findByText('Seats assigned: 1.')).toBeInTheDocument();
  expect(sent.map((s) => s.dryRun)).toEqual([true, false]);
  expect(sent[1]!.emails).toEqual(['megan.bowen@contoso.example', 'nobody@contoso.example']);
});

it('X-3 bulk assign names the lines that are not emails and sends nothing', async () => {
  const sent: unknown[] = [];
  mockServer.use(
    ...trpcHandlers({
      'visualStudio.bulkAssign': (input) => {
        sent.push(input);
        return buildBulkAssignResult();
      },
    }),
  );
  const { user, panel } = await openFirst();
  await user.click(within(panel).getByRole('button', { name: 'Assign several users' }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByRole('textbox'), 'a@contoso.example; oops');
  await user.click(within(dialog).getByRole('button', { name: 'Check' }));
  expect(await within(dialog).findByText('Not an email address: oops')).toBeInTheDocument();
  expect(within(dialog).queryAllByTestId('bulk-row')).toHaveLength(0);
  expect(sent).toEqual([]);
});

it('X-1 shows the page in zh-CN', async () => {
  const user = userEvent.setup();
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: 'Visual Studio 订阅' })).toBeInTheDocument();
  expect(await screen.findAllByTestId('benefit-row')).toHaveLength(2);
  expect(screen.getByRole('columnheader', { name: '权益类型' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /Visual Studio Enterprise/ }));
  const panel = await screen.findByTestId('vs-seats');
  expect(within(panel).getByRole('button', { name: '分配用户' })).toBeInTheDocument();
  expect(within(panel).getByRole('link', { name: '在“帐户设置”中添加新用户' })).toBeInTheDocument();
});
