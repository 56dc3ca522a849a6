import type { Translation } from '../translation.js';
import type { enUS } from './en-US.js';

/** Simplified Chinese, worded as the zh-CN edition of the seed page; the keys of en-US.ts exactly. */
export const zhCN = {
  technical: {
    title: '技术权益',
    name: '权益',
    units: { incidents: '每年 {{count}} 个事件', hours: '每年 {{count}} 小时' },
    unlimited: '无限制',
    statuses: { not_activated: '未激活', pending: '待处理', active: '有效' },
    activate: '激活',
  },
  shell: {
    moduleNames: { technical: '技术权益' },
  },
} satisfies Translation<typeof enUS>;
