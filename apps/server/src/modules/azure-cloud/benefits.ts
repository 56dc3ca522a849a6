// What each offer grants on the Azure and cloud products tab (MEM-8): usage-based credit (AZ-2)
// and license-based subscriptions of cloud products (AZ-7), and how a grant becomes a row.
import type { AzureCreditKind, Competency, LocalizedText } from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { companies } from '../identity/schema.js';
import { defineBenefitArea, type CatalogEntry } from '../define.js';
import { azureCreditHolders, azureCredits, licenseSubscriptions } from './schema.js';

/** AZ-2: dollars per month (monthly credit) and per enrollment year (bulk credit), by level. */
const creditUsd = {
  monthly: { action_pack: 100, silver: 100, gold: 100 },
  bulk: { action_pack: 6_000, silver: 12_000, gold: 13_000 },
} as const;

/**
 * "Or equivalent in local currency" (AZ-2): the program year's fixed equivalents of one dollar,
 * in whole units; a company in any other currency is credited in dollars.
 */
const localPerUsd: Record<string, number> = { USD: 1, EUR: 0.9, CNY: 7.2 };

const creditNames = {
  monthly: { 'en-US': 'Azure monthly credit', 'zh-CN': 'Azure 每月信用额度' },
  bulk: { 'en-US': 'Azure yearly bulk credit', 'zh-CN': 'Azure 年度批量信用额度' },
} satisfies Record<AzureCreditKind, LocalizedText>;

interface CreditEntry extends CatalogEntry {
  kind: AzureCreditKind;
  usd: number;
}

const creditCatalog = (offer: HeldOffer): CreditEntry[] =>
  (['monthly', 'bulk'] as const).map((kind) => ({
    key: `azure_${kind}`,
    name: creditNames[kind],
    benefitType: 'core',
    kind,
    usd: creditUsd[kind][offer.offerType],
  }));

async function currenciesOf(tx: Db, companyIds: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: companies.id, currency: companies.currency })
    .from(companies)
    .where(inArray(companies.id, companyIds));
  return new Map(rows.map((row) => [row.id, row.currency]));
}

const creditHeld = sql<number>`(case when exists (select 1 from ${azureCreditHolders} where ${azureCreditHolders.creditId} = ${azureCredits.id}) then 1 else 0 end)`;
const licenseActive = sql<number>`(case when ${licenseSubscriptions.status} = 'active' and ${licenseSubscriptions.seats} > 0 then 1 else 0 end)`;

export const azureCreditArea = defineBenefitArea({
  module: 'azure-cloud',
  catalog: creditCatalog,
  // Credit is used once it is assigned to a user (AZ-3).
  usage: { granted: sql<number>`1`, activated: creditHeld, used: creditHeld },
  table: azureCredits,
  async provision(tx, grants) {
    const currencies = await currenciesOf(tx, [...new Set(grants.map((g) => g.companyId))]);
    await tx
      .insert(azureCredits)
      .values(
        grants.map(({ key, usd, ...grant }) => {
          const local = currencies.get(grant.companyId) ?? 'USD';
          const currency = local in localPerUsd ? local : 'USD';
          return {
            ...grant,
            benefitKey: key,
            amountMinor: Math.round(usd * localPerUsd[currency]!) * 100,
            currency,
          };
        }),
      )
      .onConflictDoNothing();
  },
  // A credit's holders go with it (a refund is refused once one was assigned, MEM-4).
  async withdraw(tx, creditIds) {
    await tx.delete(azureCreditHolders).where(inArray(azureCreditHolders.creditId, creditIds));
  },
});

interface LicenseEntry extends CatalogEntry {
  /** The product as product keys name it (AZ-8 redeems a key into the subscription of its product). */
  product: string;
  seats: number;
}

const license = (
  product: string,
  seats: number,
  benefitType: LicenseEntry['benefitType'] = 'core',
): LicenseEntry => ({
  key: product.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
  name: { 'en-US': product, 'zh-CN': product },
  benefitType,
  product,
  seats,
});

/** AZ-7: the cloud products each level grants. */
const coreLicenses = {
  action_pack: [license('Office 365 E3', 5)],
  silver: [license('Azure AD Basic', 10)],
  gold: [
    license('Office 365 E3', 100),
    license('Dynamics 365 Sales', 5),
    license('Microsoft Intune', 25),
  ],
} as const;

/** The cloud products a competency adds: Silver seats, Gold seats. */
const competencyLicenses: Partial<
  Record<Competency, [product: string, silver: number, gold: number]>
> = {
  'Data Analytics': ['Power BI Pro', 10, 25],
  'Data Platform': ['Power BI Pro', 10, 25],
  Security: ['Microsoft 365 E5 Security', 10, 25],
  'Enterprise Mobility Management': ['Azure AD Premium P2', 10, 25],
  'Cloud Productivity': ['Microsoft 365 E3', 10, 25],
  'Cloud Business Applications': ['Dynamics 365 Customer Service', 10, 25],
};

function licenseCatalog(offer: HeldOffer): LicenseEntry[] {
  const entries: LicenseEntry[] = [...coreLicenses[offer.offerType]];
  const added =
    offer.offerType === 'action_pack'
      ? undefined
      : competencyLicenses[offer.competencyArea as Competency];
  if (added) {
    const [product, silver, gold] = added;
    entries.push(license(product, offer.offerType === 'gold' ? gold : silver, 'incremental'));
  }
  return entries;
}

export const licenseArea = defineBenefitArea({
  module: 'azure-cloud',
  catalog: licenseCatalog,
  table: licenseSubscriptions,
  usage: { granted: sql<number>`1`, activated: licenseActive, used: licenseActive },
  async provision(tx, grants) {
    await tx
      .insert(licenseSubscriptions)
      .values(grants.map(({ key, ...grant }) => ({ ...grant, benefitKey: key })))
      .onConflictDoNothing();
  },
});
