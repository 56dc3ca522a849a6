import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { developmentKey, keyCipher } from './key-cipher.js';

const key = 'Q7K4M-2TB9X-VH8JD-RC3WP-6N4YF';

describe('product keys at rest (SW-2)', () => {
  it('SW-2 seals with a fresh IV each time and opens only with the same key', () => {
    const cipher = keyCipher(randomBytes(32));
    const first = cipher.seal(key);
    const second = cipher.seal(key);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(cipher.open(first)).toBe(key);
    expect(cipher.open(second)).toBe(key);
    expect(() => keyCipher(randomBytes(32)).open(first)).toThrow();
  });

  it('SW-2 refuses tampered ciphertext (GCM authenticates) and a key of the wrong size', () => {
    const cipher = keyCipher(randomBytes(32));
    const sealed = cipher.seal(key);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    expect(() => cipher.open({ ...sealed, ciphertext: bytes.toString('base64') })).toThrow();
    expect(() => keyCipher(randomBytes(16))).toThrow(/32 bytes/);
  });

  it('SW-2 the development key is generated once into the data folder, owner-only, and reused', () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'pbc-key-')), 'data');
    const first = developmentKey(dataDir);
    expect(first).toHaveLength(32);
    expect(developmentKey(dataDir).equals(first)).toBe(true);
    const file = path.join(dataDir, 'key-encryption.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(first.toString('base64'));
  });
});
