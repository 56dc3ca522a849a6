// Technical benefits (TECH-3…8): activation, support requests, presales and deployment requests,
// and the states a request moves through. The server enforces these; the UI asks them to disable
// an action and say why. Quantities come from the catalog (a null quantity is unlimited).
import type {
  ActivationStatus,
  AdvisoryRequestType,
  OfferType,
  SupportProductCategory,
  TechnicalBenefitKind,
  TechnicalRequestStatus,
} from '@pbc/contract';
import { isValidPhoneNumber } from 'libphonenumber-js/min';
import { checkActivationHere } from './membership.js';
import { checkPermission, type PermissionHolder, type PermissionDecision } from './permissions.js';

/** TECH-7: the longest presales or deployment engagement supported, in hours. */
export const advisoryHoursLimit = 25;

/** MEM-7: a benefit is usable up to and including its expiration day (`YYYY-MM-DD`, UTC). */
const expired = (benefit: { expiresOn: string }, today: string) => today > benefit.expiresOn;

/** What is left of a benefit: null when its quantity is unlimited (TECH-5), never below 0. */
export function remainingOf(benefit: {
  quantity: number | null;
  used: number;
  held?: number;
}): number | null {
  if (benefit.quantity === null) return null;
  return Math.max(0, benefit.quantity - benefit.used - (benefit.held ?? 0));
}

type Refusal<R extends string> = { allowed: false; reason: R; field?: string };

export type TechnicalActivationDecision =
  | { allowed: true }
  | Extract<PermissionDecision, { allowed: false }>
  | Refusal<
      | 'PMC_NOT_MIGRATED'
      | 'ACTIVATION_NOT_NEEDED'
      | 'ACTIVATION_ALREADY_REQUESTED'
      | 'ALREADY_ACTIVATED'
      | 'BENEFIT_EXPIRED'
    >;

/**
 * TECH-3 Activate: ROLE-4 (Global admin or MPN partner admin), MEM-1 (nothing is activated for a
 * company still in Partner Membership Center: TECH-1 sends it to Partner Frontline), TECH-7
 * (advisory hours need no activation), requested once (a Pending one is not requested again), and
 * MEM-7 (the expiration date is the last day to activate).
 */
export function checkTechnicalActivation(
  roles: PermissionHolder,
  company: { pmcMigrated: boolean },
  benefit: { kind: TechnicalBenefitKind; status: ActivationStatus; expiresOn: string },
  today: string,
): TechnicalActivationDecision {
  const permission = checkPermission(roles, 'benefits.activate');
  if (!permission.allowed) return permission;
  const here = checkActivationHere(company);
  if (!here.allowed) return { allowed: false, reason: here.reason };
  if (benefit.kind === 'advisory_hours') return { allowed: false, reason: 'ACTIVATION_NOT_NEEDED' };
  if (benefit.status === 'pending')
    return { allowed: false, reason: 'ACTIVATION_ALREADY_REQUESTED' };
  if (benefit.status === 'active') return { allowed: false, reason: 'ALREADY_ACTIVATED' };
  if (expired(benefit, today)) return { allowed: false, reason: 'BENEFIT_EXPIRED' };
  return { allowed: true };
}

/**
 * TECH-4: the products each incident benefit covers. Signature Product Support: cloud products
 * (Azure, Dynamics and Microsoft 365 among them); Microsoft Product Support: on-premises products
 * of the current and previous version only.
 */
export const categoriesCovered: Record<
  Exclude<TechnicalBenefitKind, 'advisory_hours'>,
  readonly SupportProductCategory[]
> = {
  support_signature: ['cloud', 'azure_non_csp', 'dynamics', 'microsoft_365'],
  support_on_premises: ['on_premises_current', 'on_premises_previous'],
};

/** TECH-6: Access ID and Contract ID are required for on-premises, Azure (non-CSP) and Dynamics; not for Microsoft 365. */
export function idsRequired(category: SupportProductCategory): boolean {
  return ['on_premises_current', 'on_premises_previous', 'azure_non_csp', 'dynamics'].includes(
    category,
  );
}

type SupportBenefit = {
  kind: TechnicalBenefitKind;
  offerType: OfferType;
  status: ActivationStatus;
  expiresOn: string;
  quantity: number | null;
  used: number;
};

export type SupportAvailability =
  | { allowed: true }
  | Refusal<
      | 'NOT_A_SUPPORT_BENEFIT'
      | 'SIGNATURE_NOT_FOR_ACTION_PACK'
      | 'BENEFIT_EXPIRED'
      | 'BENEFIT_NOT_ACTIVATED'
      | 'NO_INCIDENTS_LEFT'
    >;

/**
 * May any support request be made against this benefit now? TECH-4 (Signature cloud support is
 * not for Action Pack) and TECH-5 (expired, not activated or none left is refused with that reason).
 */
export function checkSupportAvailable(benefit: SupportBenefit, today: string): SupportAvailability {
  if (benefit.kind === 'advisory_hours') return { allowed: false, reason: 'NOT_A_SUPPORT_BENEFIT' };
  if (benefit.kind === 'support_signature' && benefit.offerType === 'action_pack')
    return { allowed: false, reason: 'SIGNATURE_NOT_FOR_ACTION_PACK' };
  if (expired(benefit, today)) return { allowed: false, reason: 'BENEFIT_EXPIRED' };
  if (benefit.status !== 'active') return { allowed: false, reason: 'BENEFIT_NOT_ACTIVATED' };
  if (remainingOf(benefit) === 0) return { allowed: false, reason: 'NO_INCIDENTS_LEFT' };
  return { allowed: true };
}

export type SupportRequestDecision =
  | SupportAvailability
  | Refusal<
      | 'CATEGORY_NOT_COVERED'
      | 'ACCESS_ID_REQUIRED'
      | 'CONTRACT_ID_REQUIRED'
      | 'ACCESS_ID_MISMATCH'
      | 'CONTRACT_ID_MISMATCH'
    >;

/**
 * May this support request be made against this benefit? `checkSupportAvailable`, then TECH-4
 * (each benefit covers its products) and TECH-6 (the IDs where required, and the benefit's own).
 */
export function checkSupportRequest(
  benefit: SupportBenefit & { accessId: string | null; contractId: string | null },
  request: { productCategory: SupportProductCategory; accessId?: string; contractId?: string },
  today: string,
): SupportRequestDecision {
  const available = checkSupportAvailable(benefit, today);
  if (!available.allowed || benefit.kind === 'advisory_hours') return available;
  if (!categoriesCovered[benefit.kind].includes(request.productCategory))
    return { allowed: false, reason: 'CATEGORY_NOT_COVERED', field: 'productCategory' };
  if (idsRequired(request.productCategory)) {
    if (!request.accessId)
      return { allowed: false, reason: 'ACCESS_ID_REQUIRED', field: 'accessId' };
    if (!request.contractId)
      return { allowed: false, reason: 'CONTRACT_ID_REQUIRED', field: 'contractId' };
  }
  // Given although not required, they must still be the benefit's.
  if (request.accessId && request.accessId !== benefit.accessId)
    return { allowed: false, reason: 'ACCESS_ID_MISMATCH', field: 'accessId' };
  if (request.contractId && request.contractId !== benefit.contractId)
    return { allowed: false, reason: 'CONTRACT_ID_MISMATCH', field: 'contractId' };
  return { allowed: true };
}

/**
 * TECH-7: presales advice (a technical plan or Marketplace consult) is unlimited for Gold and
 * Silver; everything else deducts the hours delivered (TECH-8), and all of Action Pack's does.
 */
export function advisoryDeductsHours(offerType: OfferType, type: AdvisoryRequestType): boolean {
  return offerType === 'action_pack' || type === 'deployment';
}

/** A phone number with its international code (`+86 10 1234 5678`), valid for its country. */
export function checkPhoneNumber(phone: string): { allowed: true } | Refusal<'PHONE_INVALID'> {
  return phone.trim().startsWith('+') && isValidPhoneNumber(phone.trim())
    ? { allowed: true }
    : { allowed: false, reason: 'PHONE_INVALID', field: 'phone' };
}

export type AdvisoryRequestDecision =
  | { allowed: true; hoursHeld: number }
  | Refusal<
      | 'NOT_AN_ADVISORY_BENEFIT'
      | 'BENEFIT_EXPIRED'
      | 'HOURS_OVER_LIMIT'
      | 'PHONE_INVALID'
      | 'NO_HOURS_LEFT'
    >;

/**
 * TECH-7: any user may ask, with no activation; over 25 estimated hours is not supported; hours
 * that will be deducted must be left (held until the request completes, so concurrent requests
 * never promise more than granted). Answers the hours held for it.
 */
export function checkAdvisoryRequest(
  benefit: {
    kind: TechnicalBenefitKind;
    offerType: OfferType;
    expiresOn: string;
    quantity: number | null;
    used: number;
    held: number;
  },
  request: { type: AdvisoryRequestType; estimatedHours: number; phone: string },
  today: string,
): AdvisoryRequestDecision {
  if (benefit.kind !== 'advisory_hours')
    return { allowed: false, reason: 'NOT_AN_ADVISORY_BENEFIT' };
  if (expired(benefit, today)) return { allowed: false, reason: 'BENEFIT_EXPIRED' };
  if (request.estimatedHours > advisoryHoursLimit)
    return { allowed: false, reason: 'HOURS_OVER_LIMIT', field: 'estimatedHours' };
  const phone = checkPhoneNumber(request.phone);
  if (!phone.allowed) return phone;
  if (!advisoryDeductsHours(benefit.offerType, request.type))
    return { allowed: true, hoursHeld: 0 };
  const remaining = remainingOf(benefit);
  if (remaining !== null && remaining < request.estimatedHours)
    return { allowed: false, reason: 'NO_HOURS_LEFT', field: 'estimatedHours' };
  return { allowed: true, hoursHeld: request.estimatedHours };
}

/** TECH-8: where each request state may go next. */
export const requestTransitions: Record<TechnicalRequestStatus, readonly TechnicalRequestStatus[]> =
  {
    submitted: ['in_progress', 'cancelled'],
    in_progress: ['completed'],
    completed: [],
    cancelled: [],
  };

export const canMoveRequest = (from: TechnicalRequestStatus, to: TechnicalRequestStatus) =>
  requestTransitions[from].includes(to);

/** TECH-8: only its requester cancels a request, and only while it is Submitted. */
export function checkRequestCancel(
  request: { status: TechnicalRequestStatus; requestedBy: string },
  userId: string,
): { allowed: true } | Refusal<'NOT_REQUESTER' | 'REQUEST_NOT_CANCELLABLE'> {
  if (request.requestedBy !== userId) return { allowed: false, reason: 'NOT_REQUESTER' };
  if (!canMoveRequest(request.status, 'cancelled'))
    return { allowed: false, reason: 'REQUEST_NOT_CANCELLABLE' };
  return { allowed: true };
}
