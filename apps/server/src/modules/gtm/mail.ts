// GTM-4, X-5: the offer's instructions, emailed to the marketing contact in their language. The
// server cannot read the UI's catalogs (@pbc/i18n is browser-side), so the names an email uses
// are here, worded as the UI's (libs/i18n/src/gtm) and the seed's zh-CN edition.
import type { GtmContent, GtmOfferType, Locale } from '@pbc/contract';
import { gtmOfferContents } from '@pbc/rules';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../trpc/context.js';
import { localizedMail } from '../mail/localized.js';
import { enqueueMail } from '../mail/outbox.js';

/** Where a partner finds its Go-To-Market resources. */
export const gtmPortal = 'https://partner.microsoft.com/marketing';

const names: Record<
  Locale,
  { types: Record<GtmOfferType, string>; contents: Record<GtmContent, string> }
> = {
  'en-US': {
    types: {
      silver_core: 'Silver Core',
      gold_core: 'Gold Core',
      isv_cosell_ready: 'ISV Co-sell ready',
    },
    contents: {
      marketing_assets: 'Ready-to-go marketing assets',
      sales_enablement: 'Sales-enablement platform',
      digital_marketing: 'On-demand digital marketing',
      business_profile: 'Business profile optimization',
      referral_management: 'Referral management',
      how_to_market: '"How to market with Microsoft"',
      cobranded_one_pager: 'Co-branded one-pager',
      cobranded_presentation: 'Co-branded presentation',
      cobranded_case_study: 'Co-branded case study',
      social_marketing: 'Social marketing',
      press_release: 'Press release with a Microsoft executive quote',
      cosell_incentive_offers: 'Co-sell incentive eligible offers',
    },
  },
  'zh-CN': {
    types: { silver_core: '银级核心', gold_core: '金级核心', isv_cosell_ready: 'ISV 联合销售就绪' },
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
  },
};

interface Instructions {
  name: string;
  company: string;
  offer: string;
  contents: string[];
  expiresOn: string;
}

const instructions = localizedMail<Instructions>({
  'en-US': ({ name, company, offer, contents, expiresOn }) => ({
    subject: `Your Go-To-Market offer ${offer} is active`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `You are the marketing contact of ${company}. The Go-To-Market offer ${offer} is now active and you can use it until ${expiresOn}.`,
      'It contains:',
    ],
    items: contents,
    link: { label: 'Start using your Go-To-Market resources', href: gtmPortal },
    signature: 'Partner Benefits Center',
  }),
  'zh-CN': ({ name, company, offer, contents, expiresOn }) => ({
    subject: `你的市场推广套餐“${offer}”已激活`,
    greeting: `${name}，你好：`,
    paragraphs: [
      `你是 ${company} 的营销联系人。市场推广套餐“${offer}”现已激活，在 ${expiresOn} 之前你一直都可以使用此套餐。`,
      '此套餐包含：',
    ],
    items: contents,
    link: { label: '开始使用市场推广资源', href: gtmPortal },
    signature: '合作伙伴权益中心',
  }),
});

/** Writes the instructions of an activated offer to its contact, in `tx` (GTM-4). */
export function sendInstructions(
  tx: Db,
  clock: Clock,
  offer: { id: string; companyId: string; company: string; type: GtmOfferType; expiresOn: string },
  contact: { name: string; email: string; locale: Locale },
): Promise<string> {
  const words = names[contact.locale];
  return enqueueMail(tx, clock, {
    companyId: offer.companyId,
    to: { name: contact.name, address: contact.email },
    locale: contact.locale,
    content: instructions[contact.locale]({
      name: contact.name,
      company: offer.company,
      offer: words.types[offer.type],
      contents: gtmOfferContents[offer.type].map((item) => words.contents[item]),
      expiresOn: new Intl.DateTimeFormat(contact.locale, {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${offer.expiresOn}T00:00:00Z`)),
    }),
    topic: { type: 'gtmOffer', id: offer.id },
  });
}
