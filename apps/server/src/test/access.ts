// What each module says about who may call its procedures (modules/<id>/access.fixture.ts), read
// by trpc/access.test.ts for the permission matrix (ROLE-1…7) and the cross-company sweep (ROLE-8).
import type { Permission } from '@pbc/rules';

/** Placeholder id of nothing: harmless to pass once past the guard. */
export const unknownId = '00000000-0000-4000-8000-00000000abcd';

export interface ProcedureAccess {
  /**
   * Who may call it, written by hand from RULES.md (ROLE-1…6): `public` (no session), `session`
   * (any signed-in user, no permission) or the permission of the rules' table. Never read from
   * the procedure itself: a procedure tagged otherwise fails the matrix.
   */
  guard: Permission | 'public' | 'session';
  /** A valid input that changes nothing once past the guard (an unknown id…); none for no input. */
  matrix?: unknown;
  /**
   * ROLE-8, as a Contoso caller: `foreign` names Fabrikam's objects and must answer NOT_FOUND or
   * FORBIDDEN; `scoped` takes no object id, and neither its answer nor its error may carry
   * Fabrikam's data.
   */
  sweep: { foreign: unknown } | { scoped: unknown };
}

export type ModuleAccess = Record<string, ProcedureAccess>;
