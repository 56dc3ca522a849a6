import { z } from 'zod';
import { Id, LocalizedText, refusalPart } from './common.js';
import { SoftwareBenefit } from './benefits.js';
import { RefundAtRisk } from './packages.js';

/** How a product key activates: retail (one machine), MAK (a fixed number of activations, SW-4), static (built into the media). */
export const SoftwareKeyKind = z.enum(['retail', 'mak', 'static']);
export type SoftwareKeyKind = z.infer<typeof SoftwareKeyKind>;

/** The display languages installation packages come in (SW-3). */
export const SoftwareLanguage = z.enum(['en-US', 'zh-CN', 'de-DE', 'fr-FR', 'ja-JP']);
export type SoftwareLanguage = z.infer<typeof SoftwareLanguage>;

/** The OS type of the computers the software is installed on (SW-3). */
export const SoftwareOs = z.enum(['x64', 'x86', 'arm64']);
export type SoftwareOs = z.infer<typeof SoftwareOs>;

/** A key without its text: what the list shows before "Get keys" (SW-4 counts included). */
export const SoftwareKeySummary = z.object({
  id: Id,
  kind: SoftwareKeyKind,
  /** MAK only (SW-4); null for retail and static keys. */
  activationsUsed: z.number().int().nonnegative().nullable(),
  activationsAllowed: z.number().int().positive().nullable(),
});
export type SoftwareKeySummary = z.infer<typeof SoftwareKeySummary>;

/** A row of the Software tab with what its expanded details and "Get keys" need (SW-1, MEM-5). */
export const SoftwareListItem = SoftwareBenefit.extend({
  keys: z.array(SoftwareKeySummary),
  /** MEM-5: the refund a first "Get keys" would end; null when there is none left to lose. */
  refundAtRisk: RefundAtRisk,
});
export type SoftwareListItem = z.infer<typeof SoftwareListItem>;

export const RevealKeysInput = z.object({ benefitId: Id });
export type RevealKeysInput = z.input<typeof RevealKeysInput>;

export const RevealedKey = SoftwareKeySummary.extend({
  /** `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`. */
  key: z.string(),
});
export type RevealedKey = z.infer<typeof RevealedKey>;

/** "Get keys" (SW-2): the keys and the product's special instructions. */
export const RevealedKeys = z.object({
  benefitId: Id,
  /** Never stored for an Idempotency-Key replay: a replay answers null, "Get keys" again shows them. */
  keys: z.array(RevealedKey).nullable(),
  instructions: LocalizedText.nullable(),
});
export type RevealedKeys = z.infer<typeof RevealedKeys>;

/** SW-3: without a language or OS the server uses the user's remembered choice. */
export const DownloadsInput = z.object({
  benefitId: Id,
  language: SoftwareLanguage.optional(),
  os: SoftwareOs.optional(),
});
export type DownloadsInput = z.input<typeof DownloadsInput>;

export const SoftwareDownload = z.object({
  id: Id,
  fileName: z.string(),
  sizeBytes: z.number().int().positive(),
  /** Lower-case hex SHA-256 of the file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.url(),
});
export type SoftwareDownload = z.infer<typeof SoftwareDownload>;

/** The product's installation packages for one language and OS, and the choices it offers (SW-3). */
export const SoftwareDownloads = z.object({
  languages: z.array(SoftwareLanguage),
  oses: z.array(SoftwareOs),
  /** The choice applied: the one asked for, else the remembered one, else the product's first. */
  language: SoftwareLanguage.nullable(),
  os: SoftwareOs.nullable(),
  items: z.array(SoftwareDownload),
});
export type SoftwareDownloads = z.infer<typeof SoftwareDownloads>;

/** SW-3: the user's remembered display language and OS type. */
export const SoftwarePreferences = z.object({ language: SoftwareLanguage, os: SoftwareOs });
export type SoftwarePreferences = z.infer<typeof SoftwarePreferences>;

/** SW-4 refusals. */
export const softwareRefusals = refusalPart({
  MAK_ACTIVATIONS_EXHAUSTED: 'Every activation of this MAK key is used; no more are granted',
});
