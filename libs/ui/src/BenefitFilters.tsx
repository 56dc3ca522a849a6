import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { BenefitType, OfferType } from '@pbc/contract';
import { useTranslation } from 'react-i18next';
import { ChoiceField } from './ChoiceField.js';

/** What the filter bar above a benefit list narrows by: text, offer type and benefit type (MEM-3). */
export interface BenefitFilter {
  text: string;
  offerType: OfferType | null;
  benefitType: BenefitType | null;
}

export const noBenefitFilter: BenefitFilter = { text: '', offerType: null, benefitType: null };

/** Rows that match every part of `filter`; the text matches `textOf(row)` case-insensitively. */
export function filterBenefits<T extends object>(
  items: readonly T[],
  filter: BenefitFilter,
  textOf: (row: T) => string,
): T[] {
  const text = filter.text.trim().toLocaleLowerCase();
  return items.filter(
    (row) =>
      (!text || textOf(row).toLocaleLowerCase().includes(text)) &&
      (!filter.offerType || ('offerType' in row && row.offerType === filter.offerType)) &&
      (!filter.benefitType || ('benefitType' in row && row.benefitType === filter.benefitType)),
  );
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
});

// Type-only contract imports keep zod out of the shared ui bundle.
const offerTypes: readonly OfferType[] = ['action_pack', 'silver', 'gold'];
const benefitTypes: readonly BenefitType[] = ['core', 'incremental'];

export function BenefitFilters({
  value,
  onChange,
}: {
  value: BenefitFilter;
  onChange: (filter: BenefitFilter) => void;
}) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.bar} role="search">
      <Field label={t('common.search')}>
        <Input
          type="search"
          value={value.text}
          onChange={(_, d) => onChange({ ...value, text: d.value })}
        />
      </Field>
      <ChoiceField
        label={t('common.offerType')}
        value={value.offerType}
        options={offerTypes.map((offer) => [offer, t(`common.offerTypes.${offer}`)] as const)}
        onChange={(offerType) => onChange({ ...value, offerType })}
        noneLabel={t('common.all')}
      />
      <ChoiceField
        label={t('common.benefitType')}
        value={value.benefitType}
        options={benefitTypes.map((type) => [type, t(`common.benefitTypes.${type}`)] as const)}
        onChange={(benefitType) => onChange({ ...value, benefitType })}
        noneLabel={t('common.all')}
      />
    </div>
  );
}
