// What a server module is: its routers, tables, demo data, jobs and HTTP routes, in one object
// the registry (registry.ts) lists. Adding a module = its folder + one registry line.
import type { BenefitModuleKey, BenefitType, LocalizedText, OfferType } from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import type { AnyRouter } from '@trpc/server';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
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
  /**
   * The demo packages this run provisioned: membership's seed provisions them through the
   * purchase's path and adds them here; a module adds its demo history (seats taken, keys used)
   * to their rows only, so a second start changes nothing.
   */
  provisioned: Set<string>;
}

/** One benefit an offer grants in an area (MEM-8): the catalog is code, one list per area. */
export interface CatalogEntry {
  /** Unique within the offer, stable across releases: the provisioned row is found by it. */
  key: string;
  name: LocalizedText;
  /** Core: comes with the level, once however many competencies of it are held; incremental: with the competency. */
  benefitType: BenefitType;
}

/** A catalog entry granted by one package, as its area's `provision` receives it. */
export type Grant<Entry extends CatalogEntry = CatalogEntry> = Entry & {
  /** The row's id, derived from the package and the key: provisioning twice inserts nothing. */
  id: string;
  companyId: string;
  packageId: string;
  offerType: OfferType;
  /** The offer's enrollment year (MEM-2): a benefit lasts it (MEM-3). */
  startsOn: string;
  expiresOn: string;
};

/** A table of provisioned rows (`grantColumns()` of membership's schema). */
export type GrantedTable = PgTable & {
  id: PgColumn;
  companyId: PgColumn;
  packageId: PgColumn;
  benefitKey: PgColumn;
  name: PgColumn;
  offerType: PgColumn;
  benefitType: PgColumn;
  expiresOn: PgColumn;
};

/** What provisioning may use. */
export interface ProvisionContext {
  /** Seals software keys as they are issued (SW-2). */
  keyCipher: ContextDeps['keyCipher'];
}

/**
 * One benefit area of a module (MEM-8): what each offer grants in it, the table its rows live
 * in (what the tab lists and the overview counts), and how a grant becomes rows.
 */
export interface BenefitArea<Entry extends CatalogEntry = CatalogEntry> {
  module: BenefitModuleKey;
  catalog: (offer: HeldOffer) => Entry[];
  table: GrantedTable;
  /** Inserts the grants' rows (and what they own), ON CONFLICT DO NOTHING, in the purchase's transaction. */
  // Method syntax on purpose: an area of a richer entry type still counts as a BenefitArea.
  provision(tx: Db, grants: Grant<Entry>[], context: ProvisionContext): Promise<void>;
  /**
   * How much of one row is granted, activated and used, as integer SQL over `table` (a
   * correlated subquery at most): the report sums them in one query per area (Insights), and a
   * row whose `used` is 0 is "still unused" to the expiry reminders.
   */
  usage: { granted: SQL<number>; activated: SQL<number>; used: SQL<number> };
  /** Deletes what the rows own (keys, downloads) before a refund deletes the rows. */
  withdraw?: (tx: Db, rowIds: string[]) => Promise<void>;
}

/** Keeps an area's entry type, so `provision` sees the fields its catalog adds. */
export const defineBenefitArea = <Entry extends CatalogEntry>(
  area: BenefitArea<Entry>,
): BenefitArea<Entry> => area;

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
  /** Its benefit areas (MEM-8): packages provision into them, the overview counts them. */
  benefits?: readonly BenefitArea[];
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
