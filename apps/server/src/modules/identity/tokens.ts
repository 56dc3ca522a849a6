import { createHash, randomBytes } from 'node:crypto';

/** A session token: 256 random bits, sent to the browser only; the database keeps its hash. */
export function newSessionToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashSessionToken(token) };
}

/** SHA-256 suffices for a 256-bit random token (no dictionary to guess from). */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
