import type { Role, TokenPermission } from '@pbc/contract';
import { getTRPCErrorFromUnknown } from '@trpc/server';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { randomUUID } from 'node:crypto';
import { defaultSessionSettings, type SessionSettings } from '../config.js';
import type { Db } from '../db/database.js';
import { toClientError } from '../errors.js';
import { readSession, sessionCookieWriter, type SessionCookie } from '../http/session-cookie.js';
import { fixedDelay, type Fulfilment } from '../jobs/fulfilment.js';
import { processKeyCipher, type KeyCipher } from '../modules/software/key-cipher.js';
import { refuseBatchedMutations } from './batching.js';

/**
 * Who is calling: the user, their company (the tenant every query is scoped to, ROLE-8) and roles;
 * or an API token, scoped to its company and permissions. Passed as the `PermissionHolder`
 * of the rules.
 */
export interface Session {
  /** The `sessions` row, revoked by sign-out. */
  id: string;
  userId: string;
  companyId: string;
  /** A person's roles; for an API token, its creator's roles now. */
  roles: Role[];
  /** For an API token, how the audit log names it. */
  displayName: string;
  /** Set when the caller is an API token: the user is its creator. */
  token?: { id: string; name: string; prefix: string };
  /** An API token's permissions: it holds those its creator's roles grant too. */
  permissions?: TokenPermission[];
}

/** Every "now" of the server comes from here, so tests move time instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What procedures know about the HTTP request. */
export interface RequestInfo {
  /** Fastify's request id, echoed as `x-request-id` and written to audit events. */
  id: string;
  /** The client's address (X-Forwarded-For only with TRUST_PROXY): the sign-in rate limit key. */
  clientAddress: string;
  /** The `Idempotency-Key` header. */
  idempotencyKey: string | null;
}

export interface ContextInner {
  db: Db;
  clock: Clock;
  sessionSettings: SessionSettings;
  session: Session | null;
  request: RequestInfo;
  cookie: SessionCookie;
  /** Opens the product keys stored encrypted (SW-2). */
  keyCipher: KeyCipher;
  /** How long work that takes days takes; jobs are due after it. */
  fulfilment: Fulfilment;
}

const noCookie: SessionCookie = { set() {}, clear() {} };

/**
 * Adapter-free context: tests build it directly and call procedures through `createCaller`;
 * what they leave out gets a neutral default (no cookie written, a fresh request id).
 */
export function createContextInner(
  inner: Pick<ContextInner, 'db'> &
    Partial<Omit<ContextInner, 'request'>> & {
      request?: Partial<RequestInfo>;
    },
): ContextInner {
  return {
    clock: systemClock,
    sessionSettings: defaultSessionSettings,
    session: null,
    cookie: noCookie,
    keyCipher: processKeyCipher(),
    // Tests run due jobs themselves: nothing waits unless a test says so.
    fulfilment: fixedDelay(0),
    ...inner,
    request: {
      id: randomUUID(),
      clientAddress: '127.0.0.1',
      idempotencyKey: null,
      ...inner.request,
    },
  };
}

export type Context = ContextInner;

export interface ContextDeps {
  db: Db;
  clock: Clock;
  sessionSettings: SessionSettings;
  keyCipher: KeyCipher;
  fulfilment: Fulfilment;
}

/** Builds the context of one HTTP request for the Fastify adapter: the session comes from the cookie. */
export function fastifyContextFactory(deps: ContextDeps) {
  return async ({ req, res, info }: CreateFastifyContextOptions): Promise<Context> => {
    refuseBatchedMutations(info);
    const key = req.headers['idempotency-key'];
    // Reading the session is the first query of every call: a database that is away answers 503.
    const session = await readSession(req, deps).catch((error: unknown) => {
      throw toClientError(getTRPCErrorFromUnknown(error));
    });
    return createContextInner({
      ...deps,
      session,
      cookie: sessionCookieWriter(req, res),
      request: {
        id: req.id,
        clientAddress: req.ip,
        idempotencyKey: typeof key === 'string' && key !== '' ? key : null,
      },
    });
  };
}
