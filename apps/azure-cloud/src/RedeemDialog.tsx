import {
  productKeyMaxLength,
  type LicenseSubscription,
  type RedemptionMode,
  type RedemptionPreview,
} from '@pbc/contract';
import { formatDate, useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { checkProductKeyFormat } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { Button, ErrorState, MessageBar, MessageBarBody, Select, Text } from '@pbc/ui';
import {
  Checkbox,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
  Input,
  Radio,
  RadioGroup,
  RefundWarningDialog,
} from '@pbc/ui/lists';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from './styles.js';

/**
 * AZ-8…11: key (format checked as typed), target and mode, then the server's preview of seats and
 * end date, the tenant confirmation, and the redemption. MEM-5 warns first while a refund is at stake.
 */
export function RedeemDialog({
  open,
  licenses,
  subscriptionId,
  onClose,
}: {
  open: boolean;
  licenses: readonly LicenseSubscription[];
  /** The target chosen first: the row Redeem was opened from (AZ-7), or null for a new one. */
  subscriptionId: string | null;
  onClose: () => void;
}) {
  return (
    <FormDialog open={open} onClose={onClose}>
      <RedeemForm licenses={licenses} preset={subscriptionId} onClose={onClose} />
    </FormDialog>
  );
}

function RedeemForm({
  licenses,
  preset,
  onClose,
}: {
  licenses: readonly LicenseSubscription[];
  preset: string | null;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [key, setKey] = useState('');
  const [subscriptionId, setSubscriptionId] = useState(preset ?? '');
  const [mode, setMode] = useState<RedemptionMode>('extend');
  const [checkedFormat, setCheckedFormat] = useState(false);
  const [tenantConfirmed, setTenantConfirmed] = useState(false);
  const [warning, setWarning] = useState(false);
  const preview = useMutation(trpc.azureCloud.previewRedemption.mutationOptions());
  const redeem = useMutation(
    trpc.azureCloud.redeemKey.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.azureCloud.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }),
        ]).then(() => undefined),
    }),
  );
  const format = checkProductKeyFormat(key);
  const shownFields = ['key', 'subscriptionId', 'mode', 'tenantId'];
  const previewError = useFormError(preview.error, shownFields);
  const redeemError = useFormError(redeem.error, shownFields);
  const error = redeemError ?? previewError;
  const target = licenses.find((l) => l.id === subscriptionId);
  const input = { key, subscriptionId: subscriptionId || null, mode };
  /** Any change of the inputs makes the shown preview stale. */
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      preview.reset();
      redeem.reset();
      setTenantConfirmed(false);
    };
  const fieldError = (field: string) => error?.fields[field];
  const keyError =
    checkedFormat && !format.allowed ? t(`errors.reasons.${format.reason}`) : fieldError('key');
  const submitPreview = (event: FormEvent) => {
    event.preventDefault();
    setCheckedFormat(true);
    if (format.allowed) preview.mutate(input);
  };
  const confirmRedeem = () => {
    const shown = preview.data;
    if (!shown) return;
    setWarning(false);
    redeem.mutate({ ...input, tenantId: shown.tenant.id });
  };

  if (redeem.data)
    return (
      <DialogBody>
        <DialogTitle>{t('azureCloud.redeem')}</DialogTitle>
        <DialogContent>
          <MessageBar intent="success" layout="multiline" data-testid="redeem-result">
            <MessageBarBody>
              {t('azureCloud.redeemed', {
                last: preview.data?.key.lastCharacters,
                product: redeem.data.product,
                seats: redeem.data.seats,
                count: redeem.data.seats,
                date: formatDate(redeem.data.expiresOn, locale),
              })}
            </MessageBarBody>
          </MessageBar>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        </DialogActions>
      </DialogBody>
    );

  const shown = preview.data;
  return (
    <form onSubmit={submitPreview}>
      <DialogBody>
        <DialogTitle>{t('azureCloud.redeem')}</DialogTitle>
        <DialogContent className={styles.form}>
          {error?.banner && <ErrorState message={error.banner} data-testid="form-error" />}
          <Field
            label={t('azureCloud.key')}
            required
            hint={t('azureCloud.keyHint')}
            validationMessage={keyError}
          >
            <Input
              maxLength={productKeyMaxLength}
              value={key}
              autoComplete="off"
              spellCheck={false}
              onChange={(_, d) => edit(setKey)(d.value)}
            />
          </Field>
          <Field label={t('azureCloud.target')} validationMessage={fieldError('subscriptionId')}>
            <Select value={subscriptionId} onChange={(_, d) => edit(setSubscriptionId)(d.value)}>
              <option value="">{t('azureCloud.newSubscription')}</option>
              {licenses.map((license) => (
                <option key={license.id} value={license.id}>
                  {license.product} – {license.seats} – {formatDate(license.expiresOn, locale)} (
                  {t(`azureCloud.statuses.${license.status}`)})
                </option>
              ))}
            </Select>
          </Field>
          {target?.status === 'active' && (
            <Field label={t('azureCloud.mode')} validationMessage={fieldError('mode')}>
              <RadioGroup
                value={mode}
                onChange={(_, d) => edit(setMode)(d.value as RedemptionMode)}
              >
                <Radio value="extend" label={t('azureCloud.modes.extend')} />
                <Radio value="add_seats" label={t('azureCloud.modes.add_seats')} />
              </RadioGroup>
            </Field>
          )}
          {shown && (
            <PreviewPanel
              preview={shown}
              tenantConfirmed={tenantConfirmed}
              tenantError={fieldError('tenantId')}
              onConfirmTenant={setTenantConfirmed}
            />
          )}
        </DialogContent>
        <DialogActions>
          {shown ? (
            <Button
              appearance="primary"
              disabled={!tenantConfirmed || redeem.isPending}
              onClick={() => (shown.refundAtRisk ? setWarning(true) : confirmRedeem())}
            >
              {t('azureCloud.confirmRedeem')}
            </Button>
          ) : (
            <Button appearance="primary" type="submit" disabled={preview.isPending || !key}>
              {t('azureCloud.preview')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
      <RefundWarningDialog
        open={warning}
        title={t('azureCloud.activationWarning')}
        refundableUntil={shown?.refundAtRisk?.refundableUntil ?? null}
        onConfirm={confirmRedeem}
        onCancel={() => setWarning(false)}
      />
    </form>
  );
}

/** AZ-9: the resulting seats and end date, the under-12-months warning, and AZ-11's tenant check. */
function PreviewPanel({
  preview,
  tenantConfirmed,
  tenantError,
  onConfirmTenant,
}: {
  preview: RedemptionPreview;
  tenantConfirmed: boolean;
  tenantError: string | undefined;
  onConfirmTenant: (confirmed: boolean) => void;
}) {
  const { t, locale } = useLocale();
  const styles = usePageStyles();
  return (
    <section
      className={styles.form}
      data-testid="redeem-preview"
      aria-label={t('azureCloud.preview')}
    >
      <Text weight="semibold">
        {t(`azureCloud.outcomes.${preview.outcome}`, {
          product: preview.key.product,
          seats: preview.after.seats,
          count: preview.after.seats,
          fromSeats: preview.before?.seats,
          from: preview.before && formatDate(preview.before.expiresOn, locale),
          date: formatDate(preview.after.expiresOn, locale),
        })}
      </Text>
      <Text>
        {t('azureCloud.monthsRemaining', {
          count: preview.monthsRemaining,
          months: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
            preview.monthsRemaining,
          ),
        })}
      </Text>
      {preview.underTwelveMonths && (
        <MessageBar intent="warning" layout="multiline" data-testid="under-twelve-months">
          <MessageBarBody>{t('azureCloud.underTwelve')}</MessageBarBody>
        </MessageBar>
      )}
      <Text>{t('azureCloud.onceOnly')}</Text>
      <Field validationMessage={tenantError} hint={t('azureCloud.tenantHint')}>
        <Checkbox
          checked={tenantConfirmed}
          onChange={(_, d) => onConfirmTenant(d.checked === true)}
          label={t('azureCloud.confirmTenant', { tenant: preview.tenant.name })}
        />
      </Field>
    </section>
  );
}
