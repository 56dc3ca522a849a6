import { AddUserInput } from '@pbc/contract';
import {
  buildMe,
  mockServer,
  renderWithProviders,
  trpcHandlers,
  trpcInvalidInput,
  trpcRefusal,
} from '@pbc/testing';
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

it('ROLE-6 X-3 an email already in the directory: the field says so, and no generic banner besides', async () => {
  mockServer.use(
    ...trpcHandlers({ 'directory.add': trpcRefusal('EMAIL_IN_DIRECTORY', { field: 'email' }) }),
  );
  const { user, form } = await openAddUser();
  const email = within(form).getByRole('textbox', { name: /^Email/ });
  await user.click(email);
  await user.paste('megan.bowen@contoso.example');
  await user.click(within(form).getByRole('textbox', { name: /^Name/ }));
  await user.paste('Megan');
  await user.click(within(form).getByRole('button', { name: 'Add' }));
  const message = 'A user with this email is already in the directory.';
  expect(await within(form).findByText(message)).toBeInTheDocument();
  expect(email).toHaveAccessibleDescription(message);
  expect(within(form).queryByTestId('form-error')).not.toBeInTheDocument();
  expect(form).not.toHaveTextContent('This change conflicts with the current state');
});

it('X-3 a name over its limit is refused at the field in words with the limit, in zh-CN too', async () => {
  const tooLong = 'N'.repeat(150);
  mockServer.use(
    ...trpcHandlers({
      'directory.add': trpcInvalidInput(AddUserInput, {
        email: 'a@contoso.example',
        displayName: tooLong,
      }),
    }),
  );
  const user = userEvent.setup();
  renderWithProviders(<UsersPage />, { locale: 'zh-CN' });
  const add = await screen.findByRole('button', { name: '添加用户' });
  await waitFor(() => expect(add).toBeEnabled());
  await user.click(add);
  const form = await dialog();
  const [email, name] = within(form).getAllByRole('textbox');
  // The input takes no more than the contract's 120 characters (DisplayName).
  expect(name).toHaveAttribute('maxLength', '120');
  await user.click(email!);
  await user.paste('a@contoso.example');
  await user.click(name!);
  await user.paste('Megan');
  await user.click(within(form).getByRole('button', { name: '添加' }));
  expect(await within(form).findByText('最多可输入 120 个字符。')).toBeInTheDocument();
  expect(form).not.toHaveTextContent(/Too big|expected string/);
  expect(within(form).queryByTestId('form-error')).not.toBeInTheDocument();
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
