import { Button, Select } from '@pbc/ui';
import {
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  Field,
  FormDialog,
} from '@pbc/ui/lists';
import { Competency, OfferType } from '@pbc/contract';
import { competencyName, useLocale } from '@pbc/i18n';
import { useFormError } from '@pbc/module-kit';
import { checkOfferPurchase } from '@pbc/rules';
import { useTRPC } from '@pbc/sdk/react';
import { ErrorState } from '@pbc/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { usePageStyles } from '../pageStyles.js';

/** Server refusals of MEM-2 are about the offer chosen: they show at that field. */
const offerReasons = new Set([
  'errors.reasons.ACTION_PACK_ALREADY_HELD',
  'errors.reasons.COMPETENCY_EXCLUDES_ACTION_PACK',
]);

/**
 * ROLE-2: buy a package; MEM-2 (one Action Pack, none next to a competency, a competency once per
 * level) is checked as the offer is chosen.
 */
export function PurchaseDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <FormDialog open={open} onClose={onClose}>
      <PurchaseForm onClose={onClose} />
    </FormDialog>
  );
}

function PurchaseForm({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const styles = usePageStyles();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [offerType, setOfferType] = useState<OfferType>('gold');
  const [competencyArea, setCompetencyArea] = useState<Competency | ''>('');
  const overview = useQuery(trpc.membership.overview.queryOptions());
  const purchase = useMutation(
    trpc.membership.purchase.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.membership.pathKey() }).then(onClose),
    }),
  );
  const error = useFormError(purchase.error, ['offerType', 'competencyArea']);
  const wanted = {
    offerType,
    competencyArea: offerType === 'action_pack' || competencyArea === '' ? null : competencyArea,
  };
  const decision = checkOfferPurchase(overview.data?.offers ?? [], wanted);
  const refusal = decision.allowed ? undefined : t(`errors.reasons.${decision.reason}`);
  const competencyRefused = !decision.allowed && decision.reason === 'COMPETENCY_ALREADY_HELD';
  const serverOfferRefusal = error && offerReasons.has(error.key) ? error.message : undefined;
  const offerError = competencyRefused
    ? undefined
    : (refusal ?? error?.fields.offerType ?? serverOfferRefusal);
  const competencyError = competencyRefused ? refusal : error?.fields.competencyArea;
  const formMessage = error && !serverOfferRefusal ? error.banner : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    purchase.mutate(wanted);
  };
  return (
    <form onSubmit={submit}>
      <DialogBody>
        <DialogTitle>{t('packages.purchaseTitle')}</DialogTitle>
        <DialogContent className={styles.form}>
          {formMessage && <ErrorState message={formMessage} data-testid="form-error" />}
          <Field label={t('common.offerType')} validationMessage={offerError}>
            <Select value={offerType} onChange={(_, d) => setOfferType(d.value as OfferType)}>
              {OfferType.options.map((offer) => (
                <option key={offer} value={offer}>
                  {t(`common.offerTypes.${offer}`)}
                </option>
              ))}
            </Select>
          </Field>
          {offerType !== 'action_pack' && (
            <Field
              label={t('packages.competencyArea')}
              required
              validationMessage={competencyError}
            >
              <Select
                value={competencyArea}
                onChange={(_, d) => setCompetencyArea(d.value as Competency | '')}
              >
                <option value="">{t('packages.chooseCompetency')}</option>
                {Competency.options.map((area) => (
                  <option key={area} value={area}>
                    {competencyName(t, area)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </DialogContent>
        <DialogActions>
          <Button
            appearance="primary"
            type="submit"
            disabled={purchase.isPending || !decision.allowed}
          >
            {t('packages.purchase')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
