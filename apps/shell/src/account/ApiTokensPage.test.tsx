import { CreateApiTokenInput } from '@pbc/contract';
import { addDays, isoDay } from '@pbc/rules';
import {
  buildApiToken,
  buildMe,
  mockServer,
  renderWithProviders,
  trpcHandlers,
  trpcInvalidInput,
  trpcRefusal,
} from '@pbc/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { ApiTokensPage } from './ApiTokensPage.js';

const today = isoDay(new Date());

async function openCreate(locale?: 'zh-CN') {
  const user = userEvent.setup();
  renderWithProviders(<ApiTokensPage />, locale ? { locale } : {});
  const create = await screen.findByRole('button', {
    name: locale ? '创建令牌' : 'Create token',
  });
  await waitFor(() => expect(create).toBeEnabled()); // once `auth.me` has answered
  await user.click(create);
  return { user, form: await screen.findByRole('dialog') };
}

it('X-6 lists each token with name, prefix, permissions, creator, last use, expiry and status', async () => {
  mockServer.use(
    ...trpcHandlers({
      'apiTokens.list': {
        items: [
          buildApiToken(),
          buildApiToken({
            name: 'Old sync',
            prefix: 'pbc_0ldT0kEn',
            permissions: ['audit.read'],
            lastUsedAt: null,
            revokedAt: '2026-11-01T00:00:00.000Z',
          }),
        ],
      },
    }),
  );
  renderWithProviders(<ApiTokensPage />);
  const [live, revoked] = await screen.findAllByTestId('api-token');
  expect(live).toHaveTextContent('Seat sync');
  expect(live).toHaveTextContent('pbc_Q2xK7vZa…');
  expect(live).toHaveTextContent('Read benefits and Assign benefits to people');
  expect(live).toHaveTextContent('Avery Admin');
  expect(live).toHaveTextContent('Active');
  expect(within(live!).getByRole('button', { name: 'Revoke: Seat sync' })).toBeInTheDocument();
  expect(revoked).toHaveTextContent('Never');
  expect(revoked).toHaveTextContent('Revoked');
  expect(within(revoked!).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
});

it('X-6 creates a token and shows its text once, with Copy; closed, it is gone', async () => {
  let sent: unknown;
  mockServer.use(
    ...trpcHandlers({
      'apiTokens.create': (input) => {
        sent = input;
        return {
          token: buildApiToken({ name: 'Seat sync' }),
          secret: 'pbc_S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tA',
        };
      },
    }),
  );
  const { user, form } = await openCreate();
  await user.click(within(form).getByRole('textbox', { name: /^Name/ }));
  await user.paste('Seat sync');
  // A Global admin holds every permission a token can carry: none is disabled.
  for (const box of within(form).getAllByRole('checkbox')) expect(box).toBeEnabled();
  await user.click(within(form).getByRole('checkbox', { name: 'Assign benefits to people' }));
  await user.click(within(form).getByRole('button', { name: 'Create token' }));
  expect(await screen.findByTestId('api-token-secret')).toHaveValue(
    'pbc_S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tA',
  );
  expect(sent).toEqual({
    name: 'Seat sync',
    expiresOn: addDays(today, 90),
    permissions: ['benefits.read', 'benefits.assign'],
  });
  expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByTestId('api-token-secret')).not.toBeInTheDocument());
  expect(
    screen.queryByDisplayValue('pbc_S3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tA'),
  ).not.toBeInTheDocument();
});

it('X-6 an expiry past a year is refused at its field, before sending and as the server sends it', async () => {
  mockServer.use(
    ...trpcHandlers({
      'apiTokens.create': trpcRefusal('TOKEN_EXPIRY_TOO_LATE', { field: 'expiresOn' }),
    }),
  );
  const { user, form } = await openCreate();
  const expiry = within(form).getByLabelText(/^Last day it works/);
  fireEvent.change(expiry, { target: { value: addDays(today, 366) } });
  const message = 'A token lasts at most 365 days: choose an earlier date.';
  expect(await within(form).findByText(message)).toBeInTheDocument();
  expect(expiry).toHaveAccessibleDescription(expect.stringContaining(message));
  await user.click(within(form).getByRole('textbox', { name: /^Name/ }));
  await user.paste('Too long');
  await user.click(within(form).getByRole('button', { name: 'Create token' }));
  expect(await within(form).findByText(message)).toBeInTheDocument();
  expect(within(form).queryByTestId('form-error')).not.toBeInTheDocument();
});

it('X-6 X-3 a name over its limit is refused at the field with the limit, in zh-CN', async () => {
  mockServer.use(
    ...trpcHandlers({
      'apiTokens.create': trpcInvalidInput(CreateApiTokenInput, {
        name: 'N'.repeat(81),
        expiresOn: addDays(today, 5),
        permissions: ['benefits.read'],
      }),
    }),
  );
  const { user, form } = await openCreate('zh-CN');
  const name = within(form).getByRole('textbox', { name: /^名称/ });
  expect(name).toHaveAttribute('maxLength', '80');
  await user.click(name);
  await user.paste('Sync');
  await user.click(within(form).getByRole('button', { name: '创建令牌' }));
  await waitFor(() => expect(name).toHaveAccessibleDescription(/80/));
  expect(within(form).queryByTestId('form-error')).not.toBeInTheDocument();
});

it('X-6 ROLE-7 tokens are the Global admin’s: others find Create disabled and whom to ask', async () => {
  mockServer.use(
    ...trpcHandlers({
      'auth.me': buildMe({
        user: { ...buildMe().user, roles: ['mpn_partner_admin'] },
      }),
    }),
  );
  renderWithProviders(<ApiTokensPage />);
  expect(await screen.findByText(/Global admin/)).toBeInTheDocument();
  const create = screen.getByRole('button', { name: 'Create token' });
  await waitFor(() => expect(create).toBeDisabled());
  expect(screen.queryByTestId('api-token')).not.toBeInTheDocument();
});

it('X-6 revoking asks first, then sends the token’s id', async () => {
  let revoked: unknown;
  const token = buildApiToken();
  mockServer.use(
    ...trpcHandlers({
      'apiTokens.list': { items: [token] },
      'apiTokens.revoke': (input) => {
        revoked = input;
        return { ...token, revokedAt: '2026-11-24T09:00:00.000Z' };
      },
    }),
  );
  const user = userEvent.setup();
  renderWithProviders(<ApiTokensPage />);
  await user.click(await screen.findByRole('button', { name: 'Revoke: Seat sync' }));
  const confirm = await screen.findByRole('alertdialog');
  expect(confirm).toHaveTextContent('can no longer call the API');
  await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
  await waitFor(() => expect(revoked).toEqual({ id: token.id }));
});
