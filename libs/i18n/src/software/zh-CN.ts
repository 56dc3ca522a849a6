import type { Translation } from '../translation.js';
import type { enUS } from './en-US.js';

/** Simplified Chinese, worded as the zh-CN edition of the seed page; the keys of en-US.ts exactly. */
export const zhCN = {
  software: {
    title: '软件',
    intro: '你的产品/服务所含的软件权益。展开产品以获取其密钥并下载软件安装包。',
    product: '产品',
    getKeys: '获取密钥',
    keys: '产品许可密钥',
    keyKinds: { retail: '零售', mak: 'MAK（多次激活）', static: '静态（已预先应用）' },
    activations: '已使用 {{used}} 次激活，共 {{allowed}} 次',
    activationsLeft: '剩余 {{count}} 次',
    keysTitle: '{{product}} 的产品许可密钥',
    keysAgain: '这些密钥已显示过。请再次选择“获取密钥”以查看。',
    key: '密钥',
    specialInstructions: '特殊说明',
    downloads: '软件安装包',
    language: '语言',
    os: '操作系统 (OS) 类型',
    oses: { x64: '64 位 (x64)', x86: '32 位 (x86)', arm64: 'ARM64' },
    file: '文件',
    size: '大小',
    checksum: 'SHA-256 校验和',
    noDownloads: '此产品没有可下载的软件安装包。',
  },
  errors: {
    reasons: {
      MAK_ACTIVATIONS_EXHAUSTED: '此 MAK 密钥的激活次数已全部用完，不会再授予更多激活次数。',
    },
  },
  audit: {
    actions: {
      software: { revealKeys: '查看了产品密钥', savePreferences: '保存了下载选项' },
    },
    targets: { software_benefit: '软件' },
  },
  shell: {
    moduleNames: { software: '软件' },
  },
} satisfies Translation<typeof enUS>;
