import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { expect, it } from 'vitest';
import { Button } from './index.js';
import { ConfirmDialog, FormDialog } from './lists.js';

/**
 * A page with one button that opens a confirm dialog, and one that opens a form dialog. The
 * confirm dialog is first rendered already open, as pages do that render a dialog for the row
 * it is about; in strict mode, as in `npm run dev`, React runs its effects twice then.
 */
function Page() {
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmingInForm, setConfirmingInForm] = useState(false);
  return (
    <FluentProvider theme={webLightTheme}>
      <Button onClick={() => setConfirming(true)}>Remove</Button>
      <Button onClick={() => setEditing(true)}>Edit</Button>
      {confirming !== null && (
        <ConfirmDialog
          open={confirming}
          title="Remove it?"
          confirmLabel="Remove now"
          cancelLabel="Keep"
          onConfirm={() => setConfirming(false)}
          onCancel={() => setConfirming(false)}
        >
          It cannot be undone.
        </ConfirmDialog>
      )}
      <FormDialog open={editing} onClose={() => setEditing(false)}>
        <Button onClick={() => setConfirmingInForm(true)}>Save</Button>
        <Button onClick={() => setEditing(false)}>Close</Button>
        <ConfirmDialog
          open={confirmingInForm}
          title="Save it?"
          confirmLabel="Save now"
          cancelLabel="Not yet"
          onConfirm={() => setConfirmingInForm(false)}
          onCancel={() => setConfirmingInForm(false)}
        >
          Others see it at once.
        </ConfirmDialog>
      </FormDialog>
    </FluentProvider>
  );
}

/**
 * Opens a dialog with `opener` and waits until the page behind it is hidden from assistive
 * technology, as it is for a modal dialog once it is active (tabster does so 250 ms after focus
 * moves into the dialog: a user who reads the dialog first always meets this state).
 */
async function openAndWaitForModal(opener: string, role: 'dialog' | 'alertdialog') {
  const user = userEvent.setup();
  const { container } = render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
  await user.click(screen.getByRole('button', { name: opener }));
  const dialog = await screen.findByRole(role);
  await waitFor(() => expect(container).toHaveAttribute('aria-hidden', 'true'));
  return { user, container, dialog };
}

it('a closed confirm dialog gives focus back to its opener, and the page is reachable at once', async () => {
  const { user, container, dialog } = await openAndWaitForModal('Remove', 'alertdialog');
  expect(within(dialog).getByRole('button', { name: 'Remove now' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Keep' }));
  expect(container).not.toHaveAttribute('aria-hidden');
  expect(screen.getByRole('button', { name: 'Remove' })).toHaveFocus();
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
});

it('a form dialog closed with Escape gives focus back to its opener', async () => {
  const { user, container, dialog } = await openAndWaitForModal('Edit', 'dialog');
  await user.keyboard('{Escape}');
  expect(container).not.toHaveAttribute('aria-hidden');
  expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
});

it('a confirm dialog opened from a form dialog gives focus back inside the form dialog', async () => {
  const { user, dialog } = await openAndWaitForModal('Edit', 'dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
  const confirm = await screen.findByRole('alertdialog', { name: 'Save it?' });
  await user.click(within(confirm).getByRole('button', { name: 'Not yet' }));
  expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Save' })).toHaveFocus();
});
