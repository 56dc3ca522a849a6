import { describe, expect, it } from 'vitest';
import { generateTemporaryPassword, hashPassword, verifyPassword } from './passwords.js';
import { hashSessionToken, newSessionToken } from './tokens.js';

describe('passwords and session tokens', () => {
  it('hashes with salted scrypt and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored).not.toContain('correct horse');
    expect(await hashPassword('correct horse')).not.toBe(stored);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsE', stored)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('makes temporary passwords long and different each time', () => {
    const a = generateTemporaryPassword();
    expect(a.length).toBeGreaterThanOrEqual(16);
    expect(generateTemporaryPassword()).not.toBe(a);
  });

  it('stores a session token only as its hash', () => {
    const { token, tokenHash } = newSessionToken();
    expect(token).toHaveLength(43);
    expect(tokenHash).toBe(hashSessionToken(token));
    expect(tokenHash).not.toContain(token);
  });
});
