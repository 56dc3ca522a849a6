// VS-6, X-5: a seat's new holder is told it is theirs and where they manage it; a holder whose
// seat was reassigned is told it is no longer theirs.
import type { Locale } from '@pbc/contract';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../trpc/context.js';
import { localizedMail } from '../mail/localized.js';
import { enqueueMail } from '../mail/outbox.js';

/** VS-6: subscribers manage their subscription in the Visual Studio portal. */
export const subscriberPortal = 'https://my.visualstudio.com/';

interface SeatMail {
  name: string;
  edition: string;
  company: string;
}

const seatIsYours = localizedMail<SeatMail>({
  'en-US': ({ name, edition, company }) => ({
    subject: `Your ${edition} subscription is ready`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `${company} has assigned you a seat of ${edition}. The subscription is yours to use from today.`,
      'You manage your subscription, download software and get your keys in the Visual Studio subscriber portal, with this email address.',
    ],
    link: { label: 'Open the Visual Studio portal', href: subscriberPortal },
    signature: 'Partner Benefits Center',
  }),
  'zh-CN': ({ name, edition, company }) => ({
    subject: `你的 ${edition} 订阅已就绪`,
    greeting: `${name}，你好：`,
    paragraphs: [
      `${company} 已为你分配 ${edition} 的一个席位。从今天起你即可使用此订阅。`,
      '你可以使用此电子邮件地址在 Visual Studio 门户中管理订阅、下载软件和获取密钥。',
    ],
    link: { label: '打开 Visual Studio 门户', href: subscriberPortal },
    signature: '合作伙伴权益中心',
  }),
});

const seatNoLongerYours = localizedMail<SeatMail & { newHolder: string }>({
  'en-US': ({ name, edition, company, newHolder }) => ({
    subject: `Your ${edition} seat was reassigned`,
    greeting: `Hello ${name},`,
    paragraphs: [
      `${company} has reassigned your seat of ${edition} to ${newHolder}. The subscription is no longer available to you.`,
      'Ask a Global admin of your company if you still need it.',
    ],
    signature: 'Partner Benefits Center',
  }),
  'zh-CN': ({ name, edition, company, newHolder }) => ({
    subject: `你的 ${edition} 席位已重新分配`,
    greeting: `${name}，你好：`,
    paragraphs: [
      `${company} 已将你的 ${edition} 席位重新分配给 ${newHolder}。你将无法再使用此订阅。`,
      '如仍需使用，请联系你公司的全局管理员。',
    ],
    signature: '合作伙伴权益中心',
  }),
});

export interface SeatPerson {
  id: string;
  displayName: string;
  email: string;
  locale: Locale;
}

/** Tells `holder` the seat `seatId` of `edition` is theirs, in `tx`. */
export function tellNewHolder(
  tx: Db,
  clock: Clock,
  seat: { id: string; companyId: string; company: string; edition: string },
  holder: SeatPerson,
): Promise<string> {
  return enqueueMail(tx, clock, {
    companyId: seat.companyId,
    to: { name: holder.displayName, address: holder.email },
    locale: holder.locale,
    content: seatIsYours[holder.locale]({
      name: holder.displayName,
      edition: seat.edition,
      company: seat.company,
    }),
    topic: { type: 'vsSeat', id: seat.id },
  });
}

/** Tells the former holder of a reassigned seat, in `tx`. */
export function tellFormerHolder(
  tx: Db,
  clock: Clock,
  seat: { id: string; companyId: string; company: string; edition: string },
  former: SeatPerson,
  newHolder: string,
): Promise<string> {
  return enqueueMail(tx, clock, {
    companyId: seat.companyId,
    to: { name: former.displayName, address: former.email },
    locale: former.locale,
    content: seatNoLongerYours[former.locale]({
      name: former.displayName,
      edition: seat.edition,
      company: seat.company,
      newHolder,
    }),
    topic: { type: 'vsSeat', id: seat.id },
  });
}
