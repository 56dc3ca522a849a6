import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createI18n } from '@pbc/i18n';
import { messages } from '@pbc/i18n/catalogs';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { ActionButton, PermissionState, QueryView } from './index.js';
import { RefundWarningDialog } from './lists.js';

const renderUi = (ui: ReactElement, locale: 'en-US' | 'zh-CN' = 'en-US') =>
  render(
    <I18nextProvider i18n={createI18n(locale, messages)}>
      <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
    </I18nextProvider>,
  );

const missing = {
  anyOf: ['global_admin', 'user_management_admin'] as const,
  globalAdmins: [{ displayName: 'Avery Admin', email: 'global.admin@contoso.example' }],
};

it('ROLE-7 names the missing roles and the Global admins to ask', () => {
  renderUi(<PermissionState missing={missing} readOnly />);
  expect(screen.getByTestId('permission-state')).toHaveTextContent(
    'You can read this page but not change it. This needs one of these roles: Global admin or User management admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
});

it("ROLE-7 joins the roles and the admins to ask as the user's language does (Intl.ListFormat)", () => {
  const twoAdmins = {
    anyOf: ['global_admin', 'mpn_partner_admin'] as const,
    globalAdmins: [
      { displayName: 'Avery Admin', email: 'global.admin@contoso.example' },
      { displayName: 'Blake Boss', email: 'blake@contoso.example' },
    ],
  };
  renderUi(<PermissionState missing={twoAdmins} />, 'zh-CN');
  const text = screen.getByTestId('permission-state').textContent ?? '';
  expect(text).toContain('全局管理员或MPN 合作伙伴管理员');
  expect(text).toContain(
    'Avery Admin (global.admin@contoso.example)或Blake Boss (blake@contoso.example)',
  );
  expect(text).not.toContain(', ');
});

it('ROLE-7 a disabled action says why', () => {
  renderUi(<ActionButton reason="Only a Global admin can.">Add user</ActionButton>);
  const button = screen.getByRole('button', { name: 'Add user' });
  expect(button).toBeDisabled();
  expect(button).toHaveAccessibleDescription('Only a Global admin can.');
});

it('MEM-5 warns that revealing a key ends the refund and says until when', async () => {
  const user = userEvent.setup();
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  renderUi(
    <RefundWarningDialog
      open
      refundableUntil="2026-12-06T10:00:00.000Z"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />,
  );
  const dialog = screen.getByRole('alertdialog', { name: 'Revealing this key ends your refund' });
  expect(dialog).toHaveTextContent('refundable until Dec 6, 2026');
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(onCancel).toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(onConfirm).toHaveBeenCalled();
});

describe('QueryView', () => {
  const query = (state: Partial<Parameters<typeof QueryView<string[]>>[0]['query']>) => ({
    data: undefined,
    isPending: false,
    isError: false,
    refetch: vi.fn(),
    ...state,
  });
  const view = (q: ReturnType<typeof query>) => (
    <QueryView query={q} isEmpty={(rows: string[]) => rows.length === 0}>
      {(rows) => (
        <ul>
          {rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </QueryView>
  );

  it('shows a spinner while loading', () => {
    renderUi(view(query({ isPending: true })));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('shows the error with a Retry that refetches', async () => {
    const failed = query({ isError: true });
    renderUi(view(failed));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(failed.refetch).toHaveBeenCalledOnce();
  });

  it('shows the empty state, then the data', () => {
    const { rerender } = renderUi(view(query({ data: [] })));
    expect(screen.getByTestId('empty-state')).toHaveTextContent('Nothing to show yet.');
    rerender(
      <I18nextProvider i18n={createI18n('en-US', messages)}>
        <FluentProvider theme={webLightTheme}>
          {view(query({ data: ['Windows Server'] }))}
        </FluentProvider>
      </I18nextProvider>,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Windows Server');
  });
});
