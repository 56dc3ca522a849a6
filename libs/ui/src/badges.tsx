import { Badge, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { ActivationStatus, BenefitType, GtmStatus, OfferType } from '@pbc/contract';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  // Fluent's badge is one 20 px line; in a narrow table column its label wraps and would spill
  // out of the pill, so the pill grows with it.
  label: {
    height: 'auto',
    minHeight: '20px',
    paddingBlock: tokens.spacingVerticalXXS,
    textAlign: 'center',
  },
});

const offerColor: Record<OfferType, BadgeProps['color']> = {
  action_pack: 'brand',
  silver: 'informative',
  gold: 'warning',
};

/** Action Pack / Silver / Gold (MEM-3). */
export function OfferTypeBadge({ offerType }: { offerType: OfferType }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={offerColor[offerType]} className={styles.label}>
      {t(`common.offerTypes.${offerType}`)}
    </Badge>
  );
}

/** Core or incremental benefit (MEM-3). */
export function BenefitTypeBadge({ benefitType }: { benefitType: BenefitType }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Badge
      appearance={benefitType === 'core' ? 'filled' : 'outline'}
      color="brand"
      className={styles.label}
    >
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
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      color={statusColor[status]}
      data-status={status}
      className={styles.label}
    >
      {label}
    </Badge>
  );
}
