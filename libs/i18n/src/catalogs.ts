import type { Locale } from '@pbc/contract';
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
import type { Translation } from './translation.js';
import { enUS as visualStudioEnUS } from './visual-studio/en-US.js';
import { zhCN as visualStudioZhCN } from './visual-studio/zh-CN.js';

/**
 * Every part's messages, by locale. A benefit module's part is the folder named as its remote's
 * (`apps/<module>`); `shell` holds the shell's own pages, `common` what every part shows. A module
 * also adds its own entries to the lists other parts show (`errors.reasons`, `audit.actions`,
 * `audit.targets`, `shell.moduleNames`), so a new module is a new folder and one line here.
 */
export const parts = {
  common: { 'en-US': commonEnUS, 'zh-CN': commonZhCN },
  shell: { 'en-US': shellEnUS, 'zh-CN': shellZhCN },
  software: { 'en-US': softwareEnUS, 'zh-CN': softwareZhCN },
  'azure-cloud': { 'en-US': azureCloudEnUS, 'zh-CN': azureCloudZhCN },
  'visual-studio': { 'en-US': visualStudioEnUS, 'zh-CN': visualStudioZhCN },
  technical: { 'en-US': technicalEnUS, 'zh-CN': technicalZhCN },
  gtm: { 'en-US': gtmEnUS, 'zh-CN': gtmZhCN },
} as const satisfies Record<string, Record<Locale, object>>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
type Parts = typeof parts;
/** The shape every locale's catalog has: the en-US parts together. */
export type Messages = Translation<UnionToIntersection<Parts[keyof Parts]['en-US']>>;

type Tree = { readonly [key: string]: string | Tree };

/** The parts' messages merged key by key; a key two parts define throws, so no part silently wins. */
export function mergeParts(catalogs: readonly Tree[], path = ''): Tree {
  const merged: Record<string, string | Tree> = {};
  for (const catalog of catalogs) {
    for (const [key, value] of Object.entries(catalog)) {
      const before = merged[key];
      if (before === undefined) merged[key] = value;
      else if (typeof before === 'object' && typeof value === 'object')
        merged[key] = mergeParts([before, value], `${path}${key}.`);
      else throw new Error(`The message ${path}${key} is defined by two parts.`);
    }
  }
  return merged;
}

const merge = (locale: Locale) =>
  // Each zh-CN part has the keys of its en-US part (`satisfies Translation<…>`), so the merged
  // catalogs of both locales have the keys of the merged en-US parts.
  mergeParts(Object.values(parts).map((part) => part[locale])) as Messages;

/** One catalog per locale, the resource i18next loads. */
export const catalogs: Record<Locale, Messages> = {
  'en-US': merge('en-US'),
  'zh-CN': merge('zh-CN'),
};
