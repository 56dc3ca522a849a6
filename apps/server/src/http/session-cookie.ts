// The session cookie: the one place its name and flags are decided.
// The cookie methods used here come from @fastify/cookie's augmentation of Fastify's types; importing
// it here keeps this file type-correct in any program that reaches it (the sdk does, via AppRouter).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionSettings } from '../config.js';
import type { Db } from '../db/database.js';
import { bearerTokenOf, resolveApiToken } from '../modules/identity/api-tokens.js';
import { resolveSession } from '../modules/identity/sessions.js';
import type { Clock, Session } from '../trpc/context.js';

export const SESSION_COOKIE = 'pbc_session';

export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/**
 * The caller of the request: the API token of `Authorization: Bearer` (X-6; one that does not work
 * is UNAUTHORIZED with its reason, never a fall-back to the cookie), else the session named by the
 * cookie, or null when absent, unknown, revoked or expired.
 */
export function readSession(
  req: FastifyRequest,
  deps: { db: Db; clock: Clock; sessionSettings: SessionSettings },
): Promise<Session | null> {
  const bearer = bearerTokenOf(req.headers.authorization);
  if (bearer) return resolveApiToken(deps.db, bearer, deps.clock.now());
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return Promise.resolve(null);
  return resolveSession(deps.db, token, deps.clock.now(), deps.sessionSettings);
}

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site posts), Secure when the
 * request came over HTTPS (`req.protocol` honours X-Forwarded-Proto only with TRUST_PROXY).
 */
export function sessionCookieWriter(req: FastifyRequest, reply: FastifyReply): SessionCookie {
  const flags = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.protocol === 'https',
  } as const;
  return {
    set: (token, expiresAt) =>
      void reply.setCookie(SESSION_COOKIE, token, { ...flags, expires: expiresAt }),
    clear: () => void reply.clearCookie(SESSION_COOKIE, flags),
  };
}
