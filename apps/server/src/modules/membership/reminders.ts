// X-5 reminders, by a durable periodic job (not a timer in one process): the sweep finds what is
// due today by the server's clock (MEM-6 renewal 15 days before and 23 days after the
// anniversary; benefits still unused 120, 30 and 7 days before expiry, company settings), claims
// each with INSERT … ON CONFLICT DO NOTHING and writes the Global admins' email to the outbox in
// the same transaction. Two sweeps at once (two server instances) send each reminder once; a
// sweep that dies before its commit leaves nothing claimed, so the next one sends it.
import {
  benefitModules,
  type BenefitModuleKey,
  type Locale,
  type LocalizedText,
  type OfferType,
  type ReminderSettings,
} from '@pbc/contract';
import {
  checkReminderDays,
  daysBetween,
  defaultUnusedReminderDays,
  dueRenewalReminder,
  dueUnusedReminder,
  isoDay,
  renewalWindow,
} from '@pbc/rules';
import { and, asc, eq, gte, isNull, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { refused } from '../../errors.js';
import { defineJob, enqueue } from '../../jobs/queue.js';
import type { Clock } from '../../trpc/context.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { companies, users } from '../identity/schema.js';
import { localizedMail } from '../mail/localized.js';
import { enqueueMail } from '../mail/outbox.js';
import { benefitAreas } from './provisioning.js';
import { benefitPackages, membershipOffers, reminderSettings, sentReminders } from './schema.js';

/** How often the sweep runs, by the server's clock. */
export const sweepEveryMs = 6 * 60 * 60 * 1000;
const defaultAppUrl = 'http://127.0.0.1:3000';

export async function getReminderSettings(db: Db, companyId: string): Promise<ReminderSettings> {
  const [row] = await db
    .select({ unusedReminderDays: reminderSettings.unusedReminderDays })
    .from(reminderSettings)
    .where(eq(reminderSettings.companyId, companyId));
  return { unusedReminderDays: row?.unusedReminderDays ?? [...defaultUnusedReminderDays] };
}

/** a Global admin sets the days before expiry at which unused benefits are reminded of. */
export async function updateReminderSettings(
  tx: Db,
  ctx: ActorContext,
  input: ReminderSettings,
): Promise<ReminderSettings> {
  const days = [...input.unusedReminderDays].sort((a, b) => b - a);
  const check = checkReminderDays(days);
  if (!check.allowed) throw refused(check.reason, { field: 'unusedReminderDays' });
  const { companyId } = ctx.session;
  const before = await getReminderSettings(tx, companyId);
  const now = ctx.clock.now();
  await tx
    .insert(reminderSettings)
    .values({ companyId, unusedReminderDays: days, updatedAt: now })
    .onConflictDoUpdate({
      target: reminderSettings.companyId,
      set: { unusedReminderDays: days, updatedAt: now },
    });
  const after = { unusedReminderDays: days };
  await recordAudit(tx, ctx, {
    action: 'membership.reminderSettings',
    targetType: 'company',
    targetId: companyId,
    before,
    after,
  });
  return after;
}

/** One line of a reminder: what it is about and the page that acts on it. */
type DueItem =
  | {
      kind: 'renewal';
      subjectId: string;
      threshold: number;
      dueFor: string;
      offerType: OfferType;
      competencyArea: string | null;
    }
  | {
      kind: 'unused';
      subjectId: string;
      threshold: number;
      dueFor: string;
      name: LocalizedText;
      offerType: OfferType;
      module: BenefitModuleKey;
    };

const offerWords = {
  'en-US': { action_pack: 'Action Pack', silver: 'Silver', gold: 'Gold' },
  'zh-CN': { action_pack: 'Action Pack', silver: '银牌', gold: '金牌' },
} satisfies Record<Locale, Record<OfferType, string>>;

const longDate = (day: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const pageOf = (appUrl: string, item: DueItem) =>
  `${appUrl}/benefits/${item.kind === 'renewal' ? 'packages' : item.module}`;

interface ReminderMail {
  name: string;
  company: string;
  items: { text: string; href: string }[];
  packagesUrl: string;
}

const reminderMail = localizedMail<ReminderMail>({
  'en-US': ({ name, company, items, packagesUrl }) => ({
    subject: `${company}: benefits that need your attention`,
    greeting: `Hello ${name},`,
    paragraphs: [
      'These benefits of your company need action soon. Each line links to the page where you act on it.',
    ],
    items,
    link: { label: 'Open Packages', href: packagesUrl },
    signature: 'Partner Benefits Center',
  }),
  'zh-CN': ({ name, company, items, packagesUrl }) => ({
    subject: `${company}：需要你关注的权益`,
    greeting: `${name}，你好：`,
    paragraphs: ['你公司的以下权益需要尽快处理。每一行都链接到可处理它的页面。'],
    items,
    link: { label: '打开套餐', href: packagesUrl },
    signature: '合作伙伴权益中心',
  }),
});

function itemText(item: DueItem, locale: Locale, today: string): string {
  const zh = locale === 'zh-CN';
  if (item.kind === 'renewal') {
    const offer = [offerWords[locale][item.offerType], item.competencyArea]
      .filter(Boolean)
      .join(' ');
    const { opensOn, closesOn } = renewalWindow(item.dueFor);
    return item.threshold < 0
      ? zh
        ? `${offer}：周年日为 ${longDate(item.dueFor, locale)}，请在 ${longDate(opensOn, locale)} 至 ${longDate(closesOn, locale)} 期间续订`
        : `${offer}: anniversary ${longDate(item.dueFor, locale)}; renew between ${longDate(opensOn, locale)} and ${longDate(closesOn, locale)}`
      : zh
        ? `${offer}：尚未续订，续订窗口于 ${longDate(closesOn, locale)} 关闭，之后其权益将失效`
        : `${offer}: not renewed yet; the renewal window closes on ${longDate(closesOn, locale)}, then its benefits lapse`;
  }
  const area = benefitModules.find((m) => m.id === item.module)!.navLabel[locale];
  const offer = offerWords[locale][item.offerType];
  const left = daysBetween(today, item.dueFor);
  return zh
    ? `${item.name[locale]}（${offer}，${area}）：尚未使用，将于 ${longDate(item.dueFor, locale)} 到期（还剩 ${left} 天）`
    : `${item.name[locale]} (${offer}, ${area}): still unused, expires on ${longDate(item.dueFor, locale)}, in ${left} days`;
}

/** What is due for `companyId` on `today` (claimed or not). */
async function dueItems(db: Db, companyId: string, today: string): Promise<DueItem[]> {
  const offers = await db
    .select({
      id: membershipOffers.id,
      offerType: membershipOffers.offerType,
      competencyArea: membershipOffers.competencyArea,
      anniversary: membershipOffers.anniversary,
    })
    .from(membershipOffers)
    .innerJoin(benefitPackages, eq(benefitPackages.offerId, membershipOffers.id))
    .where(
      and(
        eq(membershipOffers.companyId, companyId),
        isNull(membershipOffers.endedOn),
        ne(benefitPackages.status, 'cancelled'),
      ),
    )
    .orderBy(asc(membershipOffers.anniversary), asc(membershipOffers.id));
  const items: DueItem[] = [];
  for (const offer of offers) {
    const due = dueRenewalReminder(offer.anniversary, today);
    if (due)
      items.push({
        kind: 'renewal',
        subjectId: offer.id,
        threshold: due.offsetDays,
        dueFor: offer.anniversary,
        offerType: offer.offerType,
        competencyArea: offer.competencyArea,
      });
  }
  const { unusedReminderDays } = await getReminderSettings(db, companyId);
  const furthest = Math.max(...unusedReminderDays);
  const horizon = isoDay(new Date(Date.parse(`${today}T00:00:00Z`) + furthest * 86_400_000));
  for (const area of await benefitAreas()) {
    const t = area.table;
    const rows = await db
      .select({ id: t.id, name: t.name, offerType: t.offerType, expiresOn: t.expiresOn })
      .from(t)
      .where(
        and(
          eq(t.companyId, companyId),
          gte(t.expiresOn, today),
          lte(t.expiresOn, horizon),
          sql`${area.usage.used} = 0`,
        ),
      )
      .orderBy(asc(t.expiresOn), asc(t.id));
    for (const row of rows as {
      id: string;
      name: LocalizedText;
      offerType: OfferType;
      expiresOn: string;
    }[]) {
      const due = dueUnusedReminder(row.expiresOn, today, unusedReminderDays);
      if (due)
        items.push({
          kind: 'unused',
          subjectId: row.id,
          threshold: due.daysBefore,
          dueFor: row.expiresOn,
          name: row.name,
          offerType: row.offerType,
          module: area.module,
        });
    }
  }
  return items;
}

/**
 * One company's sweep, in `tx`: claims what is due and not sent yet, and writes one message per
 * Global admin, in their language, listing it. Answers the items it claimed.
 */
export async function sweepCompany(
  tx: Db,
  clock: Clock,
  companyId: string,
  appUrl: string = defaultAppUrl,
): Promise<DueItem[]> {
  const now = clock.now();
  const claimed: DueItem[] = [];
  for (const item of await dueItems(tx, companyId, isoDay(now))) {
    const [row] = await tx
      .insert(sentReminders)
      .values({
        companyId,
        kind: item.kind,
        subjectId: item.subjectId,
        threshold: item.threshold,
        dueFor: item.dueFor,
        sentAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: sentReminders.id });
    if (row) claimed.push(item);
  }
  if (claimed.length === 0) return claimed;
  const [company] = await tx
    .select({ name: companies.name })
    .from(companies)
    .where(eq(companies.id, companyId));
  const admins = await tx
    .select({ id: users.id, name: users.displayName, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, companyId), sql`'global_admin' = any(${users.roles})`))
    .orderBy(asc(users.email));
  for (const admin of admins) {
    await enqueueMail(tx, clock, {
      companyId,
      to: { name: admin.name, address: admin.email },
      locale: admin.locale,
      content: reminderMail[admin.locale]({
        name: admin.name,
        company: company?.name ?? '',
        items: claimed.map((item) => ({
          text: itemText(item, admin.locale, isoDay(now)),
          href: pageOf(appUrl, item),
        })),
        packagesUrl: `${appUrl}/benefits/packages`,
      }),
      topic: { type: 'reminder', id: companyId },
    });
  }
  return claimed;
}

/** Every company's sweep, each in its own transaction (a claim is per company). */
export async function sweepReminders(db: Db, clock: Clock, appUrl?: string): Promise<number> {
  const rows = await db
    .selectDistinct({ companyId: membershipOffers.companyId })
    .from(membershipOffers)
    .where(isNull(membershipOffers.endedOn))
    .orderBy(asc(membershipOffers.companyId));
  let claimed = 0;
  for (const { companyId } of rows)
    claimed += (await db.transaction((tx) => sweepCompany(tx, clock, companyId, appUrl))).length;
  return claimed;
}

const sweepKey = 'membership.reminderSweep';

/**
 * X-4 X-5: the periodic sweep. Each run schedules the next in the transaction that completes it;
 * the `short` policy keeps at most one waiting, however many instances schedule it at start.
 */
export const reminderSweep = defineJob({
  name: 'membership.reminderSweep',
  data: z.object({}),
  retry: { limit: 5, delaySeconds: 60 },
  leaseSeconds: 15 * 60,
  policy: 'short',
  async handle(job, deps) {
    await sweepReminders(deps.db, deps.clock, deps.appUrl);
    await job.transaction((tx) => scheduleReminderSweep(tx, deps.clock, sweepEveryMs));
  },
});

/** Schedules the sweep `afterMs` from now unless one is waiting already (call it at start). */
export const scheduleReminderSweep = (db: Db, clock: Clock, afterMs = 0) =>
  enqueue(
    db,
    clock,
    reminderSweep,
    {},
    {
      runAt: new Date(clock.now().getTime() + afterMs),
      singletonKey: sweepKey,
    },
  );
