import type { RefundAtRisk } from '@pbc/contract';
import { RefundWarningDialog } from '@pbc/ui/lists';
import { useState } from 'react';

/**
 * MEM-5: `guard(action)` runs the action at once, or, while assigning would void a refundable
 * package, only after the user confirms the warning `dialog` (render it next to the action).
 */
export function useRefundGuard(refundAtRisk: RefundAtRisk) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (action: () => void) => (refundAtRisk ? setPending(() => action) : action());
  const dialog = refundAtRisk && (
    <RefundWarningDialog
      open={!!pending}
      refundableUntil={refundAtRisk.refundableUntil}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        pending?.();
      }}
    />
  );
  return { guard, dialog };
}
