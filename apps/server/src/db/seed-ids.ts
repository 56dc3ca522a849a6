// Fixed ids of the demo data, so a second seed run collides and inserts nothing.
import { grantRowId } from '../shared/derived-id.js';
// Shape: 5eed<table>-<company>-4000-8000-<row>, readable in logs and unique per table.
// Provisioned benefit rows have ids derived from their package and catalog key instead
// (`demoBenefits` below); the numbers of the tables that had fixed ids before are not reused.
export const seedTables = {
  company: 1,
  user: 2,
  membershipOffer: 3,
  vsSeat: 6,
  package: 10,
  azureSubscription: 19,
  azureCreditHolder: 20,
  productKey: 22,
  technicalRequest: 23,
  apiToken: 24,
} as const;

export function seedId(table: keyof typeof seedTables, company: 1 | 2, row = 1): string {
  const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
  return `5eed${hex(seedTables[table], 4)}-${hex(company, 4)}-4000-8000-${hex(row, 12)}`;
}

/**
 * The demo packages: Contoso's Gold Cloud Platform (in use since July) and Silver Data Analytics
 * (bought 10 days before the first seed, still refundable); Fabrikam's Action Pack.
 */
export const demoPackages = {
  contosoGold: seedId('package', 1, 1),
  contosoSilver: seedId('package', 1, 2),
  fabrikamActionPack: seedId('package', 2, 1),
} as const;

const contosoGold = (key: string) => grantRowId(demoPackages.contosoGold, key);
const contosoSilver = (key: string) => grantRowId(demoPackages.contosoSilver, key);
const fabrikam = (key: string) => grantRowId(demoPackages.fabrikamActionPack, key);

/** Rows the demo packages provision (MEM-8), by what they are: catalog keys of each area's benefits.ts. */
export const demoBenefits = {
  software: {
    windowsServer: contosoGold('windowsServerDatacenter'),
    sqlEnterprise: contosoGold('sqlEnterprise'),
    office: contosoGold('office'),
    visio: contosoGold('visio'),
    project: contosoGold('project'),
    windowsEnterprise: contosoGold('windowsEnterprise'),
    silverWindowsServer: contosoSilver('windowsServerDatacenter'),
    silverOffice: contosoSilver('office'),
    /** Incremental: comes with Silver Data Analytics, whose package is still refundable. */
    sqlStandard: contosoSilver('sqlStandard'),
    fabrikamWindowsServer: fabrikam('windowsServerStandard'),
    fabrikamOffice: fabrikam('office'),
  },
  visualStudio: {
    goldEnterprise: contosoGold('vs_enterprise'),
    silverEnterprise: contosoSilver('vs_enterprise'),
    fabrikamProfessional: fabrikam('vs_professional'),
  },
  azureCredits: {
    goldMonthly: contosoGold('azure_monthly'),
    goldBulk: contosoGold('azure_bulk'),
    silverMonthly: contosoSilver('azure_monthly'),
    silverBulk: contosoSilver('azure_bulk'),
    fabrikamMonthly: fabrikam('azure_monthly'),
    fabrikamBulk: fabrikam('azure_bulk'),
  },
  licenses: {
    office: contosoGold('office_365_e3'),
    dynamics: contosoGold('dynamics_365_sales'),
    intune: contosoGold('microsoft_intune'),
    azureAdBasic: contosoSilver('azure_ad_basic'),
    powerBi: contosoSilver('power_bi_pro'),
    fabrikamOffice: fabrikam('office_365_e3'),
  },
  technical: {
    goldOnPremises: contosoGold('support_on_premises'),
    goldSignature: contosoGold('support_signature'),
    goldAdvisory: contosoGold('advisory_hours'),
    silverOnPremises: contosoSilver('support_on_premises'),
    silverSignature: contosoSilver('support_signature'),
    silverAdvisory: contosoSilver('advisory_hours'),
    fabrikamOnPremises: fabrikam('support_on_premises'),
    fabrikamAdvisory: fabrikam('advisory_hours'),
  },
  gtm: {
    goldCore: contosoGold('gold_core'),
    silverCore: contosoSilver('silver_core'),
  },
} as const;

/** Contoso Partner Solutions, the demo company (migrated out of Partner Membership Center). */
export const CONTOSO_ID = seedId('company', 1);
/** Fabrikam Consulting, a second tenant that proves isolation. */
export const FABRIKAM_ID = seedId('company', 2);
/** Contoso's Global admin. */
export const CONTOSO_ADMIN_ID = seedId('user', 1);
/** Fabrikam's Global admin. */
export const FABRIKAM_ADMIN_ID = seedId('user', 2);

/** The password of every seeded user (README). */
export const DEMO_PASSWORD = 'Benefits-Demo-2026';

/** The demo sign-ins: one Contoso user per role, an employee and a guest, and Fabrikam's admin. */
export const demoUsers = {
  globalAdmin: { id: seedId('user', 1, 6), email: 'global.admin@contoso.example' },
  userAdmin: { id: seedId('user', 1, 7), email: 'user.admin@contoso.example' },
  agent: { id: seedId('user', 1, 8), email: 'agent@contoso.example' },
  partnerAdmin: { id: seedId('user', 1, 9), email: 'partner.admin@contoso.example' },
  employee: { id: seedId('user', 1, 10), email: 'employee@contoso.example' },
  guest: { id: seedId('user', 1, 11), email: 'guest@fabrikam.example' },
  fabrikamAdmin: { id: seedId('user', 2, 3), email: 'global.admin@fabrikam.example' },
} as const;

/**
 * Demo product keys (AZ-8), stored by hash only. The 400-seat key is over 3× Office's 100 seats, so extending with it is refused (AZ-10).
 */
export const demoProductKeys = {
  office25: 'OFFIC-E365E-3SEAT-S0025-DEMO1',
  office100: 'OFFIC-E365E-3SEAT-S0100-DEMO2',
  office400: 'OFFIC-E365E-3SEAT-S0400-DEMO3',
  dynamics10: 'DYNAM-ICS36-5SALE-S0010-DEMO4',
  intune25: 'INTUN-E0025-SEATS-DEMO5-KEY00',
  powerBi10: 'POWER-BIPRO-SEATS-00010-DEMO6',
  fabrikamOffice5: 'FABRI-KAMOF-FICE3-65E3S-DEMO7',
} as const;

/** Fabrikam's revoked API token. */
export const demoApiTokens = { fabrikamRevoked: seedId('apiToken', 2, 1) } as const;
