import type { SoftwareLanguage, SoftwareOs } from '@pbc/contract';
import { checkActivationHere } from './membership.js';
import { checkPermission, type PermissionHolder, type PermissionDecision } from './permissions.js';

export type KeyRevealDecision =
  | { allowed: true }
  | Extract<PermissionDecision, { allowed: false }>
  | { allowed: false; reason: 'PMC_NOT_MIGRATED' };

/**
 * SW-2 "Get keys": ROLE-4 (Global admin or MPN partner admin), and MEM-1 (a company still in
 * Partner Membership Center activates nothing here; a first key view counts as activation, MEM-4).
 */
export function checkKeyReveal(
  roles: PermissionHolder,
  company: { pmcMigrated: boolean },
): KeyRevealDecision {
  const permission = checkPermission(roles, 'benefits.activate');
  if (!permission.allowed) return permission;
  const here = checkActivationHere(company);
  return here.allowed ? here : { allowed: false, reason: here.reason };
}

export type MakActivationDecision =
  | { allowed: true; remaining: number }
  | { allowed: false; reason: 'MAK_ACTIVATIONS_EXHAUSTED'; remaining: 0 };

/** SW-4: a MAK key activates a fixed number of times; once they are used no more are granted. */
export function checkMakActivation(key: {
  activationsUsed: number;
  activationsAllowed: number;
}): MakActivationDecision {
  const remaining = key.activationsAllowed - key.activationsUsed;
  return remaining > 0
    ? { allowed: true, remaining }
    : { allowed: false, reason: 'MAK_ACTIVATIONS_EXHAUSTED', remaining: 0 };
}

export interface DownloadChoice {
  language: SoftwareLanguage | null;
  os: SoftwareOs | null;
}

/**
 * SW-3: which language and OS the download list shows. Each is the one asked for, else the one the
 * user remembered, else the product's first, and always one the product offers (null: none).
 */
export function chooseDownload(
  offered: { languages: readonly SoftwareLanguage[]; oses: readonly SoftwareOs[] },
  asked: Partial<DownloadChoice>,
  remembered: DownloadChoice | null,
): DownloadChoice {
  const pick = <T>(options: readonly T[], ...wishes: (T | null | undefined)[]): T | null =>
    wishes.find((wish): wish is T => wish != null && options.includes(wish)) ?? options[0] ?? null;
  return {
    language: pick(offered.languages, asked.language, remembered?.language),
    os: pick(offered.oses, asked.os, remembered?.os),
  };
}
