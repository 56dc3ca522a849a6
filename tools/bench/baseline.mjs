// What the benchmarks' baseline routes share: they read the product's session cookie and replay
// the statements the product sent, recorded here; the product's procedures without HTTP
// (`callerFor`); and the library's floor, "tRPC alone".
import cookie from '@fastify/cookie';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { defaultSessionSettings } from '../../apps/server/src/config.ts';
import { fixedDelay } from '../../apps/server/src/jobs/fulfilment.ts';
import { resolveSession } from '../../apps/server/src/modules/identity/sessions.ts';
import { hashSessionToken } from '../../apps/server/src/modules/identity/tokens.ts';
import { processKeyCipher } from '../../apps/server/src/modules/software/key-cipher.ts';
import {
  createContextInner,
  fastifyContextFactory,
  systemClock,
} from '../../apps/server/src/trpc/context.ts';
import { appRouter } from '../../apps/server/src/trpc/router.ts';

/** The `pbc_session` token of the request's cookie; null without. */
export function sessionTokenOf(request) {
  const token = /(?:^|;\s*)pbc_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  return token ? decodeURIComponent(token) : null;
}

/** The same token hashed as the product hashes it before its session lookup; null without. */
export function hashedSessionToken(request) {
  const token = sessionTokenOf(request);
  return token ? hashSessionToken(token) : null;
}

/**
 * Records the statements (text, values, prepared name) sent on a node-postgres pool's
 * connections between `start()` and `stop()`.
 */
export function statementRecorder(pool) {
  let recording = null;
  const connect = pool.connect.bind(pool);
  const recorded = (client) => {
    if (client && !client.recorded) {
      client.recorded = true;
      const query = client.query.bind(client);
      client.query = (config, ...rest) => {
        const statement = typeof config === 'string' ? { text: config } : { ...config };
        // drizzle passes the parameters as the second argument.
        if (Array.isArray(rest[0])) statement.values = rest[0];
        recording?.push(statement);
        return query(config, ...rest);
      };
    }
    return client;
  };
  // `pool.query` checks out through `connect` with a callback, transactions without one.
  pool.connect = (callback) =>
    callback
      ? connect((error, client, release) => callback(error, recorded(client), release))
      : connect().then(recorded);
  return {
    start() {
      recording = [];
    },
    stop() {
      const statements = recording;
      recording = null;
      return statements;
    },
  };
}

/**
 * The product's procedures through tRPC's `createCaller` for the session of `token`, read as the
 * product reads it on every call: the procedure without tRPC's HTTP adapter or the product's plugins.
 */
export async function callerFor(db, token) {
  const session = await resolveSession(db, token, new Date(), defaultSessionSettings);
  return appRouter.createCaller(createContextInner({ db, session }));
}

/**
 * The product's router and context behind a bare Fastify with only @fastify/cookie and tRPC's
 * plugin, as tRPC's documentation sets it up: no security headers, log, rate limit, origin check
 * or buffered answer. The product minus this is what the product's own HTTP plugins cost.
 */
export async function trpcAlone(db) {
  const app = Fastify({ logger: false });
  await app.register(cookie);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: fastifyContextFactory({
        db,
        clock: systemClock,
        sessionSettings: defaultSessionSettings,
        keyCipher: processKeyCipher(),
        fulfilment: fixedDelay(0),
      }),
    },
  });
  return app;
}
