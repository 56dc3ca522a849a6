import type {
  AddUserResult,
  AuditEvent,
  AuditPage,
  AzureCreditRow,
  AzureSubscription,
  CreditHolder,
  LicenseSubscription,
  Redemption,
  RedemptionPreview,
  UndoRedemptionResult,
  BenefitPackage,
  BulkAssignResult,
  DirectoryUser,
  GtmOffer,
  Me,
  MembershipOffer,
  MembershipOverview,
  RevealedKeys,
  SoftwareDownloads,
  SoftwareKeySummary,
  SoftwareListItem,
  SoftwarePreferences,
  TechnicalBenefit,
  VsSeat,
  VsSubscription,
} from '@pbc/contract';

let sequence = 0;
/** Deterministic, valid UUIDs so snapshots and row ids stay stable within a run. */
export function fakeId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

const terms = { offerType: 'gold', benefitType: 'core', expiresOn: '2027-06-30' } as const;

export function buildMembershipOffer(overrides: Partial<MembershipOffer> = {}): MembershipOffer {
  return {
    id: fakeId(),
    offerType: 'gold',
    competencyArea: 'Cloud Platform',
    enrollmentStart: '2026-07-01',
    anniversary: '2027-06-30',
    ...overrides,
  };
}

export function buildMembershipOverview(
  overrides: Partial<MembershipOverview> = {},
): MembershipOverview {
  return {
    company: { id: fakeId(), name: 'Contoso Ltd.', currency: 'USD', pmcMigrated: true },
    offers: [buildMembershipOffer()],
    modules: [],
    nextExpiry: null,
    ...overrides,
  };
}

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    user: {
      id: fakeId(),
      email: 'global.admin@contoso.example',
      displayName: 'Avery Admin',
      kind: 'member',
      roles: ['global_admin'],
      createdAt: '2026-01-05T09:00:00.000Z',
    },
    company: { id: fakeId(), name: 'Contoso Ltd.', currency: 'USD', pmcMigrated: true },
    globalAdmins: [{ displayName: 'Avery Admin', email: 'global.admin@contoso.example' }],
    ...overrides,
  };
}

export function buildDirectoryUser(overrides: Partial<DirectoryUser> = {}): DirectoryUser {
  return {
    id: fakeId(),
    email: 'megan.bowen@contoso.example',
    displayName: 'Megan Bowen',
    kind: 'member',
    roles: [],
    createdAt: '2026-02-10T09:00:00.000Z',
    ...overrides,
  };
}

export function buildAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: fakeId(),
    at: '2026-11-20T14:30:00.000Z',
    actor: { id: fakeId(), displayName: 'Avery Admin' },
    action: 'directory.add',
    targetType: 'user',
    targetId: fakeId(),
    targetName: null,
    before: null,
    after: { displayName: 'New Person', email: 'new.person@contoso.example' },
    requestId: 'req-1',
    ...overrides,
  };
}

/** Purchased 2026-11-06: on 2026-11-24 it is refundable for 12 more days (MEM-4). */
export function buildPackage(overrides: Partial<BenefitPackage> = {}): BenefitPackage {
  return {
    id: fakeId(),
    offerType: 'gold',
    competencyArea: 'Cloud Platform',
    purchasedAt: '2026-11-06T10:00:00.000Z',
    status: 'active',
    refund: { eligible: true, reason: null, refundableUntil: '2026-12-06T10:00:00.000Z' },
    cancellation: null,
    ...overrides,
  };
}

export function buildSoftwareKey(overrides: Partial<SoftwareKeySummary> = {}): SoftwareKeySummary {
  return {
    id: fakeId(),
    kind: 'mak',
    activationsUsed: 12,
    activationsAllowed: 50,
    ...overrides,
  };
}

/** A Software tab row: one MAK key, nothing refundable at risk (MEM-5) unless overridden. */
export function buildSoftwareBenefit(overrides: Partial<SoftwareListItem> = {}): SoftwareListItem {
  return {
    id: fakeId(),
    product: 'Windows Server 2019 Datacenter',
    quantity: 5,
    ...terms,
    keys: [buildSoftwareKey()],
    refundAtRisk: null,
    ...overrides,
  };
}

/** "Get keys" of `benefit`: its keys with fake text, and special instructions in both locales. */
export function buildRevealedKeys(
  benefit: SoftwareListItem,
  overrides: Partial<RevealedKeys> = {},
): RevealedKeys {
  return {
    benefitId: benefit.id,
    keys: benefit.keys.map((key, i) => ({ ...key, key: `QK7MP-2TB9X-VH8JD-RC3WP-6N4Y${i}` })),
    instructions: {
      'en-US': 'Install with the Office Deployment Tool, then activate with the MAK key.',
      'zh-CN': '请使用 Office 部署工具安装，然后使用 MAK 密钥激活。',
    },
    ...overrides,
  };
}

/** The installation packages of one language and OS, as `software.downloads` answers them (SW-3). */
export function buildSoftwareDownloads(
  choice: SoftwarePreferences = { language: 'en-US', os: 'x64' },
  overrides: Partial<SoftwareDownloads> = {},
): SoftwareDownloads {
  const fileName = `${choice.language.toLowerCase()}_windows_server_2019_${choice.os}_dvd.iso`;
  return {
    languages: ['en-US', 'zh-CN', 'de-DE'],
    oses: ['x64', 'x86'],
    ...choice,
    items: [
      {
        id: fakeId(),
        fileName,
        sizeBytes: 5_268_090_880,
        sha256: 'a'.repeat(64),
        url: `https://downloads.partner-benefits.example/software/${fileName}`,
      },
    ],
    ...overrides,
  };
}

export function buildVsSubscription(overrides: Partial<VsSubscription> = {}): VsSubscription {
  return {
    id: fakeId(),
    edition: 'Visual Studio Enterprise',
    seatsTotal: 25,
    seatsUsed: 3,
    ...terms,
    refundAtRisk: null,
    ...overrides,
  };
}

/** Assigned 2026-10-19: on 2026-11-24 it is still locked until 2027-01-17 (VS-5). */
export function buildVsSeat(overrides: Partial<VsSeat> = {}): VsSeat {
  return {
    id: fakeId(),
    subscriptionId: fakeId(),
    holder: {
      id: fakeId(),
      displayName: 'Adele Vance',
      email: 'adele.vance@northwind.example',
      kind: 'guest',
    },
    assignedAt: '2026-10-19T14:30:00.000Z',
    holderSince: '2026-10-19T14:30:00.000Z',
    unlocksAt: '2027-01-17T14:30:00.000Z',
    ...overrides,
  };
}

export function buildBulkAssignResult(overrides: Partial<BulkAssignResult> = {}): BulkAssignResult {
  return {
    dryRun: true,
    rows: [
      { email: 'megan.bowen@contoso.example', displayName: 'Megan Bowen', outcome: 'assigned' },
      { email: 'nobody@contoso.example', displayName: null, outcome: 'unknown_user' },
    ],
    assigned: 1,
    ...overrides,
  };
}

export function buildAzureCredit(overrides: Partial<AzureCreditRow> = {}): AzureCreditRow {
  return {
    id: fakeId(),
    kind: 'monthly',
    amount: { amountMinor: 10_000, currency: 'USD' },
    ...terms,
    holders: [],
    transfer: null,
    refundAtRisk: null,
    ...overrides,
  };
}

export function buildAzureSubscription(
  overrides: Partial<AzureSubscription> = {},
): AzureSubscription {
  return { id: fakeId(), name: 'Contoso Partner Benefits', offer: 'partner_benefit', ...overrides };
}

export function buildCreditHolder(overrides: Partial<CreditHolder> = {}): CreditHolder {
  return {
    userId: fakeId(),
    displayName: 'Megan Bowen',
    email: 'megan.bowen@contoso.example',
    kind: 'member',
    subscription: buildAzureSubscription(),
    assignedAt: '2026-07-02T10:00:00.000Z',
    ...overrides,
  };
}

export function buildLicenseSubscription(
  overrides: Partial<LicenseSubscription> = {},
): LicenseSubscription {
  return {
    id: fakeId(),
    product: 'Office 365 E3',
    seats: 100,
    startsOn: '2026-07-01',
    status: 'active',
    ...terms,
    refundAtRisk: null,
    ...overrides,
  };
}

/** 100 active seats + a 25-seat key, extended: +3 months (AZ-9). */
export function buildRedemptionPreview(
  overrides: Partial<RedemptionPreview> = {},
): RedemptionPreview {
  return {
    key: { lastCharacters: 'DEMO1', product: 'Office 365 E3', seats: 25 },
    outcome: 'extend',
    subscriptionId: fakeId(),
    before: { seats: 100, startsOn: '2026-07-01', expiresOn: '2027-06-30' },
    after: { seats: 100, startsOn: '2026-07-01', expiresOn: '2027-09-30' },
    monthsRemaining: 10.2,
    underTwelveMonths: true,
    tenant: { id: fakeId(), name: 'Contoso Ltd.' },
    refundAtRisk: null,
    ...overrides,
  };
}

/** A 25-seat key redeemed on 2026-11-24, undoable for 30 days (AZ-11). */
export function buildRedemption(overrides: Partial<Redemption> = {}): Redemption {
  return {
    keyId: fakeId(),
    lastCharacters: 'DEMO1',
    product: 'Office 365 E3',
    seats: 25,
    subscriptionId: fakeId(),
    redeemedAt: '2026-11-24T09:00:00.000Z',
    undoableUntil: '2026-12-24T09:00:00.000Z',
    undoneAt: null,
    undoRefusal: null,
    ...overrides,
  };
}

/** AZ-11: the undone redemption, the subscription as before it, and the replacement key shown once. */
export function buildUndoRedemptionResult(
  overrides: Partial<UndoRedemptionResult> = {},
): UndoRedemptionResult {
  return {
    redemption: buildRedemption({
      undoneAt: '2026-11-25T10:00:00.000Z',
      undoRefusal: 'REDEMPTION_ALREADY_UNDONE',
    }),
    subscription: buildLicenseSubscription(),
    replacementKey: {
      keyId: fakeId(),
      lastCharacters: 'RPL25',
      product: 'Office 365 E3',
      seats: 25,
    },
    replacementKeyText: 'K7Q2M-ZX9WP-4T8LA-N3VBR-RPL25',
    ...overrides,
  };
}

export function buildTechnicalBenefit(overrides: Partial<TechnicalBenefit> = {}): TechnicalBenefit {
  return {
    id: fakeId(),
    name: { 'en-US': 'Microsoft Product Support incidents', 'zh-CN': 'Microsoft 产品支持事件' },
    quantity: 20,
    unit: 'incidents',
    status: 'not_activated',
    ...terms,
    ...overrides,
  };
}

export function buildGtmOffer(overrides: Partial<GtmOffer> = {}): GtmOffer {
  return { id: fakeId(), type: 'gold_core', status: 'available', expiresOn: null, ...overrides };
}

/** What each procedure answers; the dev harness and component tests start from this demo company. */
export interface MockData {
  /** null: nobody is signed in. */
  'auth.me': Me | null;
  'auth.signIn': Me;
  'auth.signOut': null;
  'directory.list': { items: DirectoryUser[] };
  'directory.add': AddUserResult;
  'directory.updateRoles': DirectoryUser;
  'directory.remove': null;
  'audit.list': AuditPage;
  'membership.overview': MembershipOverview;
  'membership.packages': { items: BenefitPackage[] };
  'membership.purchase': BenefitPackage;
  'membership.requestCancellation': BenefitPackage;
  'software.list': { items: SoftwareListItem[] };
  'software.revealKeys': RevealedKeys;
  'software.downloads': SoftwareDownloads;
  'software.savePreferences': SoftwarePreferences;
  'visualStudio.list': { items: VsSubscription[] };
  'visualStudio.seats': { items: VsSeat[] };
  'visualStudio.assign': VsSeat;
  'visualStudio.reassign': VsSeat;
  'visualStudio.unassign': null;
  'visualStudio.bulkAssign': BulkAssignResult;
  'azure.listCredits': { items: AzureCreditRow[] };
  'azure.listSubscriptions': { items: AzureSubscription[] };
  'azure.listLicenses': { items: LicenseSubscription[] };
  'azure.assignCredit': AzureCreditRow;
  'azure.removeCreditUser': AzureCreditRow;
  'azure.transferBulkCredit': AzureCreditRow;
  'azure.previewRedemption': RedemptionPreview;
  'azure.redeemKey': LicenseSubscription;
  'azure.listRedemptions': { items: Redemption[] };
  'azure.undoRedemption': UndoRedemptionResult;
  'technical.list': { items: TechnicalBenefit[] };
  'gtm.list': { items: GtmOffer[] };
}

export function demoData(): MockData {
  const me = buildMe();
  const added = buildDirectoryUser({
    email: 'new.person@contoso.example',
    displayName: 'New Person',
  });
  const pkg = buildPackage();
  const software = [
    buildSoftwareBenefit({ product: 'Windows Server 2019 Datacenter', quantity: 5 }),
    buildSoftwareBenefit({
      product: 'SQL Server 2019 Enterprise',
      quantity: 2,
      benefitType: 'incremental',
      keys: [buildSoftwareKey({ kind: 'static', activationsUsed: null, activationsAllowed: null })],
    }),
    buildSoftwareBenefit({
      product: 'Office Professional Plus 2019',
      quantity: 25,
      offerType: 'silver',
      refundAtRisk: { packageId: pkg.id, refundableUntil: pkg.refund.refundableUntil },
    }),
  ];
  const seat = buildVsSeat();
  const office = buildLicenseSubscription();
  const monthlyCredit = buildAzureCredit({
    kind: 'monthly',
    amount: { amountMinor: 10_000, currency: 'USD' },
    holders: [buildCreditHolder()],
  });
  return {
    'auth.me': me,
    'auth.signIn': me,
    'auth.signOut': null,
    'directory.list': {
      items: [
        me.user,
        buildDirectoryUser({
          email: 'user.admin@contoso.example',
          displayName: 'Uma User-Admin',
          roles: ['user_management_admin'],
        }),
        buildDirectoryUser({
          email: 'guest@fabrikam.example',
          displayName: 'Gus Guest',
          kind: 'guest',
        }),
      ],
    },
    'directory.add': { user: added, temporaryPassword: 'Temp-Pass-4821' },
    'directory.updateRoles': added,
    'directory.remove': null,
    'audit.list': { items: [buildAuditEvent()], nextCursor: null },
    'membership.packages': {
      items: [
        pkg,
        buildPackage({
          offerType: 'silver',
          competencyArea: 'Application Development',
          purchasedAt: '2026-07-01T10:00:00.000Z',
          refund: {
            eligible: false,
            reason: 'WINDOW_CLOSED',
            refundableUntil: '2026-07-31T10:00:00.000Z',
          },
        }),
      ],
    },
    'membership.purchase': pkg,
    'membership.requestCancellation': { ...pkg, status: 'cancellation_requested' },
    'membership.overview': buildMembershipOverview({
      offers: [
        buildMembershipOffer({ offerType: 'gold', competencyArea: 'Cloud Platform' }),
        buildMembershipOffer({ offerType: 'silver', competencyArea: 'Application Development' }),
      ],
    }),
    'software.list': { items: software },
    'software.revealKeys': buildRevealedKeys(software[0]!),
    'software.downloads': buildSoftwareDownloads(),
    'software.savePreferences': { language: 'en-US', os: 'x64' },
    'visualStudio.list': {
      items: [
        buildVsSubscription({ edition: 'Visual Studio Enterprise', seatsTotal: 25, seatsUsed: 3 }),
        buildVsSubscription({
          edition: 'Visual Studio Professional',
          seatsTotal: 10,
          seatsUsed: 10,
          offerType: 'silver',
        }),
      ],
    },
    'visualStudio.seats': {
      items: [
        buildVsSeat({
          holder: {
            id: fakeId(),
            displayName: 'Megan Bowen',
            email: 'megan.bowen@contoso.example',
            kind: 'member',
          },
          assignedAt: '2026-07-06T09:00:00.000Z',
          holderSince: '2026-07-06T09:00:00.000Z',
          unlocksAt: '2026-10-04T09:00:00.000Z',
        }),
        seat,
      ],
    },
    'visualStudio.assign': seat,
    'visualStudio.reassign': seat,
    'visualStudio.unassign': null,
    'visualStudio.bulkAssign': buildBulkAssignResult(),
    'azure.listCredits': {
      items: [
        monthlyCredit,
        buildAzureCredit({
          kind: 'bulk',
          amount: { amountMinor: 1_300_000, currency: 'USD' },
          holders: [
            buildCreditHolder({
              displayName: 'Gus Guest',
              email: 'guest@fabrikam.example',
              kind: 'guest',
            }),
          ],
          transfer: { open: true, lastDay: '2027-06-29' },
        }),
      ],
    },
    'azure.listSubscriptions': {
      items: [
        buildAzureSubscription(),
        buildAzureSubscription({ name: 'Contoso Production', offer: 'enterprise_agreement' }),
      ],
    },
    'azure.listLicenses': {
      items: [
        office,
        buildLicenseSubscription({ product: 'Power BI Pro', seats: 10, offerType: 'silver' }),
      ],
    },
    'azure.assignCredit': monthlyCredit,
    'azure.removeCreditUser': monthlyCredit,
    'azure.transferBulkCredit': monthlyCredit,
    'azure.previewRedemption': buildRedemptionPreview({ subscriptionId: office.id }),
    'azure.redeemKey': { ...office, expiresOn: '2027-09-30' },
    'azure.listRedemptions': {
      items: [
        buildRedemption({ subscriptionId: office.id }),
        buildRedemption({
          lastCharacters: 'DEMO6',
          product: 'Power BI Pro',
          seats: 10,
          redeemedAt: '2026-09-01T09:00:00.000Z',
          undoableUntil: '2026-10-01T09:00:00.000Z',
          undoRefusal: 'UNDO_WINDOW_CLOSED',
        }),
      ],
    },
    'azure.undoRedemption': buildUndoRedemptionResult(),
    'technical.list': {
      items: [
        buildTechnicalBenefit(),
        buildTechnicalBenefit({
          name: {
            'en-US': 'Technical presales and deployment services',
            'zh-CN': '技术预售和部署服务',
          },
          quantity: 50,
          unit: 'hours',
          status: 'active',
        }),
      ],
    },
    'gtm.list': {
      items: [
        buildGtmOffer({ type: 'gold_core', status: 'active', expiresOn: '2027-06-30' }),
        buildGtmOffer({ type: 'isv_cosell_ready', status: 'available' }),
      ],
    },
  };
}
