import { Dialog, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useReturnFocus } from './useReturnFocus.js';

/**
 * A modal form. The Dialog stays mounted so Fluent can undo its modal `aria-hidden` on the page
 * when it closes; the form inside unmounts with the surface, so it starts fresh each time. Focus
 * goes back to what opened it.
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
  const surface = useReturnFocus(open);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface ref={surface}>{children}</DialogSurface>
    </Dialog>
  );
}
