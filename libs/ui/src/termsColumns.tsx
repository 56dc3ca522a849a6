import type { BenefitType, Locale, OfferType } from '@pbc/contract';
import { formatDate } from '@pbc/i18n';
import type { TFunction } from 'i18next';
import { BenefitTypeBadge, OfferTypeBadge } from './badges.js';
import type { TableColumn } from './DataTable.js';

interface Terms {
  offerType: OfferType;
  benefitType: BenefitType;
  expiresOn: string;
}

/** Offer type, benefit type and expiry: the columns every benefit row carries (MEM-3). */
export function termsColumns<T extends Terms>(t: TFunction, locale: Locale): TableColumn<T>[] {
  return [
    {
      id: 'offerType',
      header: t('common.offerType'),
      render: (row) => <OfferTypeBadge offerType={row.offerType} />,
      sortValue: (row) => row.offerType,
    },
    {
      id: 'benefitType',
      header: t('common.benefitType'),
      render: (row) => <BenefitTypeBadge benefitType={row.benefitType} />,
      sortValue: (row) => row.benefitType,
    },
    {
      id: 'expiresOn',
      header: t('common.expiresOn'),
      render: (row) => formatDate(row.expiresOn, locale),
      sortValue: (row) => row.expiresOn,
    },
  ];
}
