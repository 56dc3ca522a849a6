import type { Translation } from '../translation.js';
import type { enUS } from './en-US.js';

/** Simplified Chinese, worded as the zh-CN edition of the seed page; the keys of en-US.ts exactly. */
export const zhCN = {
  gtm: {
    title: '市场推广',
    type: '权益名称',
    expires: '过期',
    types: { silver_core: '银级核心', gold_core: '金级核心', isv_cosell_ready: 'ISV 联合销售就绪' },
    statuses: { available: '可用', pending: '待处理', active: '有效', expired: '已过期' },
  },
  shell: {
    moduleNames: { gtm: '市场推广' },
  },
} satisfies Translation<typeof enUS>;
