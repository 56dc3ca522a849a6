// Ids derived from what a row is, so writing it twice collides instead of duplicating: a
// package's provisioned benefit is the same row however often provisioning runs (MEM-8).
import { createHash } from 'node:crypto';

/** A UUID (version 5 layout, SHA-1 of the parts) determined by `parts`. */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The row a package's benefit `benefitKey` is provisioned as. */
export const grantRowId = (packageId: string, benefitKey: string) =>
  derivedId('grant', packageId, benefitKey);
