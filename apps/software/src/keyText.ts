import type { SoftwareKeySummary } from '@pbc/contract';
import { checkMakActivation } from '@pbc/rules';
import type { TFunction } from 'i18next';

/** "MAK (multiple activation) · 12 of 50 activations used · 38 left", or why none are left (SW-4). */
export function keyDescription(t: TFunction, key: SoftwareKeySummary): string {
  const kind = t(`software.keyKinds.${key.kind}`);
  if (key.activationsUsed === null || key.activationsAllowed === null) return kind;
  const used = t('software.activations', {
    used: key.activationsUsed,
    allowed: key.activationsAllowed,
  });
  const decision = checkMakActivation({
    activationsUsed: key.activationsUsed,
    activationsAllowed: key.activationsAllowed,
  });
  const left = decision.allowed
    ? t('software.activationsLeft', { count: decision.remaining })
    : t(`errors.reasons.${decision.reason}`);
  return [kind, used, left].join(' · ');
}
