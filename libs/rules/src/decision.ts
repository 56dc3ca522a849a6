/**
 * What every rule answers: whether the action is allowed and, when it is not, a stable
 * reason code the UI translates (and the server maps to an error).
 */
export type Decision<Reason extends string = string> =
  { allowed: true } | { allowed: false; reason: Reason };

export const allow = (): Decision<never> => ({ allowed: true });
export const deny = <Reason extends string>(reason: Reason): Decision<Reason> => ({
  allowed: false,
  reason,
});
