// Builds the HTTP server: security headers, /healthz, tRPC at /trpc, /remotes.json and,
// given a static root, the built shell and remotes. `main.ts` listens; tests use `app.inject`.
import cookie from '@fastify/cookie';
import { maxBatchCalls } from '@pbc/contract';
import rateLimit from '@fastify/rate-limit';
import helmet from 'helmet';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { sql } from 'drizzle-orm';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { randomUUID } from 'node:crypto';
import { defaultSessionSettings, type Config, type SessionSettings } from './config.js';
import type { Db } from './db/database.js';
import { appErrorOf, toTRPCError } from './errors.js';
import { registerOpenApi } from './http/openapi.js';
import { registerOriginCheck } from './http/origin-check.js';
import { bearerTokenOf, hashApiToken } from './modules/identity/api-tokens.js';
import { rateLimited } from './shared/rate-limit.js';
import { registerTestClock, type MovableClock } from './http/test-clock.js';
import { fixedDelay, type Fulfilment } from './jobs/fulfilment.js';
import { serverModules } from './modules/registry.js';
import { loggerOptions } from './log.js';
import { readRemoteManifest } from './remotes.js';
import { processKeyCipher, type KeyCipher } from './modules/software/key-cipher.js';
import { registerStatic } from './static.js';
import {
  fastifyContextFactory,
  systemClock,
  type Clock,
  type ContextDeps,
} from './trpc/context.js';
import { appRouter, type AppRouter } from './trpc/router.js';

export interface AppOptions {
  db: Db;
  clock?: Clock;
  /** REMOTES_MANIFEST: a manifest file to serve instead of the registry's. */
  remotesManifest?: string;
  /** Folder holding `apps/<project>/dist`; without it only the API is served. */
  staticRoot?: string;
  logLevel?: Config['logLevel'];
  sessionSettings?: SessionSettings;
  /** Honour X-Forwarded-Proto/-For (HTTPS detection, client address) from a reverse proxy. */
  trustProxy?: boolean;
  /** Origins besides the server's own whose browsers may send mutations. */
  allowedOrigins?: readonly string[];
  /** Origins besides the server's own that `remotes.json` entries may load from (REMOTE_ORIGINS). */
  remoteOrigins?: readonly string[];
  /** The product keys' cipher (SW-2); tests default to the process's generated key. */
  keyCipher?: KeyCipher;
  /** PBC_TEST_CLOCK: `clock` is this one and `POST /__test/clock` moves it (browser tests only). */
  testClock?: MovableClock;
  /** How long work that takes days takes; tests default to none. */
  fulfilment?: Fulfilment;
  /** requests one API token may send per window, on this instance (default 600 a minute). */
  tokenRateLimit?: { max: number; windowMs: number };
}

export const defaultTokenRateLimit = { max: 600, windowMs: 60_000 };

/** Helmet's default, one year with subdomains. */
const hsts = 'max-age=31536000; includeSubDomains';
/** A request that took this long is logged at info (the others at debug). */
const slowRequestMs = 1000;

/**
 * Fastify logs two info lines for every request, which costs more CPU than a small query: here
 * they are debug lines, and a completed request is logged at info only when it failed on the
 * server or was slow. Errors are logged as Fastify logs them.
 */
class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error || reply.statusCode >= 500 || reply.elapsedTime >= slowRequestMs)
      return super.requestCompleted(error, request, reply);
    reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
const apiPrefixes = ['/trpc/', '/api/'];
/** Methods that fetch's Request refuses (tRPC's adapter would fail with a 500) and nobody needs. */
const refusedMethods = new Set(['TRACE', 'TRACK', 'CONNECT']);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const remoteOrigins = options.remoteOrigins ?? [];
  // Fail at start, not at the first page load, when the manifest is wrong.
  await readRemoteManifest(options.remotesManifest, remoteOrigins);

  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? 'info'),
    // Batched tRPC calls put every procedure name in the path.
    routerOptions: { maxParamLength: 5000 },
    trustProxy: options.trustProxy ?? false,
    // Unique across restarts and instances: audit events carry it.
    genReqId: () => randomUUID(),
    logController: new RequestLogController(),
  });
  const deps: ContextDeps = {
    db: options.db,
    clock: options.testClock ?? options.clock ?? systemClock,
    sessionSettings: options.sessionSettings ?? defaultSessionSettings,
    keyCipher: options.keyCipher ?? processKeyCipher(),
    fulfilment: options.fulfilment ?? fixedDelay(0),
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // TRACE echoes the request (cookies included) back; nothing here answers it or its kin.
    if (refusedMethods.has(request.method))
      return reply
        .code(405)
        .header('allow', 'GET, HEAD, POST')
        .send({ error: 'METHOD_NOT_ALLOWED', message: `${request.method} is not supported` });
  });
  // Routes outside tRPC (the CSV exports) fail as tRPC calls do: 503 while the database is away,
  // a typed 4xx for a value it refuses; anything else is Fastify's 500.
  app.setErrorHandler((error, request, reply) => {
    const known = appErrorOf(error);
    if (!known) return reply.send(error);
    if (known.code === 'UNAVAILABLE') request.log.warn({ err: error }, 'database unavailable');
    const mapped = toTRPCError(known);
    return reply.code(getHTTPStatusCodeFromError(mapped)).send({
      error: mapped.code,
      message: mapped.message,
      fieldErrors: known.extras.fieldErrors ?? {},
      details: known.extras.details ?? null,
    });
  });
  registerOriginCheck(app, options.allowedOrigins ?? []);
  await app.register(cookie);
  // each API token has its own budget (kept in this instance's memory: the token check itself
  // stays one query); browsers' sessions are not counted here. Over it: 429 with Retry-After.
  const tokenLimit = options.tokenRateLimit ?? defaultTokenRateLimit;
  await app.register(rateLimit, {
    global: true,
    max: tokenLimit.max,
    timeWindow: tokenLimit.windowMs,
    allowList: (request) => bearerTokenOf(request.headers.authorization) === null,
    keyGenerator: (request) =>
      `token:${hashApiToken(bearerTokenOf(request.headers.authorization) ?? '')}`,
    errorResponseBuilder: (_request, context) =>
      rateLimited('Too many requests with this API token', Math.ceil(context.ttl / 60_000)),
  });

  // The security headers are the same on every answer, so helmet's middleware is built once here
  // (@fastify/helmet built it again, CSP directives parsed, on every request).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Remote modules load as scripts from the origins their entries may use.
        scriptSrc: ["'self'", ...remoteOrigins],
        // Fluent UI injects its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...remoteOrigins],
        // The app is also served over plain http on localhost.
        upgradeInsecureRequests: null,
      },
    },
    // Sent below, over HTTPS only.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  // HSTS over plain HTTP means nothing to a browser and tells a proxy's client the wrong thing.
  // `request.protocol` believes X-Forwarded-Proto only with TRUST_PROXY, as for the Secure cookie.
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', hsts);
  });
  // API answers are per user and may hold secrets (`software.revealKeys`): no cache keeps them.
  app.addHook('onRequest', async (request, reply) => {
    if (apiPrefixes.some((prefix) => request.url.startsWith(prefix)))
      reply.header('cache-control', 'no-store');
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await options.db.execute(sql`select 1`);
      return { status: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'health check: database unreachable');
      return reply
        .code(503)
        .send({ status: 'unavailable', message: 'The database does not answer' });
    }
  });

  // tRPC's adapter answers with a fetch Response, which Fastify streams chunk by chunk (chunked
  // transfer encoding, a write per chunk). Its body is one JSON text, built in full before the
  // Response exists (httpBatchLink, no streaming link): sent as one buffer with a content-length,
  // the same status, headers and bytes cost a fraction of the CPU.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!(payload instanceof Response) || !request.url.startsWith('/trpc/')) return payload;
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    return Buffer.from(await payload.arrayBuffer());
  });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: maxBatchCalls,
      createContext: fastifyContextFactory(deps),
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error, path }, 'tRPC procedure failed');
        if (error.code === 'SERVICE_UNAVAILABLE')
          req.log.warn({ err: error.cause, path }, 'database unavailable');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  for (const module of serverModules) module.http?.(app, deps);
  registerOpenApi(app);
  if (options.testClock) registerTestClock(app, options.testClock, options.db);

  // Read per request, so pointing REMOTES_MANIFEST's file at a new remote build needs no restart.
  app.get('/remotes.json', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      return await readRemoteManifest(options.remotesManifest, remoteOrigins);
    } catch (error) {
      // The message names the file: for the log, not for the browser.
      request.log.error({ err: error }, 'remote manifest unusable');
      return reply.code(503).send({
        error: 'SERVICE_UNAVAILABLE',
        message: 'The list of benefit modules cannot be read right now',
      });
    }
  });

  if (options.staticRoot) await registerStatic(app, options.staticRoot);
  return app;
}
