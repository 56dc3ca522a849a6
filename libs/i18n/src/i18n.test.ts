import { describe, expect, it } from 'vitest';
import { messages, parts } from './catalogs.js';
import {
  createI18n,
  fieldIssueMessage,
  formatBytes,
  formatDate,
  formatList,
  formatMoney,
} from './index.js';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

/** en-US's `key_one` plural forms: Chinese has one form, so zh-CN has `key_other` only. */
const withoutSingular = (all: string[]) => all.filter((key) => !key.endsWith('_one'));

/** The one resource i18next holds for `locale`: every part merged. */
const catalog = (locale: 'en-US' | 'zh-CN') =>
  createI18n(locale, messages).getResourceBundle(locale, 'translation') as object;

describe('i18n (X-1)', () => {
  it('the en-US and zh-CN catalogs have the same keys', () => {
    expect(keys(catalog('zh-CN')).sort()).toEqual(withoutSingular(keys(catalog('en-US'))).sort());
  });

  it.each(Object.keys(parts['en-US']))(
    'the zh-CN messages of %s have the keys of its en-US ones',
    (name) => {
      const part = name as keyof (typeof parts)['en-US'];
      expect(keys(parts['zh-CN'][part]).sort()).toEqual(
        withoutSingular(keys(parts['en-US'][part])).sort(),
      );
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
    const i18n = createI18n('en-US', messages);
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

  it('without messages given, fetches the locale it shows, and the other one when switched to', async () => {
    const i18n = createI18n('en-US');
    await i18n.loadLanguages('en-US');
    expect(i18n.t('common.benefits')).toBe('Benefits');
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(false);
    await i18n.changeLanguage('zh-CN');
    expect(i18n.t('common.benefits')).toBe('权益');
    expect(i18n.getResourceBundle('zh-CN', 'translation')).toEqual(messages['zh-CN']);
  });

  it('translates with the seed wording in zh-CN', () => {
    const i18n = createI18n('zh-CN', messages);
    expect(i18n.t('common.benefits')).toBe('权益');
    expect(i18n.t('software.getKeys')).toBe('获取密钥');
  });

  it('counts with a noun take the plural the number needs, in both languages', () => {
    const en = createI18n('en-US', messages);
    const zh = createI18n('zh-CN', messages);
    expect(en.t('shell.overviewCounts', { count: 0 })).toBe('0 benefits');
    expect(en.t('shell.overviewCounts', { count: 1 })).toBe('1 benefit');
    expect(en.t('shell.overviewCounts', { count: 7 })).toBe('7 benefits');
    expect(en.t('technical.units.incidents', { count: 1 })).toBe('1 incident');
    expect(en.t('packages.refundableFor', { count: 1, date: 'Dec 31' })).toBe(
      'Refundable for 1 more day, until Dec 31',
    );
    expect(
      en.t('azureCloud.redemption', {
        last: 'DEMO1',
        product: 'Office',
        seats: 1,
        count: 1,
        date: 'x',
      }),
    ).toBe('Key ending in DEMO1: Office, 1 seat, redeemed on x');
    expect(en.t('azureCloud.monthsRemaining', { months: '11.5', count: 11.5 })).toBe(
      'After redeeming, 11.5 months of subscription remain.',
    );
    expect(zh.t('shell.overviewCounts', { count: 1 })).toBe('1 项权益');
    expect(zh.t('technical.units.hours', { count: 1 })).toBe('1 小时');
  });

  it('joins names as the language does (ROLE-7 roles and admins to ask)', () => {
    expect(formatList(['Global admin', 'MPN partner admin'], 'en-US', 'or')).toBe(
      'Global admin or MPN partner admin',
    );
    expect(formatList(['A', 'B', 'C'], 'en-US')).toBe('A, B, and C');
    expect(formatList(['全局管理员', 'MPN 合作伙伴管理员'], 'zh-CN', 'or')).toBe(
      '全局管理员或MPN 合作伙伴管理员',
    );
    expect(formatList(['甲', '乙', '丙'], 'zh-CN')).toBe('甲、乙和丙');
  });

  it("X-3 words every field issue with its limit, never with zod's English text", () => {
    const en = createI18n('en-US', messages);
    const zh = createI18n('zh-CN', messages);
    const tooLong = { code: 'too_big', origin: 'string', maximum: 100 };
    expect(fieldIssueMessage(en.t, tooLong)).toBe('Use at most 100 characters.');
    expect(fieldIssueMessage(zh.t, tooLong)).toBe('最多可输入 100 个字符。');
    expect(fieldIssueMessage(en.t, { code: 'too_small', origin: 'string', minimum: 1 })).toBe(
      'Fill in this field.',
    );
    expect(fieldIssueMessage(en.t, { code: 'too_big', origin: 'array', maximum: 500 })).toBe(
      'Enter at most 500 entries.',
    );
    expect(fieldIssueMessage(en.t, { code: 'too_big', origin: 'number', maximum: 500 })).toBe(
      'Enter 500 or less.',
    );
    expect(fieldIssueMessage(zh.t, { code: 'too_small', origin: 'number', minimum: 1 })).toBe(
      '请输入不小于 1 的值。',
    );
    expect(fieldIssueMessage(en.t, { code: 'invalid_format', format: 'email' })).toBe(
      'Enter an email address such as name@example.com.',
    );
    expect(fieldIssueMessage(en.t, { code: 'invalid_value' })).toBe('Choose one of the options.');
    expect(fieldIssueMessage(zh.t, { code: 'refused', reason: 'EMAIL_IN_DIRECTORY' })).toBe(
      '目录中已有使用此电子邮件地址的用户。',
    );
    expect(fieldIssueMessage(en.t, { code: 'not_found' })).toBe(
      'This no longer exists: choose another.',
    );
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
