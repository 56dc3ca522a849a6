import type { VsSeat, VsSubscription } from '@pbc/contract';
import { formatDateTime, useLocale } from '@pbc/i18n';
import { useActionReason, useFormError, usePermission } from '@pbc/module-kit';
import { checkSeatAssignment } from '@pbc/rules';
import { DirectoryUserPicker } from '@pbc/module-kit/directory';
import { useTRPC } from '@pbc/sdk/react';
import {
  ActionButton,
  Button,
  ErrorState,
  Link,
  makeStyles,
  QueryView,
  Subtitle2,
  Text,
  tokens,
  usePermissionReason,
} from '@pbc/ui';
import { ConfirmDialog, DataTable, type TableColumn } from '@pbc/ui/lists';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { ReassignDialog } from './ReassignDialog.js';
import { useInvalidateSeats } from './useInvalidateSeats.js';
import { useRefundGuard } from './useRefundGuard.js';

// Loaded when first opened: most visits never bulk-assign, so its code stays off the first render.
const BulkAssignDialog = lazy(() =>
  import('./BulkAssignDialog.js').then((m) => ({ default: m.BulkAssignDialog })),
);

/** The shell's Users page in Account settings (VS-3). */
const addUserPath = '/account/users';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
  },
});

/**
 * VS-5 as the server judged it when it answered (`reassignable`, by its clock, not the browser's),
 * or the missing role (ROLE-3/ROLE-7): why a seat cannot change hands now.
 */
function useSeatChangeReason() {
  const { t, locale } = useLocale();
  const assign = usePermission('benefits.assign');
  const permissionReason = usePermissionReason();
  return (seat: VsSeat) => {
    if (!assign.allowed) return permissionReason(assign);
    return seat.reassignable
      ? null
      : t('visualStudio.lockedUntil', { date: formatDateTime(seat.unlocksAt, locale) });
  };
}

/** VS-1 expanded: the seats of one subscription, who holds each, and the seat actions. */
export function SeatsPanel({
  subscription,
  navigate,
}: {
  subscription: VsSubscription;
  navigate: (to: string) => void;
}) {
  const { t, locale } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const seats = useQuery(trpc.visualStudio.seats.queryOptions({ subscriptionId: subscription.id }));
  const changeReason = useSeatChangeReason();
  // MEM-1: assigning seats activates the benefit (reassigning and unassigning do not).
  const bulkReason = useActionReason('benefits.assign', { activates: true });
  const [reassigning, setReassigning] = useState<VsSeat | null>(null);
  const [unassigning, setUnassigning] = useState<VsSeat | null>(null);
  const [bulk, setBulk] = useState(false);
  const holders = new Set(seats.data?.items.map((s) => s.holder.id) ?? []);
  const columns: TableColumn<VsSeat>[] = [
    { id: 'holder', header: t('visualStudio.holder'), render: (seat) => seat.holder.displayName },
    { id: 'email', header: t('visualStudio.email'), render: (seat) => seat.holder.email },
    {
      id: 'kind',
      header: t('visualStudio.kind'),
      render: (seat) => t(`common.userKinds.${seat.holder.kind}`),
    },
    {
      id: 'assignedAt',
      header: t('visualStudio.assignedAt'),
      render: (seat) => formatDateTime(seat.assignedAt, locale),
    },
    {
      id: 'unlocksAt',
      header: t('visualStudio.unlocksAt'),
      render: (seat) => formatDateTime(seat.unlocksAt, locale),
    },
    {
      id: 'actions',
      header: t('visualStudio.actions'),
      render: (seat) => {
        const reason = changeReason(seat);
        return (
          <>
            <ActionButton size="small" reason={reason} onClick={() => setReassigning(seat)}>
              {t('visualStudio.reassign')}
            </ActionButton>{' '}
            <Button size="small" disabled={!!reason} onClick={() => setUnassigning(seat)}>
              {t('visualStudio.unassign')}
            </Button>
          </>
        );
      },
    },
  ];

  return (
    <div className={styles.panel} data-testid="vs-seats">
      <Subtitle2 as="h2">{t('visualStudio.seats', { edition: subscription.edition })}</Subtitle2>
      <AssignForm subscription={subscription} holders={holders} />
      <Text>
        {t('visualStudio.notInList')}{' '}
        <Link
          href={addUserPath}
          onClick={(event) => {
            event.preventDefault();
            navigate(addUserPath);
          }}
        >
          {t('visualStudio.addUserLink')}
        </Link>
      </Text>
      <div className={styles.row}>
        <ActionButton reason={bulkReason} onClick={() => setBulk(true)}>
          {t('visualStudio.bulkAssign')}
        </ActionButton>
      </div>
      <QueryView
        query={seats}
        isEmpty={(data) => data.items.length === 0}
        empty={t('visualStudio.noSeats')}
      >
        {(data) => (
          <DataTable
            label={t('visualStudio.seats', { edition: subscription.edition })}
            items={data.items}
            columns={columns}
            rowTestId="vs-seat"
          />
        )}
      </QueryView>
      <ReassignDialog seat={reassigning} holders={holders} onClose={() => setReassigning(null)} />
      <UnassignDialog seat={unassigning} onClose={() => setUnassigning(null)} />
      {bulk && (
        <Suspense fallback={null}>
          <BulkAssignDialog subscription={subscription} open onClose={() => setBulk(false)} />
        </Suspense>
      )}
    </div>
  );
}

/** VS-2: pick a user, "Assign user"; MEM-5 warns first while the package is refundable. */
function AssignForm({
  subscription,
  holders,
}: {
  subscription: VsSubscription;
  holders: ReadonlySet<string>;
}) {
  const { t } = useLocale();
  const styles = useStyles();
  const trpc = useTRPC();
  const invalidate = useInvalidateSeats();
  const blockedReason = useActionReason('benefits.assign', { activates: true });
  const [userId, setUserId] = useState('');
  const { guard, dialog: refundWarning } = useRefundGuard(subscription.refundAtRisk);
  const mutation = useMutation(
    trpc.visualStudio.assign.mutationOptions({
      onSuccess: () => {
        setUserId('');
        return invalidate();
      },
    }),
  );
  const error = useFormError(mutation.error, ['userId']);
  const seatFree = checkSeatAssignment({
    seatsTotal: subscription.seatsTotal,
    seatsUsed: subscription.seatsUsed,
    userHoldsSeat: false,
  });
  const reason = blockedReason
    ? blockedReason
    : !seatFree.allowed
      ? t('visualStudio.noFreeSeat')
      : null;
  const send = () => mutation.mutate({ subscriptionId: subscription.id, userId });
  return (
    <>
      {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
      <div className={styles.row}>
        <DirectoryUserPicker
          label={t('visualStudio.user')}
          value={userId}
          onChange={(id) => {
            mutation.reset();
            setUserId(id);
          }}
          exclude={holders}
          error={error?.fields.userId}
        />
        <ActionButton
          appearance="primary"
          reason={reason}
          disabled={!userId || mutation.isPending}
          onClick={() => guard(send)}
        >
          {t('visualStudio.assignUser')}
        </ActionButton>
      </div>
      {refundWarning}
    </>
  );
}

/** VS-5: unassigning frees the seat, also only 90 days after its original assignment. */
function UnassignDialog({ seat, onClose }: { seat: VsSeat | null; onClose: () => void }) {
  const { t } = useLocale();
  const trpc = useTRPC();
  const invalidate = useInvalidateSeats();
  const mutation = useMutation(
    trpc.visualStudio.unassign.mutationOptions({ onSuccess: () => invalidate().then(close) }),
  );
  const close = () => {
    mutation.reset();
    onClose();
  };
  const error = useFormError(mutation.error);
  return (
    <ConfirmDialog
      open={!!seat}
      title={seat ? t('visualStudio.unassignTitle', { name: seat.holder.displayName }) : ''}
      confirmLabel={t('visualStudio.unassign')}
      cancelLabel={t('common.cancel')}
      onConfirm={() =>
        seat && mutation.mutate({ seatId: seat.id, currentHolderId: seat.holder.id })
      }
      onCancel={close}
      busy={mutation.isPending}
      error={error?.message}
    >
      {t('visualStudio.unassignBody')}
    </ConfirmDialog>
  );
}
