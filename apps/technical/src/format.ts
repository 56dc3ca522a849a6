import type { TechnicalBenefit } from '@pbc/contract';
import type { TFunction } from 'i18next';

/** "20 incidents", "50 hours" or "Unlimited" (TECH-5: a null quantity or remainder is unlimited). */
export function amount(t: TFunction, unit: TechnicalBenefit['unit'], count: number | null): string {
  return count === null ? t('technical.unlimited') : t(`technical.units.${unit}`, { count });
}
