import { Dialog, DialogSurface } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useOpenedOnce, useReturnFocus } from './useReturnFocus.js';

/**
 * A modal form, mounted once first opened (`useOpenedOnce`). The Dialog then stays mounted so Fluent can undo its modal `aria-hidden` on the page
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
  const mounted = useOpenedOnce(open);
  if (!mounted) return null;
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface ref={surface}>{children}</DialogSurface>
    </Dialog>
  );
}
