import {
  buildMe,
  buildRedemption,
  buildUndoRedemptionResult,
  mockServer,
  renderModule,
  trpcError,
  trpcHandlers,
} from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import module from './module.js';

const undoLabel = 'Undo redemption (wrong tenant)';

/** The undo button of the `index`th redemption, once the permission is known. */
async function undoButton(index: number) {
  const items = await screen.findAllByTestId('redemption');
  return within(items[index]!).getByRole('button', { name: undoLabel });
}

/** Clicks the first redemption's undo and confirms it in the dialog. */
async function undoFirst() {
  const user = userEvent.setup();
  renderModule(module);
  const button = await undoButton(0);
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
  const confirm = await screen.findByRole('alertdialog');
  expect(confirm).toHaveTextContent('Undo the redemption of the key ending in DEMO1?');
  expect(confirm).toHaveTextContent(
    'You get a one-time replacement key for Office 365 E3 with 25 seats: redeem it on the right tenant.',
  );
  await user.click(within(confirm).getByRole('button', { name: undoLabel }));
  return { user, confirm };
}

it('AZ-11 lists the redeemed keys with the date until which each can be undone', async () => {
  renderModule(module);
  const [open, closed] = await screen.findAllByTestId('redemption');
  expect(open).toHaveTextContent(
    'Key ending in DEMO1: Office 365 E3, 25 seats, redeemed on Nov 24, 2026',
  );
  expect(open).toHaveTextContent('Can be undone until Dec 24, 2026');
  expect(closed).toHaveTextContent('Key ending in DEMO6: Power BI Pro, 10 seats');
});

it('AZ-11 X-2 undo after confirming shows the replacement key once, with a copy button and the note', async () => {
  const undone: unknown[] = [];
  const redemption = buildRedemption();
  const result = buildUndoRedemptionResult();
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.listRedemptions': { items: [redemption] },
      'azureCloud.undoRedemption': (input) => {
        undone.push(input);
        return result;
      },
    }),
  );
  const { user } = await undoFirst();
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent('Your replacement key');
  expect(within(dialog).getByLabelText('Replacement key')).toHaveTextContent(
    result.replacementKeyText!,
  );
  expect(within(dialog).getByTestId('replacement-once')).toHaveTextContent(
    'Copy this key now: it will not be shown again.',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
  expect(await navigator.clipboard.readText()).toBe(result.replacementKeyText);
  expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  expect(undone).toEqual([{ keyId: redemption.keyId }]);
  await user.click(within(dialog).getByRole('button', { name: 'Close' }));
  await waitFor(() =>
    expect(screen.queryByText(result.replacementKeyText!)).not.toBeInTheDocument(),
  );
});

it('AZ-11 X-3 a replayed undo answers no key text: the dialog says it is not shown again', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.undoRedemption': buildUndoRedemptionResult({ replacementKeyText: null }),
    }),
  );
  await undoFirst();
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveTextContent('Your replacement key');
  expect(dialog).toHaveTextContent(
    'The replacement key was shown when the redemption was undone and is not shown again.',
  );
  expect(within(dialog).queryByRole('button', { name: 'Copy' })).not.toBeInTheDocument();
});

it('AZ-11 a refused undo shows the translated reason in the confirm dialog', async () => {
  mockServer.use(
    ...trpcHandlers({
      'azureCloud.undoRedemption': trpcError({
        code: 'CONFLICT',
        appCode: 'CONFLICT',
        details: { reason: 'SUBSCRIPTION_CHANGED_SINCE' },
      }),
    }),
  );
  const { confirm } = await undoFirst();
  expect(await within(confirm).findByTestId('form-error')).toHaveTextContent(
    'The subscription changed since this redemption: undo the later redemptions first.',
  );
});

it('AZ-11 after the deadline the undo is disabled and says why', async () => {
  renderModule(module);
  const button = await undoButton(1);
  await waitFor(() =>
    expect(button).toHaveAccessibleDescription('A redemption can be undone only within 30 days.'),
  );
  expect(button).toBeDisabled();
});

it('ROLE-4 ROLE-7 without benefits.activate the undo is disabled, naming the roles and the Global admins', async () => {
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ user: { ...buildMe().user, roles: [] } }) }),
  );
  renderModule(module);
  const button = await undoButton(0);
  await waitFor(() =>
    expect(button).toHaveAccessibleDescription(
      'This needs one of these roles: Global admin or MPN partner admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
    ),
  );
  expect(button).toBeDisabled();
});

it('X-1 AZ-11 the undo speaks zh-CN', async () => {
  renderModule(module, { locale: 'zh-CN' });
  expect(await screen.findByRole('heading', { name: '已兑换的产品密钥' })).toBeInTheDocument();
  const [open] = await screen.findAllByTestId('redemption');
  expect(within(open!).getByRole('button', { name: '撤销兑换（错误的租户）' })).toBeInTheDocument();
  expect(open).toHaveTextContent('以 DEMO1 结尾的密钥：Office 365 E3，25 个席位');
});
