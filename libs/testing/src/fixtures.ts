import type {
  AddUserResult,
  AuditEvent,
  AuditPage,
  AzureCredit,
  BenefitPackage,
  BulkAssignResult,
  DirectoryUser,
  GtmOffer,
  Me,
  MembershipOffer,
  MembershipOverview,
  SoftwareBenefit,
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

export function buildSoftwareBenefit(overrides: Partial<SoftwareBenefit> = {}): SoftwareBenefit {
  return {
    id: fakeId(),
    product: 'Windows Server 2019 Datacenter',
    quantity: 5,
    ...terms,
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

export function buildAzureCredit(overrides: Partial<AzureCredit> = {}): AzureCredit {
  return {
    id: fakeId(),
    kind: 'monthly',
    amount: { amountMinor: 10_000, currency: 'USD' },
    ...terms,
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
  'software.list': { items: SoftwareBenefit[] };
  'visualStudio.list': { items: VsSubscription[] };
  'visualStudio.seats': { items: VsSeat[] };
  'visualStudio.assign': VsSeat;
  'visualStudio.reassign': VsSeat;
  'visualStudio.unassign': null;
  'visualStudio.bulkAssign': BulkAssignResult;
  'azure.listCredits': { items: AzureCredit[] };
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
  const seat = buildVsSeat();
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
    'software.list': {
      items: [
        buildSoftwareBenefit({ product: 'Windows Server 2019 Datacenter', quantity: 5 }),
        buildSoftwareBenefit({
          product: 'SQL Server 2019 Enterprise',
          quantity: 2,
          benefitType: 'incremental',
        }),
        buildSoftwareBenefit({
          product: 'Office Professional Plus 2019',
          quantity: 25,
          offerType: 'silver',
        }),
      ],
    },
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
        buildAzureCredit({ kind: 'monthly', amount: { amountMinor: 10_000, currency: 'USD' } }),
        buildAzureCredit({ kind: 'bulk', amount: { amountMinor: 1_300_000, currency: 'USD' } }),
      ],
    },
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
