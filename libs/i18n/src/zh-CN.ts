// The zh-CN messages of every part: a chunk of its own, fetched only by a page shown in zh-CN.
import type { enUSParts } from './en-US.js';
import { zhCN as azureCloudZhCN } from './azure-cloud/zh-CN.js';
import { zhCN as commonZhCN } from './common/zh-CN.js';
import { zhCN as gtmZhCN } from './gtm/zh-CN.js';
import { zhCN as shellZhCN } from './shell/zh-CN.js';
import { zhCN as softwareZhCN } from './software/zh-CN.js';
import { zhCN as technicalZhCN } from './technical/zh-CN.js';
import { zhCN as visualStudioZhCN } from './visual-studio/zh-CN.js';

/** The same parts in zh-CN (each `satisfies Translation<…>` of its en-US part). */
export const zhCNParts = {
  common: commonZhCN,
  shell: shellZhCN,
  software: softwareZhCN,
  'azure-cloud': azureCloudZhCN,
  'visual-studio': visualStudioZhCN,
  technical: technicalZhCN,
  gtm: gtmZhCN,
} as const satisfies Record<keyof typeof enUSParts, object>;
