import type { Translation } from '../translation.js';
import type { enUS } from './en-US.js';

/** Simplified Chinese, worded as the zh-CN edition of the seed page; the keys of en-US.ts exactly. */
export const zhCN = {
  gtm: {
    title: '市场推广',
    intro:
      '通过 Microsoft 计划获得的与市场推广相关联的套餐。可用的套餐类型取决于具体的合作伙伴级别，以及你可能取得的任何资质。',
    type: '权益名称',
    expires: '过期',
    types: { silver_core: '银级核心', gold_core: '金级核心', isv_cosell_ready: 'ISV 联合销售就绪' },
    statuses: { available: '可用', pending: '待处理', active: '有效', expired: '已过期' },
    contentsTitle: '包含内容',
    contents: {
      marketing_assets: '即用型营销资产',
      sales_enablement: '销售支持平台',
      digital_marketing: '按需数字营销',
      business_profile: '业务资料优化',
      referral_management: '推荐管理',
      how_to_market: '“如何与 Microsoft 一起营销”',
      cobranded_one_pager: '联合品牌单页资料',
      cobranded_presentation: '联合品牌演示文稿',
      cobranded_case_study: '联合品牌案例研究',
      social_marketing: '社交营销',
      press_release: '附 Microsoft 高管引言的新闻稿',
      cosell_incentive_offers: '符合联合销售激励条件的产品/服务',
    },
    activate: '激活',
    activateWarningTitle: '激活此套餐后将无法退款',
    needContact: '必须先分配一个公司营销联系人：说明将通过电子邮件发送给此联系人。',
    pendingNote:
      '向指定的营销联系人发送电子邮件说明和激活市场推广套餐可能需要几天的时间。预计完成时间：{{date}}。',
    requestedAt: '请求激活时间',
    expectedBy: '预计完成时间',
    activatedAt: '激活时间',
    instructions: '说明邮件',
    instructionsTo: '发送至 {{to}}：{{status}}',
    contact: {
      title: '公司营销联系人',
      none: '尚未分配营销联系人。若要激活任何市场推广套餐或计划，必须先分配一个公司营销联系人。此联系人将收到有关现行市场推广套餐的跟进信件。',
      add: '添加',
      update: '更新',
      change: '更改',
      addTitle: '添加营销联系人',
      updateTitle: '更新营销联系人',
      changeTitle: '更改营销联系人',
      user: '用户',
      email: '电子邮件地址',
      emailHint:
        '不同于与公司合作伙伴中心帐户关联的电子邮件地址。我们将向此地址发送有关使用市场推广套餐的说明。',
      phone: '联系电话',
      phoneHint: '包含国际区号，例如 +86 10 6552 9988',
      language: '首选语言',
      languages: { 'en-US': '英语(美国)', 'zh-CN': '中文(简体)' },
      assign: '分配用户',
      notInList: '如果要分配的用户不在该列表中，可以',
      addUserLink: '在“帐户设置”中添加新用户',
    },
  },
  errors: {
    reasons: {
      NO_MARKETING_CONTACT: '必须先分配一个公司营销联系人：说明将通过电子邮件发送给此联系人。',
      CONTACT_EMAIL_IS_ACCOUNT_EMAIL: '请提供一个不同于与公司合作伙伴中心帐户关联的电子邮件地址。',
      OFFER_NOT_AVAILABLE: '此套餐已激活或正在激活。',
    },
  },
  audit: {
    actions: {
      gtm: {
        addContact: '添加了营销联系人',
        updateContact: '更新了营销联系人',
        changeContact: '更改了营销联系人',
        activate: '请求激活市场推广套餐',
        activated: '激活了市场推广套餐',
      },
    },
    targets: { marketingContact: '营销联系人', gtmOffer: '市场推广套餐' },
  },
  shell: {
    moduleNames: { gtm: '市场推广' },
  },
} satisfies Translation<typeof enUS>;
