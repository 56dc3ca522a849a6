// Cross-site protection: a browser sends `Origin` with every POST; one from another site is refused
// before it reaches tRPC. Requests without `Origin` (the Node SDK, curl) pass: a browser cannot
// omit it on a cross-site POST. SameSite=Lax on the cookie is the second line. A request with an
// API token (`Authorization: Bearer`, X-6) passes too: the server then ignores any cookie, and no
// browser adds that header on its own, so there is nothing to forge.
import type { FastifyInstance } from 'fastify';
import { bearerTokenOf } from '../modules/identity/api-tokens.js';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function registerOriginCheck(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !unsafeMethods.has(request.method)) return;
    if (bearerTokenOf(request.headers.authorization)) return;
    // `request.protocol` and `request.host` honour X-Forwarded-* only with TRUST_PROXY.
    if (origin === `${request.protocol}://${request.host}` || allowed.has(origin)) return;
    request.log.warn({ origin }, 'cross-site request refused');
    return reply.code(403).send({ error: 'FORBIDDEN', message: 'Cross-site request refused' });
  });
}
