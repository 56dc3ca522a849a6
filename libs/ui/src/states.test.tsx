import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createI18n } from '@pbc/i18n';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect, it, vi } from 'vitest';
import { ActionButton, PermissionState, RefundWarningDialog } from './index.js';

const renderUi = (ui: ReactElement, locale: 'en-US' | 'zh-CN' = 'en-US') =>
  render(
    <I18nextProvider i18n={createI18n(locale)}>
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
    'You can read this page but not change it. This needs one of these roles: Global admin, User management admin. Ask a Global admin of your company: Avery Admin (global.admin@contoso.example).',
  );
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
