// Software benefits (SW-1…SW-4), scoped to the caller's company (ROLE-8).
import {
  SoftwareLanguage,
  SoftwareOs,
  type DownloadsInput,
  type ListOptions,
  type RevealedKeys,
  type SoftwareDownloads,
  type SoftwareKeySummary,
  type SoftwareListItem,
  type SoftwarePreferences,
} from '@pbc/contract';
import { checkKeyReveal, chooseDownload } from '@pbc/rules';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { companies } from '../identity/schema.js';
import {
  softwareBenefits,
  softwareDownloads,
  softwareInstructions,
  softwareKeys,
  softwarePreferences,
} from './schema.js';
import { AppError, refused } from '../../errors.js';
import type { Session } from '../../trpc/context.js';
import { recordAudit, type ActorContext } from '../audit/audit.js';
import { forbidden } from '../identity/directory.js';
import type { KeyCipher } from './key-cipher.js';
import { preparedPerHandle } from '../../db/prepared.js';
import { recordFirstUse, refundAtRiskOf, refundsAtRisk } from '../../shared/benefit-use.js';

/**
 * At start: does `cipher` open the stored product keys? A replaced key file or a wrong
 * KEY_ENCRYPTION_KEY would otherwise surface as a failed "Get keys" much later.
 */
export async function opensStoredKeys(db: Db, cipher: KeyCipher): Promise<boolean> {
  const [sample] = await db.select().from(softwareKeys).limit(1);
  if (!sample) return true;
  try {
    cipher.open(sample);
    return true;
  } catch {
    return false;
  }
}

/** The keys of these benefits of the company, oldest first, still sealed. */
const keysOf = (db: Db, companyId: string, benefitIds: string[]) =>
  db
    .select()
    .from(softwareKeys)
    .where(and(eq(softwareKeys.companyId, companyId), inArray(softwareKeys.benefitId, benefitIds)))
    .orderBy(asc(softwareKeys.createdAt), asc(softwareKeys.id));

const summary = ({ id, kind, activationsUsed, activationsAllowed }: SoftwareKeySummary) => ({
  id,
  kind,
  activationsUsed,
  activationsAllowed,
});

/** SW-1's rows: the company's software benefits in name order, the first `limit`. */
const listedBenefits = (db: Db) => {
  const t = softwareBenefits;
  return db
    .select({
      id: t.id,
      packageId: t.packageId,
      name: t.name,
      quantity: t.quantity,
      offerType: t.offerType,
      benefitType: t.benefitType,
      expiresOn: t.expiresOn,
    })
    .from(t)
    .where(eq(t.companyId, sql.placeholder('companyId')))
    .orderBy(asc(sql`${t.name}->>'en-US'`), asc(t.id))
    .limit(sql.placeholder('limit'));
};

/**
 * The list's two queries, prepared once per handle (`preparedPerHandle`): the rows, and the keys
 * of those same rows (a subquery, so both run at once with the refund-risk query).
 */
const softwareList = preparedPerHandle((db) => {
  const listed = listedBenefits(db).as('listed');
  return {
    rows: listedBenefits(db).prepare('pbc_software_list'),
    keys: db
      .select()
      .from(softwareKeys)
      .where(
        and(
          eq(softwareKeys.companyId, sql.placeholder('companyId')),
          inArray(softwareKeys.benefitId, db.select({ id: listed.id }).from(listed)),
        ),
      )
      .orderBy(asc(softwareKeys.createdAt), asc(softwareKeys.id))
      .prepare('pbc_software_list_keys'),
  };
});

/** The list (SW-1) with each row's keys, without their text, and the refund a reveal would end (MEM-5). */
export async function listSoftwareBenefits(
  db: Db,
  companyId: string,
  { limit }: ListOptions,
  now: Date,
): Promise<SoftwareListItem[]> {
  const list = softwareList(db);
  const [rows, keys, atRisk] = await Promise.all([
    list.rows.execute({ companyId, limit }),
    list.keys.execute({ companyId, limit }),
    refundsAtRisk(db, companyId, now),
  ]);
  return rows.map(({ packageId, ...row }) => ({
    ...row,
    keys: keys.filter((key) => key.benefitId === row.id).map(summary),
    refundAtRisk: refundAtRiskOf(atRisk, packageId),
  }));
}

/** The caller's company's benefit, or NOT_FOUND, also for another company's id (ROLE-8). */
async function findBenefit(db: Db, companyId: string, benefitId: string) {
  const [benefit] = await db
    .select({
      id: softwareBenefits.id,
      name: softwareBenefits.name,
      packageId: softwareBenefits.packageId,
    })
    .from(softwareBenefits)
    .where(and(eq(softwareBenefits.id, benefitId), eq(softwareBenefits.companyId, companyId)));
  if (!benefit) throw new AppError('NOT_FOUND', 'Software benefit not found');
  return benefit;
}

/**
 * "Get keys" (SW-2, ROLE-4, MEM-1): the keys, decrypted, and the special instructions. The first
 * view ends the refund of the package that granted it (MEM-4); every view is audited without the key
 * text.
 */
export async function revealKeys(
  tx: Db,
  ctx: ActorContext & { keyCipher: KeyCipher },
  input: { benefitId: string },
): Promise<RevealedKeys> {
  const { companyId } = ctx.session;
  const benefit = await findBenefit(tx, companyId, input.benefitId);
  const [company] = await tx
    .select({ pmcMigrated: companies.pmcMigrated })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) throw new AppError('NOT_FOUND', 'Company not found');
  const decision = checkKeyReveal(ctx.session, company);
  if (!decision.allowed)
    throw decision.reason === 'MISSING_ROLE'
      ? await forbidden(tx, companyId, decision)
      : refused(decision.reason);

  const sealed = await keysOf(tx, companyId, [benefit.id]);
  const [instructions] = await tx
    .select({ text: softwareInstructions.text })
    .from(softwareInstructions)
    .where(
      and(
        eq(softwareInstructions.benefitId, benefit.id),
        eq(softwareInstructions.companyId, companyId),
      ),
    );
  const keys = sealed.map((key) => ({ ...summary(key), key: ctx.keyCipher.open(key) }));
  await recordFirstUse(tx, ctx, benefit.packageId, 'key_viewed');
  await tx
    .update(softwareBenefits)
    .set({ keysRevealedAt: ctx.clock.now() })
    .where(and(eq(softwareBenefits.id, benefit.id), isNull(softwareBenefits.keysRevealedAt)));
  await recordAudit(tx, ctx, {
    action: 'software.revealKeys',
    targetType: 'software_benefit',
    targetId: benefit.id,
    targetName: benefit.name['en-US'],
    after: { product: benefit.name['en-US'], keyIds: keys.map((key) => key.id) },
  });
  return { benefitId: benefit.id, keys, instructions: instructions?.text ?? null };
}

async function rememberedChoice(db: Db, session: Session): Promise<SoftwarePreferences | null> {
  const [row] = await db
    .select({ language: softwarePreferences.language, os: softwarePreferences.os })
    .from(softwarePreferences)
    .where(
      and(
        eq(softwarePreferences.userId, session.userId),
        eq(softwarePreferences.companyId, session.companyId),
      ),
    );
  return row ?? null;
}

/** SW-3: the installation packages of one language and OS, and the languages and OS types offered. */
export async function listDownloads(
  db: Db,
  session: Session,
  input: DownloadsInput,
): Promise<SoftwareDownloads> {
  const benefit = await findBenefit(db, session.companyId, input.benefitId);
  const [files, remembered] = await Promise.all([
    db
      .select()
      .from(softwareDownloads)
      .where(
        and(
          eq(softwareDownloads.benefitId, benefit.id),
          eq(softwareDownloads.companyId, session.companyId),
        ),
      )
      .orderBy(asc(softwareDownloads.fileName)),
    rememberedChoice(db, session),
  ]);
  // In the contract's order, so the pickers list them the same way for every product.
  const languages = SoftwareLanguage.options.filter((l) => files.some((f) => f.language === l));
  const oses = SoftwareOs.options.filter((os) => files.some((f) => f.os === os));
  const choice = chooseDownload({ languages, oses }, input, remembered);
  return {
    languages,
    oses,
    ...choice,
    items: files
      .filter((f) => f.language === choice.language && f.os === choice.os)
      .map(({ id, fileName, sizeBytes, sha256, url }) => ({
        id,
        fileName,
        sizeBytes,
        sha256,
        url,
      })),
  };
}

/** SW-3: remembers the user's display language and OS type; audited like every change. */
export async function savePreferences(
  tx: Db,
  ctx: ActorContext,
  input: SoftwarePreferences,
): Promise<SoftwarePreferences> {
  const { session } = ctx;
  const before = await rememberedChoice(tx, session);
  const values = { ...input, updatedAt: ctx.clock.now() };
  await tx
    .insert(softwarePreferences)
    .values({ userId: session.userId, companyId: session.companyId, ...values })
    .onConflictDoUpdate({ target: softwarePreferences.userId, set: values });
  await recordAudit(tx, ctx, {
    action: 'software.savePreferences',
    targetType: 'user',
    targetId: session.userId,
    targetName: session.displayName,
    before,
    after: input,
  });
  return input;
}
