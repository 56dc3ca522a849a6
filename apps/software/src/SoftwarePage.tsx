import type { SoftwareListItem } from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useFormError, useMe, usePermission } from '@pbc/module-kit';
import { checkKeyReveal } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { ActionButton, DetailList, PermissionState, Text, usePermissionReason } from '@pbc/ui';
import {
  BenefitListPage,
  RefundWarningDialog,
  termsColumns,
  type TableColumn,
} from '@pbc/ui/lists';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Downloads } from './Downloads.js';
import { keyDescription } from './keyText.js';
import { KeysDialog } from './KeysDialog.js';
import { useSoftwareStyles } from './styles.js';

/** The Software tab (SW-1): software benefits, each row expands to its keys and downloads. */
export function SoftwarePage() {
  const trpc = useTRPC();
  const query = useQuery(trpc.software.list.queryOptions({}));
  const { t, locale } = useLocale();
  const activate = usePermission('benefits.activate');
  const getKeys = useGetKeys();
  const columns: TableColumn<SoftwareListItem>[] = [
    {
      id: 'product',
      header: t('software.product'),
      render: (row) => row.name[locale],
      sortValue: (row) => row.name[locale],
    },
    {
      id: 'quantity',
      header: t('common.quantity'),
      render: (row) => row.quantity,
      sortValue: (row) => row.quantity,
    },
    ...termsColumns<SoftwareListItem>(t, locale),
  ];
  return (
    <BenefitListPage
      title={t('software.title')}
      query={query}
      columns={columns}
      searchText={(row) => row.name[locale]}
      rowName={(row) => row.name[locale]}
      renderDetails={(row) => <SoftwareDetails row={row} getKeys={getKeys} />}
    >
      <Text>{t('software.intro')}</Text>
      {!activate.allowed && activate.anyOf.length > 0 && (
        <PermissionState missing={activate} readOnly />
      )}
      {getKeys.dialogs}
    </BenefitListPage>
  );
}

type GetKeys = ReturnType<typeof useGetKeys>;

/**
 * SW-2 "Get keys": warns first while the refund a first key view ends is open (MEM-5), then
 * reveals and shows the keys. Says why it cannot be used (ROLE-4, ROLE-7, MEM-1).
 */
function useGetKeys() {
  const { t, locale } = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useMe();
  const activate = usePermission('benefits.activate');
  const permissionReason = usePermissionReason();
  // The last row asked about stays, so the dialogs keep their text while they close.
  const [row, setRow] = useState<SoftwareListItem | null>(null);
  const [warning, setWarning] = useState(false);
  const reveal = useMutation(
    trpc.software.revealKeys.mutationOptions({
      // The refund state changed (MEM-4): the list's warnings and the packages page follow.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.software.list.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }),
        ]),
    }),
  );
  const error = useFormError(reveal.error);

  const decision = me ? checkKeyReveal(me.user.roles, me.company) : null;
  const reason =
    !decision || decision.allowed
      ? null
      : decision.reason === 'MISSING_ROLE'
        ? permissionReason(activate)
        : t(`errors.reasons.${decision.reason}`);
  const start = (target: SoftwareListItem) => {
    setRow(target);
    reveal.reset();
    if (target.refundAtRisk) setWarning(true);
    else reveal.mutate({ benefitId: target.id });
  };
  const dialogs = row && (
    <>
      {row.refundAtRisk && (
        <RefundWarningDialog
          open={warning}
          refundableUntil={row.refundAtRisk.refundableUntil}
          onCancel={() => setWarning(false)}
          onConfirm={() => {
            setWarning(false);
            reveal.mutate({ benefitId: row.id });
          }}
        />
      )}
      <KeysDialog
        open={reveal.isSuccess || reveal.isError}
        product={row.name[locale]}
        revealed={reveal.data}
        error={error?.message ?? null}
        onClose={() => reveal.reset()}
      />
    </>
  );
  return { start, reason, ready: !!decision, busy: reveal.isPending, dialogs };
}

function SoftwareDetails({ row, getKeys }: { row: SoftwareListItem; getKeys: GetKeys }) {
  const { t, locale } = useLocale();
  const styles = useSoftwareStyles();
  return (
    <div className={styles.stack}>
      <DetailList
        items={[
          [t('software.product'), row.name[locale]],
          [t('common.quantity'), row.quantity],
          [t('common.expiresOn'), formatDate(row.expiresOn, locale)],
          [
            t('software.keys'),
            <ul key="keys" className={styles.stack}>
              {row.keys.map((key) => (
                <li key={key.id}>{keyDescription(t, key)}</li>
              ))}
            </ul>,
          ],
        ]}
      />
      <div>
        <ActionButton
          appearance="primary"
          reason={getKeys.reason}
          disabled={!getKeys.ready}
          // Focusable while the keys are fetched: the closing warning gives focus back to it, and
          // the keys dialog gives it back there again when it closes.
          disabledFocusable={getKeys.busy}
          onClick={() => getKeys.start(row)}
        >
          {t('software.getKeys')}
        </ActionButton>
      </div>
      <Downloads benefitId={row.id} />
    </div>
  );
}
