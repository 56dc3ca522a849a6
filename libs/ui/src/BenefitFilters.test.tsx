import { describe, expect, it } from 'vitest';
import { filterBenefits, noBenefitFilter } from './BenefitFilters.js';

const rows = [
  { id: 'a', product: 'SQL Server 2019 Standard', offerType: 'silver', benefitType: 'incremental' },
  { id: 'b', product: 'SQL Server 2019 Enterprise', offerType: 'gold', benefitType: 'core' },
  { id: 'c', product: 'Visio Professional 2019', offerType: 'gold', benefitType: 'core' },
] as const;
const ids = (filter: Partial<typeof noBenefitFilter>) =>
  filterBenefits(rows, { ...noBenefitFilter, ...filter }, (row) => row.product).map((r) => r.id);

describe('benefit list filter (SW-1, MEM-3)', () => {
  it('keeps every row without a filter', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('matches the text case-insensitively and ignores surrounding spaces', () => {
    expect(ids({ text: '  sql server ' })).toEqual(['a', 'b']);
  });

  it('narrows by offer type and benefit type together with the text', () => {
    expect(ids({ offerType: 'gold' })).toEqual(['b', 'c']);
    expect(ids({ benefitType: 'incremental' })).toEqual(['a']);
    expect(ids({ text: 'sql', offerType: 'gold', benefitType: 'core' })).toEqual(['b']);
  });

  it('a row without an offer type matches no offer type, but still the text', () => {
    const offers = [{ id: 'x', name: 'Gold Core' }];
    expect(
      filterBenefits(offers, { ...noBenefitFilter, offerType: 'gold' }, (r) => r.name),
    ).toEqual([]);
    expect(filterBenefits(offers, { ...noBenefitFilter, text: 'core' }, (r) => r.name)).toEqual(
      offers,
    );
  });
});
