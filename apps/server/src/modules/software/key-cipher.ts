// Product keys at rest (SW-2): AES-256-GCM with a random IV per key; the 32-byte key comes from
// KEY_ENCRYPTION_KEY or, when unset, a development key generated once into the data folder.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SealedKey {
  /** Base64 each. */
  ciphertext: string;
  iv: string;
  tag: string;
}

export interface KeyCipher {
  seal(plain: string): SealedKey;
  /** Throws when the key does not match (another key, or tampered data): GCM authenticates. */
  open(sealed: SealedKey): string;
}

const algorithm = 'aes-256-gcm';
export const keyEncryptionKeyBytes = 32;

export function keyCipher(key: Buffer): KeyCipher {
  if (key.length !== keyEncryptionKeyBytes)
    throw new Error(`The key encryption key must be ${keyEncryptionKeyBytes} bytes`);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv(algorithm, key, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return {
        ciphertext: ciphertext.toString('base64'),
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
      };
    },
    open({ ciphertext, iv, tag }) {
      const decipher = createDecipheriv(algorithm, key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([
        decipher.update(Buffer.from(ciphertext, 'base64')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/** The development key: `<dataDir>/key-encryption.key`, written (owner-only) on the first start. */
export function developmentKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'key-encryption.key');
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: only the first start writes it; later starts (and a concurrent one) read it.
    const fresh = randomBytes(keyEncryptionKeyBytes).toString('base64');
    writeFileSync(file, fresh, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}

let processCipher: KeyCipher | undefined;
/**
 * One generated key per process: what in-memory test databases are seeded and read with when no
 * key is given. `main.ts` always passes the configured one.
 */
export function processKeyCipher(): KeyCipher {
  processCipher ??= keyCipher(randomBytes(keyEncryptionKeyBytes));
  return processCipher;
}
