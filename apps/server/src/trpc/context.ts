import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Db } from '../db/database.js';
import { CONTOSO_ADMIN_ID, CONTOSO_ID } from '../db/seed-ids.js';

/** Who is calling: the user, their company (the tenant every query is scoped to, ROLE-8) and roles. */
export interface Session {
  userId: string;
  companyId: string;
  roles: string[];
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ContextInner {
  db: Db;
  clock: Clock;
  session: Session | null;
}

/** Adapter-free context: tests build it directly and call procedures through `createCaller`. */
export function createContextInner(inner: ContextInner): ContextInner {
  return inner;
}

export type Context = ContextInner;

/**
 * The session of the seeded demo company's Global admin.
 * Issue 3 (sign-in) replaces it with the session read from the request's cookie.
 */
export function demoSession(): Session {
  return { userId: CONTOSO_ADMIN_ID, companyId: CONTOSO_ID, roles: ['global_admin'] };
}

/** Builds the context of one HTTP request for the Fastify adapter. */
export function fastifyContextFactory(deps: { db: Db; clock?: Clock }) {
  return (_opts: CreateFastifyContextOptions): Context =>
    createContextInner({ db: deps.db, clock: deps.clock ?? systemClock, session: demoSession() });
}
