import { buildMe, mockServer, renderWithProviders, trpcError, trpcHandlers } from '@pbc/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { UsersPage } from './UsersPage.js';

const dialog = () => screen.findByRole('dialog');

async function openAddUser() {
  const user = userEvent.setup();
  renderWithProviders(<UsersPage />);
  const add = await screen.findByRole('button', { name: 'Add user' });
  await waitFor(() => expect(add).toBeEnabled()); // once `auth.me` has answered
  await user.click(add);
  return { user, form: await dialog() };
}

it('ROLE-6 adds a user and shows the temporary password once, never again', async () => {
  const { user, form } = await openAddUser();
  await user.click(within(form).getByLabelText(/^Email/));
  await user.paste('new.person@contoso.example');
  await user.click(within(form).getByLabelText(/^Name/));
  await user.paste('New Person');
  await user.click(within(form).getByRole('button', { name: 'Add' }));
  expect(await screen.findByTestId('temporary-password')).toHaveValue('Temp-Pass-4821');
  expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByTestId('temporary-password')).not.toBeInTheDocument());
  await user.click(screen.getByRole('button', { name: 'Add user' }));
  expect(await within(await dialog()).findByLabelText(/^Email/)).toHaveValue('');
  expect(screen.queryByTestId('temporary-password')).not.toBeInTheDocument();
  expect(screen.queryByDisplayValue('Temp-Pass-4821')).not.toBeInTheDocument();
});

it('X-3 a field error from the server appears at the field', async () => {
  mockServer.use(
    ...trpcHandlers({
      'directory.add': trpcError({
        code: 'CONFLICT',
        appCode: 'CONFLICT',
        fieldErrors: { email: ['This email is already in the directory'] },
      }),
    }),
  );
  const { user, form } = await openAddUser();
  const email = within(form).getByRole('textbox', { name: /^Email/ });
  await user.click(email);
  await user.paste('megan.bowen@contoso.example');
  await user.click(within(form).getByRole('textbox', { name: /^Name/ }));
  await user.paste('Megan');
  await user.click(within(form).getByRole('button', { name: 'Add' }));
  expect(
    await within(form).findByText('This email is already in the directory'),
  ).toBeInTheDocument();
  expect(email).toHaveAccessibleDescription('This email is already in the directory');
});

it('ROLE-6 a User management admin adds users but the Global admin checkbox is disabled with the reason', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({ user: { ...buildMe().user, roles: ['user_management_admin'] } }),
    }),
  );
  const { form } = await openAddUser();
  const globalAdmin = within(form).getByRole('checkbox', { name: 'Global admin' });
  expect(globalAdmin).toBeDisabled();
  expect(globalAdmin).toHaveAccessibleDescription(
    'Only a Global admin can grant or remove Global admin.',
  );
  expect(within(form).getByRole('checkbox', { name: 'Admin agent' })).toBeEnabled();
});

it('ROLE-6 nobody edits their own roles: the own row says why; another user’s roles open', async () => {
  const user = userEvent.setup();
  renderWithProviders(<UsersPage />);
  const own = await screen.findByRole('button', { name: 'Edit roles: Avery Admin' });
  expect(own).toBeDisabled();
  expect(own).toHaveAccessibleDescription(
    'Nobody changes their own roles: ask another Global admin or User management admin.',
  );
  await user.click(screen.getByRole('button', { name: 'Edit roles: Uma User-Admin' }));
  const agent = within(await dialog()).getByRole('checkbox', { name: 'Admin agent' });
  expect(agent).toBeEnabled();
});

it('ROLE-6 X-1 the own row says why in zh-CN', async () => {
  renderWithProviders(<UsersPage />, { locale: 'zh-CN' });
  const own = await screen.findByRole('button', { name: '编辑角色: Avery Admin' });
  expect(own).toBeDisabled();
  expect(own).toHaveAccessibleDescription(
    '任何人都不能更改自己的角色：请联系另一位全局管理员或“用户管理”管理员。',
  );
});

it('ROLE-6 the last Global admin cannot remove themselves: the dialog says why', async () => {
  const user = userEvent.setup();
  renderWithProviders(<UsersPage />);
  await user.click(await screen.findByRole('button', { name: 'Remove: Avery Admin' }));
  const confirm = await screen.findByRole('alertdialog');
  expect(within(confirm).getByTestId('form-error')).toHaveTextContent(
    'The company needs at least one Global admin.',
  );
  expect(within(confirm).getByRole('button', { name: 'Remove' })).toBeDisabled();
});

it('ROLE-7 without a role the directory stays readable and names the Global admins to ask', async () => {
  mockServer.use(
    ...trpcHandlers({ 'auth.me': buildMe({ user: { ...buildMe().user, roles: [] } }) }),
  );
  renderWithProviders(<UsersPage />);
  expect(await screen.findAllByTestId('user-row')).toHaveLength(3);
  expect(screen.getByTestId('permission-state')).toHaveTextContent(
    'Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
  expect(screen.getByRole('button', { name: 'Add user' })).toBeDisabled();
  expect(screen.queryByRole('button', { name: /Edit roles/ })).not.toBeInTheDocument();
});
