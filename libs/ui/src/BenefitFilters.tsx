import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { BenefitType, OfferType } from '@pbc/contract';
import { useTranslation } from 'react-i18next';

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

const all = '';
// Type-only contract imports keep zod out of the shared ui bundle.
const offerTypes: readonly OfferType[] = ['action_pack', 'silver', 'gold'];
const benefitTypes: readonly BenefitType[] = ['core', 'incremental'];
const pick = <T extends string>(options: readonly T[], value: string): T | null =>
  options.find((option) => option === value) ?? null;

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
      <Field label={t('common.offerType')}>
        <Select
          value={value.offerType ?? all}
          onChange={(_, d) => onChange({ ...value, offerType: pick(offerTypes, d.value) })}
        >
          <option value={all}>{t('common.all')}</option>
          {offerTypes.map((offer) => (
            <option key={offer} value={offer}>
              {t(`common.offerTypes.${offer}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('common.benefitType')}>
        <Select
          value={value.benefitType ?? all}
          onChange={(_, d) => onChange({ ...value, benefitType: pick(benefitTypes, d.value) })}
        >
          <option value={all}>{t('common.all')}</option>
          {benefitTypes.map((type) => (
            <option key={type} value={type}>
              {t(`common.benefitTypes.${type}`)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
