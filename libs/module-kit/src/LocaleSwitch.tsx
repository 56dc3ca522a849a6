import { Select } from '@pbc/ui';
import { isLocale, locales, useLocale } from '@pbc/i18n';

const localeNames = { 'en-US': 'English (United States)', 'zh-CN': '中文(简体)' } as const;

/** en-US ⇄ zh-CN; `onChange` lets the shell persist the choice. */
export function LocaleSwitch({ onChange }: { onChange?: (locale: (typeof locales)[number]) => void }) {
  const { t, locale, i18n } = useLocale();
  return (
    <Select
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={locale}
      onChange={(_, { value }) => {
        if (!isLocale(value)) return;
        void i18n.changeLanguage(value);
        onChange?.(value);
      }}
    >
      {locales.map((l) => (
        <option key={l} value={l} lang={l}>
          {localeNames[l]}
        </option>
      ))}
    </Select>
  );
}
