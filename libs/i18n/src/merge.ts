/**
 * Merges message parts key by key, deep: a module's part adds its entries to the lists other parts
 * show (`errors.reasons`, `audit.actions`, …). No message has two homes (i18n.test.ts).
 */
export function mergeParts(parts: readonly object[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const part of parts)
    for (const [key, value] of Object.entries(part)) {
      const held = merged[key];
      merged[key] =
        typeof held === 'object' && held !== null && typeof value === 'object'
          ? mergeParts([held, value])
          : value;
    }
  return merged;
}
