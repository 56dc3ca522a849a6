import { Dialog, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A modal form. The Dialog stays mounted so Fluent can undo its modal `aria-hidden` on the page
 * when it closes; the form inside unmounts with the surface, so it starts fresh each time.
 */
export function FormDialog({
  open,
  onClose,
  children,
}: {
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>{children}</DialogSurface>
    </Dialog>
  );
}
