import { describe, expect, it } from 'vitest';
import { parts } from './catalogs.js';
import { createI18n, formatBytes, formatDate, formatMoney } from './index.js';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** The one resource i18next holds for `locale`: every part merged. */
const catalog = (locale: 'en-US' | 'zh-CN') =>
  createI18n(locale).getResourceBundle(locale, 'translation') as object;

describe('i18n (X-1)', () => {
  it('the en-US and zh-CN catalogs have the same keys', () => {
    expect(keys(catalog('zh-CN')).sort()).toEqual(keys(catalog('en-US')).sort());
  });

  it.each(Object.keys(parts['en-US']))(
    'the zh-CN messages of %s have the keys of its en-US ones',
    (name) => {
      const part = name as keyof (typeof parts)['en-US'];
      expect(keys(parts['zh-CN'][part]).sort()).toEqual(keys(parts['en-US'][part]).sort());
    },
  );

  it.each(['en-US', 'zh-CN'] as const)(
    'holds every message of every part in %s, none defined by two parts',
    (locale) => {
      const partKeys = Object.values(parts[locale]).flatMap((part) => keys(part));
      expect(new Set(partKeys).size).toBe(partKeys.length);
      expect(keys(catalog(locale)).sort()).toEqual(partKeys.sort());
    },
  );

  it('a module adds its entries to the lists other parts show', () => {
    const i18n = createI18n('en-US');
    expect(i18n.t('errors.reasons.SEAT_LOCKED')).toBe(
      'A seat can be reassigned only 90 days after its original assignment.',
    );
    expect(i18n.t('errors.reasons.PMC_NOT_MIGRATED')).toBe(
      'Your membership is still managed in Partner Membership Center.',
    );
    expect(i18n.t('audit.actions.software.revealKeys')).toBe('Revealed product keys');
    expect(i18n.t('audit.actions.directory.add')).toBe('Added a user');
    expect(i18n.t('shell.moduleNames.visual-studio')).toBe('Visual Studio subscriptions');
  });

  it('translates with the seed wording in zh-CN', () => {
    const i18n = createI18n('zh-CN');
    expect(i18n.t('common.benefits')).toBe('权益');
    expect(i18n.t('software.getKeys')).toBe('获取密钥');
  });

  it('formats money from minor units in the user locale', () => {
    expect(formatMoney({ amountMinor: 600_000, currency: 'USD' }, 'en-US')).toBe('$6,000.00');
    expect(formatMoney({ amountMinor: 600_000, currency: 'USD' }, 'zh-CN')).toBe('US$6,000.00');
    expect(formatMoney({ amountMinor: 1_000, currency: 'JPY' }, 'en-US')).toBe('¥1,000');
  });

  it('formats calendar dates without shifting a day', () => {
    expect(formatDate('2026-12-31', 'en-US')).toBe('Dec 31, 2026');
    expect(formatDate('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
  });

  it('formats file sizes in binary units (SW-3 download list)', () => {
    expect(formatBytes(512, 'en-US')).toBe('512 byte');
    expect(formatBytes(5_268_090_880, 'en-US')).toBe('4.9 GB');
    expect(formatBytes(1_572_864, 'zh-CN')).toBe('1.5 MB');
  });
});
