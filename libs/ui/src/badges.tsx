import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ActivationStatus, BenefitType, GtmStatus, OfferType } from '@pbc/contract';
import { useTranslation } from 'react-i18next';

const offerColor: Record<OfferType, BadgeProps['color']> = {
  action_pack: 'brand',
  silver: 'informative',
  gold: 'warning',
};

/** Action Pack / Silver / Gold (MEM-3). */
export function OfferTypeBadge({ offerType }: { offerType: OfferType }) {
  const { t } = useTranslation();
  return (
    <Badge appearance="tint" color={offerColor[offerType]}>
      {t(`common.offerTypes.${offerType}`)}
    </Badge>
  );
}

/** Core or incremental benefit (MEM-3). */
export function BenefitTypeBadge({ benefitType }: { benefitType: BenefitType }) {
  const { t } = useTranslation();
  return (
    <Badge appearance={benefitType === 'core' ? 'filled' : 'outline'} color="brand">
      {t(`common.benefitTypes.${benefitType}`)}
    </Badge>
  );
}

export type Status = ActivationStatus | GtmStatus;

const statusColor: Record<Status, BadgeProps['color']> = {
  not_activated: 'subtle',
  available: 'informative',
  pending: 'warning',
  active: 'success',
  expired: 'danger',
};

/** A lifecycle state; the caller passes the translated label because its wording differs per module. */
export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return (
    <Badge appearance="tint" color={statusColor[status]} data-status={status}>
      {label}
    </Badge>
  );
}
