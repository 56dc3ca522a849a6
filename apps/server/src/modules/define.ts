// What a server module is: its routers, tables, demo data, jobs and HTTP routes, in one object
// the registry (registry.ts) lists. Adding a module = its folder + one registry line.
import type { AnyRouter } from '@trpc/server';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import type { AnyJobDefinition } from '../jobs/queue.js';
import type { ContextDeps } from '../trpc/context.js';

/** What a module's demo data may use (db/seed.ts runs every module's seed in registry order). */
export interface SeedContext {
  now: Date;
  /** The scrypt hash of the demo password, computed once. */
  passwordHash: string;
  /** Seals the demo product keys (SW-2). */
  keyCipher: ContextDeps['keyCipher'];
}

export interface ServerModule<
  Id extends string = string,
  Routers extends Record<string, AnyRouter> = Record<string, AnyRouter>,
> {
  /** A benefit module's id (`visual-studio`, as in `@pbc/contract`'s registry), or a core one's. */
  id: Id;
  /** Mounted on the app router under their keys (a benefit module: the camelCase of its id). */
  routers: Routers;
  /** Its tables and enums (`import * as schema from './schema.js'`); drizzle-kit reads the file. */
  schema: Record<string, unknown>;
  /**
   * Inserts the module's demo rows, idempotently (fixed ids, ON CONFLICT DO NOTHING), after the
   * modules before it in the registry; answers how many rows it inserted.
   */
  seed?: (tx: Db, context: SeedContext) => Promise<number>;
  /** Its durable jobs: each gets a queue at start, and the worker runs them. */
  jobs?: readonly AnyJobDefinition[];
  /** Routes outside tRPC (CSV exports). */
  http?: (app: FastifyInstance, deps: ContextDeps) => void;
}

/** Keeps the id's and the routers' types, so the registry is checked and the app router typed. */
export const defineServerModule = <
  const Id extends string,
  Routers extends Record<string, AnyRouter>,
>(
  module: ServerModule<Id, Routers>,
): ServerModule<Id, Routers> => module;
