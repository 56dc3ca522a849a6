// The en-US messages of every part: a chunk of its own, fetched only by a page shown in en-US.
import { enUS as azureCloudEnUS } from './azure-cloud/en-US.js';
import { enUS as commonEnUS } from './common/en-US.js';
import { enUS as gtmEnUS } from './gtm/en-US.js';
import { enUS as shellEnUS } from './shell/en-US.js';
import { enUS as softwareEnUS } from './software/en-US.js';
import { enUS as technicalEnUS } from './technical/en-US.js';
import { enUS as visualStudioEnUS } from './visual-studio/en-US.js';

/**
 * Every part's messages. A benefit module's part is the folder named as its remote's
 * (`apps/<module>`); `shell` holds the shell's own pages, `common` what every part shows. A module
 * also adds its own entries to the lists other parts show (`errors.reasons`, `audit.actions`,
 * `audit.targets`, `shell.moduleNames`), so a new module is a new folder and a line in each locale.
 * `createI18n` merges them key by key; i18n.test.ts checks that no key has two homes.
 */
export const enUSParts = {
  common: commonEnUS,
  shell: shellEnUS,
  software: softwareEnUS,
  'azure-cloud': azureCloudEnUS,
  'visual-studio': visualStudioEnUS,
  technical: technicalEnUS,
  gtm: gtmEnUS,
} as const;
