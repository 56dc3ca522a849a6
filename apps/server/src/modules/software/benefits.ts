// What each offer grants on the Software tab (MEM-8): products with their licenses, keys (SW-2,
// SW-4), installation files per language and OS (SW-3) and special instructions; and how a grant
// becomes rows. Keys are issued as the package is provisioned, sealed at once (never stored in
// clear); this demo issues fake keys in the product-key form.
import type {
  Competency,
  LocalizedText,
  SoftwareKeyKind,
  SoftwareLanguage,
  SoftwareOs,
} from '@pbc/contract';
import type { HeldOffer } from '@pbc/rules';
import { createHash } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { derivedId } from '../../shared/derived-id.js';
import { sql } from 'drizzle-orm';
import { defineBenefitArea, type CatalogEntry } from '../define.js';
import {
  softwareBenefits,
  softwareDownloads,
  softwareInstructions,
  softwareKeys,
} from './schema.js';

interface Product {
  name: LocalizedText;
  /** MAK keys allow as many activations as the benefit has licenses (SW-4). */
  keys: SoftwareKeyKind[];
  /** File name stem, e.g. `windows_server_2019_datacenter`. */
  stem: string;
  extension: 'iso' | 'img' | 'exe';
  /** Size of the first file; the others differ a little per language and OS. */
  sizeBytes: number;
  languages: SoftwareLanguage[];
  oses: SoftwareOs[];
  instructions?: LocalizedText;
}

const allLanguages: SoftwareLanguage[] = ['en-US', 'zh-CN', 'de-DE', 'fr-FR', 'ja-JP'];

const volumeInstructions: LocalizedText = {
  'en-US':
    'Install with the Office Deployment Tool (setup.exe /configure), then activate with the MAK key. Volume editions cannot be installed from the Microsoft 365 portal.',
  'zh-CN':
    '请使用 Office 部署工具（setup.exe /configure）安装，然后使用 MAK 密钥激活。批量许可版本无法从 Microsoft 365 门户安装。',
};

const products = {
  windowsServerDatacenter: {
    name: { 'en-US': 'Windows Server 2019 Datacenter', 'zh-CN': 'Windows Server 2019 数据中心版' },
    keys: ['mak'],
    stem: 'windows_server_2019_datacenter',
    extension: 'iso',
    sizeBytes: 5_268_090_880,
    languages: allLanguages,
    oses: ['x64'],
  },
  windowsServerStandard: {
    name: { 'en-US': 'Windows Server 2019 Standard', 'zh-CN': 'Windows Server 2019 标准版' },
    keys: ['retail', 'retail'],
    stem: 'windows_server_2019_standard',
    extension: 'iso',
    sizeBytes: 5_268_090_880,
    languages: allLanguages,
    oses: ['x64'],
  },
  sqlEnterprise: {
    name: { 'en-US': 'SQL Server 2019 Enterprise', 'zh-CN': 'SQL Server 2019 企业版' },
    keys: ['static'],
    stem: 'sql_server_2019_enterprise',
    extension: 'iso',
    sizeBytes: 1_565_032_448,
    languages: ['en-US', 'zh-CN', 'de-DE', 'ja-JP'],
    oses: ['x64'],
    instructions: {
      'en-US':
        'The product key is already applied to the installation media. Enter it only if Setup asks for it.',
      'zh-CN': '产品密钥已预先应用到安装介质中。仅当安装程序要求时才输入密钥。',
    },
  },
  sqlStandard: {
    name: { 'en-US': 'SQL Server 2019 Standard', 'zh-CN': 'SQL Server 2019 标准版' },
    keys: ['static'],
    stem: 'sql_server_2019_standard',
    extension: 'iso',
    sizeBytes: 1_565_032_448,
    languages: ['en-US', 'zh-CN'],
    oses: ['x64'],
    instructions: {
      'en-US':
        'The product key is already applied to the installation media. Standard edition is licensed per core: install it on at most 10 cores.',
      'zh-CN': '产品密钥已预先应用到安装介质中。标准版按核心授权：最多安装在 10 个核心上。',
    },
  },
  office: {
    name: { 'en-US': 'Office Professional Plus 2019', 'zh-CN': 'Office 专业增强版 2019' },
    keys: ['mak'],
    stem: 'office_professional_plus_2019',
    extension: 'img',
    sizeBytes: 3_861_381_120,
    languages: allLanguages,
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  visio: {
    name: { 'en-US': 'Visio Professional 2019', 'zh-CN': 'Visio 专业版 2019' },
    keys: ['mak'],
    stem: 'visio_professional_2019',
    extension: 'img',
    sizeBytes: 3_780_116_480,
    languages: ['en-US', 'zh-CN', 'de-DE'],
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  project: {
    name: { 'en-US': 'Project Professional 2019', 'zh-CN': 'Project 专业版 2019' },
    keys: ['mak', 'retail'],
    stem: 'project_professional_2019',
    extension: 'img',
    sizeBytes: 3_795_197_952,
    languages: ['en-US', 'zh-CN', 'ja-JP'],
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  windowsEnterprise: {
    name: { 'en-US': 'Windows 10 Enterprise', 'zh-CN': 'Windows 10 企业版' },
    keys: ['mak'],
    stem: 'windows_10_enterprise_version_21h2',
    extension: 'iso',
    sizeBytes: 5_732_179_968,
    languages: ['en-US', 'zh-CN', 'de-DE', 'fr-FR'],
    oses: ['x64', 'x86', 'arm64'],
  },
} satisfies Record<string, Product>;

type ProductKey = keyof typeof products;

interface SoftwareEntry extends CatalogEntry {
  product: Product;
  quantity: number;
}

const entry = (
  key: ProductKey,
  quantity: number,
  benefitType: SoftwareEntry['benefitType'] = 'core',
): SoftwareEntry => ({
  key,
  name: products[key].name,
  benefitType,
  product: products[key],
  quantity,
});

/** Licenses per product that come with each level. */
const coreProducts: Record<HeldOffer['offerType'], SoftwareEntry[]> = {
  action_pack: [entry('windowsServerStandard', 2), entry('office', 5)],
  silver: [entry('windowsServerDatacenter', 10), entry('office', 25)],
  gold: [
    entry('windowsServerDatacenter', 25),
    entry('sqlEnterprise', 25),
    entry('office', 100),
    entry('visio', 50),
    entry('project', 50),
    entry('windowsEnterprise', 100),
  ],
};

/** The data competencies add SQL Server Standard: Silver 10, Gold 25 licenses. */
const dataCompetencies: readonly Competency[] = ['Data Analytics', 'Data Platform'];

function softwareCatalog(offer: HeldOffer): SoftwareEntry[] {
  const entries = [...coreProducts[offer.offerType]];
  if (
    offer.offerType !== 'action_pack' &&
    dataCompetencies.includes(offer.competencyArea as Competency)
  )
    entries.push(entry('sqlStandard', offer.offerType === 'gold' ? 25 : 10, 'incremental'));
  return entries;
}

const keyAlphabet = 'BCDFGHJKMPQRTVWXY2346789';
const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A fake key in the XXXXX-XXXXX-XXXXX-XXXXX-XXXXX form, derived from its row id: no real key. */
export function issuedProductKey(keyId: string): string {
  const chars = [...sha256(`demo key ${keyId}`).subarray(0, 25)].map(
    (byte) => keyAlphabet[byte % keyAlphabet.length],
  );
  return [0, 5, 10, 15, 20].map((at) => chars.slice(at, at + 5).join('')).join('-');
}

/** The n-th key of a provisioned benefit. */
export const softwareKeyId = (benefitId: string, n: number) =>
  derivedId('software key', benefitId, String(n));

const revealed = sql<number>`(case when ${softwareBenefits.keysRevealedAt} is not null then 1 else 0 end)`;

export const softwareArea = defineBenefitArea({
  module: 'software',
  catalog: softwareCatalog,
  table: softwareBenefits,
  // A software benefit is used once its keys were revealed (SW-2).
  usage: {
    granted: sql<number>`1`,
    activated: revealed,
    used: revealed,
  },
  async provision(tx, grants, { keyCipher }) {
    await tx
      .insert(softwareBenefits)
      .values(grants.map(({ key, product: _, ...grant }) => ({ ...grant, benefitKey: key })))
      .onConflictDoNothing();
    const keys = grants.flatMap(({ id: benefitId, companyId, product, quantity }) =>
      product.keys.map((kind, n) => {
        const id = softwareKeyId(benefitId, n);
        return {
          id,
          companyId,
          benefitId,
          kind,
          ...keyCipher.seal(issuedProductKey(id)),
          activationsUsed: kind === 'mak' ? 0 : null,
          activationsAllowed: kind === 'mak' ? quantity : null,
        };
      }),
    );
    const downloads = grants.flatMap(({ id: benefitId, companyId, product }) =>
      product.languages.flatMap((language, l) =>
        product.oses.map((os, o) => {
          const fileName = `${language.toLowerCase()}_${product.stem}_${os}_dvd.${product.extension}`;
          return {
            id: derivedId('software download', benefitId, fileName),
            companyId,
            benefitId,
            language,
            os,
            fileName,
            sizeBytes: product.sizeBytes + l * 7_340_032 - o * 412_090_368,
            sha256: sha256(fileName).toString('hex'),
            url: `https://downloads.partner-benefits.example/software/${fileName}`,
          };
        }),
      ),
    );
    const instructions = grants.flatMap(({ id: benefitId, companyId, product }) =>
      product.instructions ? [{ benefitId, companyId, text: product.instructions }] : [],
    );
    if (keys.length > 0) await tx.insert(softwareKeys).values(keys).onConflictDoNothing();
    if (downloads.length > 0)
      await tx.insert(softwareDownloads).values(downloads).onConflictDoNothing();
    if (instructions.length > 0)
      await tx.insert(softwareInstructions).values(instructions).onConflictDoNothing();
  },
  async withdraw(tx, benefitIds) {
    for (const table of [softwareKeys, softwareDownloads, softwareInstructions])
      await tx.delete(table).where(inArray(table.benefitId, benefitIds));
  },
});
