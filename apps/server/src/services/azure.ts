// Azure credits (AZ-1, AZ-2); money leaves as integer minor units with its currency.
import type { ListOptions, AzureCredit } from '@pbc/contract';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { azureCredits } from '../db/schema.js';

export async function listAzureCredits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
): Promise<AzureCredit[]> {
  const t = azureCredits;
  const rows = await db
    .select({
      id: t.id,
      kind: t.kind,
      amountMinor: t.amountMinor,
      currency: t.currency,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(eq(t.companyId, companyId))
    .orderBy(asc(t.kind), asc(t.id))
    .limit(limit);
  return rows.map(({ amountMinor, currency, ...row }) => ({
    ...row,
    amount: { amountMinor, currency },
  }));
}
