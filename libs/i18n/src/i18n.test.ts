import { describe, expect, it } from 'vitest';
import { catalogs, createI18n, formatBytes, formatDate, formatMoney } from './index.js';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n (X-1)', () => {
  it('the en-US and zh-CN catalogs have the same keys', () => {
    expect(keys(catalogs['zh-CN']).sort()).toEqual(keys(catalogs['en-US']).sort());
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
