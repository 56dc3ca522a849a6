import type { RefusalReason } from '@pbc/contract';
import { enUS as azureCloudEnUS } from './azure-cloud/en-US.js';
import { zhCN as azureCloudZhCN } from './azure-cloud/zh-CN.js';
import { enUS as commonEnUS } from './common/en-US.js';
import { zhCN as commonZhCN } from './common/zh-CN.js';
import { enUS as gtmEnUS } from './gtm/en-US.js';
import { zhCN as gtmZhCN } from './gtm/zh-CN.js';
import { enUS as shellEnUS } from './shell/en-US.js';
import { zhCN as shellZhCN } from './shell/zh-CN.js';
import { enUS as softwareEnUS } from './software/en-US.js';
import { zhCN as softwareZhCN } from './software/zh-CN.js';
import { enUS as technicalEnUS } from './technical/en-US.js';
import { zhCN as technicalZhCN } from './technical/zh-CN.js';
import { enUS as visualStudioEnUS } from './visual-studio/en-US.js';
import { zhCN as visualStudioZhCN } from './visual-studio/zh-CN.js';

/**
 * Every part's messages. A benefit module's part is the folder named as its remote's
 * (`apps/<module>`); `shell` holds the shell's own pages, `common` what every part shows. A module
 * also adds its own entries to the lists other parts show (`errors.reasons`, `audit.actions`,
 * `audit.targets`, `shell.moduleNames`), so a new module is a new folder and a line in each locale.
 * `createI18n` merges them key by key; i18n.test.ts checks that no key has two homes.
 */
const enUSParts = {
  common: commonEnUS,
  shell: shellEnUS,
  software: softwareEnUS,
  'azure-cloud': azureCloudEnUS,
  'visual-studio': visualStudioEnUS,
  technical: technicalEnUS,
  gtm: gtmEnUS,
} as const;
/**
 * The same parts in zh-CN (each `satisfies Translation<…>` of its en-US part). One object per
 * locale, not one per part: the bundler inlines them in this order, and English text next to
 * English compresses better (0.2 kB gzipped on the first screen).
 */
const zhCNParts = {
  common: commonZhCN,
  shell: shellZhCN,
  software: softwareZhCN,
  'azure-cloud': azureCloudZhCN,
  'visual-studio': visualStudioZhCN,
  technical: technicalZhCN,
  gtm: gtmZhCN,
} as const satisfies Record<keyof typeof enUSParts, object>;

export const parts = { 'en-US': enUSParts, 'zh-CN': zhCNParts } as const;

type ReasonsOf<Part> = Part extends { errors: { reasons: infer Reasons } } ? keyof Reasons : never;
/** Every reason some part translates (the zh-CN parts have the en-US parts' keys, `Translation`). */
type TranslatedReasons = { [P in keyof typeof enUSParts]: ReasonsOf<(typeof enUSParts)[P]> }[keyof typeof enUSParts];
type Untranslated = Exclude<RefusalReason, TranslatedReasons>;
/** A refusal reason of the contract without a message fails the type check here, naming it. */
export const everyRefusalTranslated: [Untranslated] extends [never] ? true : Untranslated = true;
