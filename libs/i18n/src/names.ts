import type { TFunction } from 'i18next';

/**
 * MEM-2: a competency area's name in the user's language. Stored areas are the contract's English
 * names; one the catalog does not know (older data) is shown as stored.
 */
export function competencyName(t: TFunction, area: string): string {
  return t(`common.competencies.${area}`, { defaultValue: area });
}
