// Insights: the benefits report. For each benefit area, granted / activated / used / unused, and
// what is still unused and expires within 30, 90 and 120 days, summed by ONE query per area over
// the rows its tab lists (MEM-8), with each area's own idea of use (`BenefitArea.usage`).
import type { BenefitReportInput } from '@pbc/contract';
import { BenefitModuleKey, type BenefitReport, type BenefitReportArea } from '@pbc/contract';
import { addDays, isoDay } from '@pbc/rules';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/database.js';
import { benefitAreas } from './provisioning.js';

const horizons = [30, 90, 120] as const;

export async function benefitReport(
  db: Db,
  companyId: string,
  now: Date,
  input: z.output<typeof BenefitReportInput>,
): Promise<BenefitReport> {
  const today = isoDay(now);
  const areas = (await benefitAreas()).filter((a) => !input.module || a.module === input.module);
  const figures = await Promise.all(
    areas.map(async ({ module, table: t, usage }) => {
      const unused = sql`greatest(${usage.granted} - ${usage.used}, 0)`;
      const expiring = (days: number): SQL<number> =>
        sql<number>`coalesce(sum(case when ${t.expiresOn} between ${today} and ${addDays(today, days)} then ${unused} else 0 end), 0)::int`;
      const [row] = await db
        .select({
          granted: sql<number>`coalesce(sum(${usage.granted}), 0)::int`,
          activated: sql<number>`coalesce(sum(${usage.activated}), 0)::int`,
          used: sql<number>`coalesce(sum(${usage.used}), 0)::int`,
          unused: sql<number>`coalesce(sum(${unused}), 0)::int`,
          expiring30: expiring(horizons[0]),
          expiring90: expiring(horizons[1]),
          expiring120: expiring(horizons[2]),
        })
        .from(t)
        .where(
          and(
            eq(t.companyId, companyId),
            input.offerType ? eq(t.offerType, input.offerType) : undefined,
          ),
        );
      return { module, ...row! };
    }),
  );
  // Azure and cloud products has two areas (credit, license subscriptions): one line per module.
  const byModule = new Map<BenefitModuleKey, BenefitReportArea>();
  for (const f of figures) {
    const sum = byModule.get(f.module);
    byModule.set(
      f.module,
      sum
        ? {
            module: f.module,
            granted: sum.granted + f.granted,
            activated: sum.activated + f.activated,
            used: sum.used + f.used,
            unused: sum.unused + f.unused,
            expiring30: sum.expiring30 + f.expiring30,
            expiring90: sum.expiring90 + f.expiring90,
            expiring120: sum.expiring120 + f.expiring120,
          }
        : f,
    );
  }
  return {
    asOf: today,
    areas: BenefitModuleKey.options.flatMap((m) => (byModule.has(m) ? [byModule.get(m)!] : [])),
  };
}
