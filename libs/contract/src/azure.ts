// Azure and cloud products (AZ-1…11): usage-based credit with its holders, license-based
// subscriptions and product-key redemption.
import { z } from 'zod';
import { AzureCredit } from './benefits.js';
import { Id, IsoDate, IsoDateTime, LocalizedText, refusalPart } from './common.js';
import { productKeyMaxLength } from './field-lengths.js';
import { UserKind } from './identity.js';
import { BenefitTerms } from './membership.js';
import { RefundAtRisk } from './packages.js';

/** The licensing offer an Azure subscription runs under; AZ-6 excludes some for bulk credit. */
export const AzureSubscriptionOffer = z.enum([
  'pay_as_you_go',
  'partner_benefit',
  'enterprise_agreement',
  'csp',
  'azure_in_open',
  'azure_pass',
  'action_pack',
]);
export type AzureSubscriptionOffer = z.infer<typeof AzureSubscriptionOffer>;

/** One of the company's Azure subscriptions, onto which credit is activated. */
export const AzureSubscription = z.object({
  id: Id,
  name: z.string(),
  offer: AzureSubscriptionOffer,
});
export type AzureSubscription = z.infer<typeof AzureSubscription>;

/** A directory user (member or guest, AZ-3) with access to a credit on one subscription. */
export const CreditHolder = z.object({
  userId: Id,
  displayName: z.string(),
  email: z.string(),
  kind: UserKind,
  subscription: AzureSubscription,
  assignedAt: IsoDateTime,
});
export type CreditHolder = z.infer<typeof CreditHolder>;

/** AZ-5: the enrollment year of a bulk credit's offer; transfer is open through `lastDay`. */
export const TransferWindow = z.object({ open: z.boolean(), lastDay: IsoDate });
export type TransferWindow = z.infer<typeof TransferWindow>;

/** A credit row of the Azure tab with who holds it (AZ-1…5) and the refund it would void (MEM-5). */
export const AzureCreditRow = AzureCredit.extend({
  holders: z.array(CreditHolder),
  /** Bulk credit only; null for monthly credit. */
  transfer: TransferWindow.nullable(),
  refundAtRisk: RefundAtRisk,
});
export type AzureCreditRow = z.infer<typeof AzureCreditRow>;

export const AssignCreditInput = z.object({ creditId: Id, userId: Id, subscriptionId: Id });
export type AssignCreditInput = z.input<typeof AssignCreditInput>;
export const RemoveCreditUserInput = z.object({ creditId: Id, userId: Id });
export type RemoveCreditUserInput = z.input<typeof RemoveCreditUserInput>;
export const TransferBulkCreditInput = z.object({ creditId: Id, toUserId: Id });
export type TransferBulkCreditInput = z.input<typeof TransferBulkCreditInput>;

export const LicenseStatus = z.enum(['active', 'disabled', 'expired']);
export type LicenseStatus = z.infer<typeof LicenseStatus>;

/** A license-based subscription (AZ-7): `expiresOn` is its end date. */
export const LicenseSubscription = BenefitTerms.extend({
  id: Id,
  product: z.string(),
  seats: z.number().int().nonnegative(),
  startsOn: IsoDate,
  status: LicenseStatus,
  refundAtRisk: RefundAtRisk,
  /** AZ-7: how this product's key is redeemed, and the portal that redeems it. */
  redemption: z.object({ instructions: LocalizedText, portalUrl: z.url() }),
});
export type LicenseSubscription = z.infer<typeof LicenseSubscription>;

/** AZ-9: how a key lands on an existing subscription. */
export const RedemptionMode = z.enum(['extend', 'add_seats']);
export type RedemptionMode = z.infer<typeof RedemptionMode>;

/** AZ-8: 25 letters and digits; hyphens and spaces between groups are ignored. */
export const ProductKeyText = z
  .string()
  .trim()
  .max(productKeyMaxLength, 'A product key has 25 characters, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX');

export const RedemptionInput = z
  .object({
    key: ProductKeyText,
    /** null: a new subscription. */
    subscriptionId: Id.nullable(),
    mode: RedemptionMode.default('extend'),
  })
  .strict();
export type RedemptionInput = z.input<typeof RedemptionInput>;

/** AZ-11: the tenant the user confirmed; the server refuses any other. */
export const RedeemInput = RedemptionInput.extend({ tenantId: Id });
export type RedeemInput = z.input<typeof RedeemInput>;

const SeatsAndDates = z.object({
  seats: z.number().int().nonnegative(),
  startsOn: IsoDate,
  expiresOn: IsoDate,
});

/** AZ-9: the result shown before confirming. */
export const RedemptionPreview = z.object({
  key: z.object({ lastCharacters: z.string(), product: z.string(), seats: z.number().int() }),
  /** `restart`: a new, disabled or expired subscription starts fresh for 12 months. */
  outcome: z.enum(['new', 'restart', 'extend', 'add_seats']),
  subscriptionId: Id.nullable(),
  before: SeatsAndDates.nullable(),
  after: SeatsAndDates,
  /** Months from today to the resulting end date, one decimal. */
  monthsRemaining: z.number(),
  underTwelveMonths: z.boolean(),
  /** AZ-11: the tenant the key would be redeemed on, for the user to confirm. */
  tenant: z.object({ id: Id, name: z.string() }),
  refundAtRisk: RefundAtRisk,
});
export type RedemptionPreview = z.infer<typeof RedemptionPreview>;

/** AZ-11: why a redemption cannot be undone (any more). */
export const RedemptionUndoRefusal = z.enum([
  'REDEMPTION_ALREADY_UNDONE',
  'REPLACEMENT_REDEMPTION_FINAL',
  'UNDO_WINDOW_CLOSED',
  'SUBSCRIPTION_CHANGED_SINCE',
]);
export type RedemptionUndoRefusal = z.infer<typeof RedemptionUndoRefusal>;

/** A redeemed key of the company (AZ-11), newest first, with until when its redemption can be undone. */
export const Redemption = z.object({
  keyId: Id,
  lastCharacters: z.string(),
  product: z.string(),
  seats: z.number().int(),
  subscriptionId: Id,
  redeemedAt: IsoDateTime,
  undoableUntil: IsoDateTime,
  undoneAt: IsoDateTime.nullable(),
  /** null: the redemption can be undone now. */
  undoRefusal: RedemptionUndoRefusal.nullable(),
});
export type Redemption = z.infer<typeof Redemption>;

export const UndoRedemptionInput = z.object({ keyId: Id }).strict();
export type UndoRedemptionInput = z.input<typeof UndoRedemptionInput>;

/** AZ-11: the reverted subscription and the one-time replacement key (same product and seats). */
export const UndoRedemptionResult = z.object({
  redemption: Redemption,
  subscription: LicenseSubscription,
  replacementKey: z.object({
    keyId: Id,
    lastCharacters: z.string(),
    product: z.string(),
    seats: z.number().int(),
  }),
  /** Answered once: never stored, so an Idempotency-Key replay answers null. */
  replacementKeyText: z.string().nullable(),
});
export type UndoRedemptionResult = z.infer<typeof UndoRedemptionResult>;

/** AZ-5, AZ-6 and AZ-8…AZ-11 refusals. */
export const azureCloudRefusals = refusalPart({
  BULK_CREDIT_NO_REMOVE: 'Bulk credit cannot be removed from its user: transfer it instead',
  ENROLLMENT_YEAR_ENDED: 'Bulk credit can be transferred only during the enrollment year',
  BULK_CREDIT_EXCLUDED_OFFER:
    'Bulk credit cannot be combined with Enterprise Agreement, CSP, Azure in Open, Azure Pass or Action Pack subscriptions',
  BULK_CREDIT_ALREADY_ASSIGNED: 'This bulk credit already has a user: transfer it instead',
  BULK_CREDIT_NOT_ASSIGNED: 'This bulk credit has no user yet: assign it first',
  TRANSFER_BULK_ONLY: 'Only bulk credit is transferred; add and remove users of monthly credit',
  TRANSFER_TO_SAME_USER: 'The bulk credit already belongs to this user',
  CREDIT_ALREADY_HELD: 'This user already has access to this credit',
  KEY_FORMAT: {
    message: 'A product key has 25 letters and digits, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
    code: 'VALIDATION',
  },
  KEY_NOT_FOUND: { message: 'This is not a product key of your company', code: 'NOT_FOUND' },
  KEY_ALREADY_REDEEMED: 'This product key was already redeemed; a key redeems once only',
  KEY_PRODUCT_MISMATCH: 'This key is for {{product}}, not {{targetProduct}}',
  EXTENSION_OVER_THREE_YEARS:
    'Extending moves an end date at most 3 years: a key may have at most {{maxKeySeats}} seats for this subscription; add seats instead',
  TENANT_MISMATCH: 'Confirm the tenant you are signed in to: the key would be redeemed there',
  REDEMPTION_ALREADY_UNDONE:
    'This redemption was already undone; its replacement key was shown then',
  REPLACEMENT_REDEMPTION_FINAL: 'A replacement key’s redemption is final: it cannot be undone',
  UNDO_WINDOW_CLOSED: 'A redemption can be undone only within 30 days',
  SUBSCRIPTION_CHANGED_SINCE:
    'The subscription changed since this redemption: undo the later redemptions first',
});
