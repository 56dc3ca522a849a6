// Every locale's parts and merged messages at once: for the i18n tests, component tests and the dev
// harness (`createI18n(locale, messages)`), which render at once without fetching a locale. The
// shell fetches only the locale it shows (`createI18n(locale)`, index.ts).
import type { RefusalReason } from '@pbc/contract';
import { enUSParts } from './en-US.js';
import { mergeParts } from './merge.js';
import { zhCNParts } from './zh-CN.js';

export const parts = { 'en-US': enUSParts, 'zh-CN': zhCNParts } as const;

/** Each locale's messages, every part merged. */
export const messages = {
  'en-US': mergeParts(Object.values(enUSParts)),
  'zh-CN': mergeParts(Object.values(zhCNParts)),
} as const;

type ReasonsOf<Part> = Part extends { errors: { reasons: infer Reasons } } ? keyof Reasons : never;
/** Every reason some part translates (the zh-CN parts have the en-US parts' keys, `Translation`). */
type TranslatedReasons = { [P in keyof typeof enUSParts]: ReasonsOf<(typeof enUSParts)[P]> }[keyof typeof enUSParts];
type Untranslated = Exclude<RefusalReason, TranslatedReasons>;
/** A refusal reason of the contract without a message fails the type check here, naming it. */
export const everyRefusalTranslated: [Untranslated] extends [never] ? true : Untranslated = true;
