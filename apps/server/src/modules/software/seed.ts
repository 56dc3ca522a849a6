// Demo data of the Software tab (SW-2…SW-4): keys (fake, encrypted with the server's key),
// installation packages per language and OS, special instructions; what each offer grants.
import type { LocalizedText, SoftwareLanguage, SoftwareOs } from '@pbc/contract';
import { createHash } from 'node:crypto';
import type { KeyCipher } from './key-cipher.js';
import * as softwareSchema from './schema.js';
import type { Db } from '../../db/database.js';
import { CONTOSO_ID, FABRIKAM_ID, seedId } from '../../db/seed-ids.js';
import { actionPack, goldCore, insertMissing, silverIncremental, type SeedBatch } from '../../db/seed-rows.js';
import type { SeedContext } from '../define.js';
import { catalogRows, text } from '../membership/seed.js';
import * as membershipSchema from '../membership/schema.js';

type KeySpec =
  | { kind: 'retail' | 'static' }
  | { kind: 'mak'; activationsUsed: number; activationsAllowed: number };

interface ProductSpec {
  company: 1 | 2;
  /** The `software` seed row of the benefit. */
  benefitRow: number;
  keys: KeySpec[];
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

const products: ProductSpec[] = [
  {
    company: 1,
    benefitRow: 1,
    keys: [{ kind: 'mak', activationsUsed: 3, activationsAllowed: 25 }],
    stem: 'windows_server_2019_datacenter',
    extension: 'iso',
    sizeBytes: 5_268_090_880,
    languages: allLanguages,
    oses: ['x64'],
  },
  {
    company: 1,
    benefitRow: 2,
    keys: [{ kind: 'static' }],
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
  {
    company: 1,
    benefitRow: 3,
    keys: [{ kind: 'mak', activationsUsed: 42, activationsAllowed: 100 }],
    stem: 'office_professional_plus_2019',
    extension: 'img',
    sizeBytes: 3_861_381_120,
    languages: allLanguages,
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  {
    company: 1,
    benefitRow: 4,
    // SW-4: every activation used, no more are granted.
    keys: [{ kind: 'mak', activationsUsed: 50, activationsAllowed: 50 }],
    stem: 'visio_professional_2019',
    extension: 'img',
    sizeBytes: 3_780_116_480,
    languages: ['en-US', 'zh-CN', 'de-DE'],
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  {
    company: 1,
    benefitRow: 5,
    keys: [{ kind: 'mak', activationsUsed: 7, activationsAllowed: 50 }, { kind: 'retail' }],
    stem: 'project_professional_2019',
    extension: 'img',
    sizeBytes: 3_795_197_952,
    languages: ['en-US', 'zh-CN', 'ja-JP'],
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
  {
    company: 1,
    benefitRow: 6,
    keys: [{ kind: 'mak', activationsUsed: 18, activationsAllowed: 100 }],
    stem: 'windows_10_enterprise_version_21h2',
    extension: 'iso',
    sizeBytes: 5_732_179_968,
    languages: ['en-US', 'zh-CN', 'de-DE', 'fr-FR'],
    oses: ['x64', 'x86', 'arm64'],
  },
  {
    company: 1,
    benefitRow: 7,
    keys: [{ kind: 'static' }],
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
  {
    company: 2,
    benefitRow: 1,
    keys: [{ kind: 'retail' }, { kind: 'retail' }],
    stem: 'windows_server_2019_standard',
    extension: 'iso',
    sizeBytes: 5_268_090_880,
    languages: allLanguages,
    oses: ['x64'],
  },
  {
    company: 2,
    benefitRow: 2,
    keys: [{ kind: 'mak', activationsUsed: 1, activationsAllowed: 5 }],
    stem: 'office_professional_plus_2019',
    extension: 'img',
    sizeBytes: 3_861_381_120,
    languages: allLanguages,
    oses: ['x64', 'x86'],
    instructions: volumeInstructions,
  },
];

const companyIds = { 1: CONTOSO_ID, 2: FABRIKAM_ID } as const;
const keyAlphabet = 'BCDFGHJKMPQRTVWXY2346789';
const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** A fake key in the XXXXX-XXXXX-XXXXX-XXXXX-XXXXX form, derived from its row id: no real key. */
export function demoProductKey(keyId: string): string {
  const chars = [...sha256(`demo key ${keyId}`).subarray(0, 25)].map(
    (byte) => keyAlphabet[byte % keyAlphabet.length],
  );
  return [0, 5, 10, 15, 20].map((at) => chars.slice(at, at + 5).join('')).join('-');
}

function keyBatches(cipher: KeyCipher): SeedBatch[] {
  const keys: (typeof softwareSchema.softwareKeys.$inferInsert)[] = [];
  const downloads: (typeof softwareSchema.softwareDownloads.$inferInsert)[] = [];
  const instructions: (typeof softwareSchema.softwareInstructions.$inferInsert)[] = [];
  const rowCount = { keys: { 1: 0, 2: 0 }, downloads: { 1: 0, 2: 0 } };
  for (const product of products) {
    const companyId = companyIds[product.company];
    const benefitId = seedId('software', product.company, product.benefitRow);
    for (const spec of product.keys) {
      const id = seedId('softwareKey', product.company, ++rowCount.keys[product.company]);
      keys.push({
        id,
        companyId,
        benefitId,
        kind: spec.kind,
        ...cipher.seal(demoProductKey(id)),
        activationsUsed: spec.kind === 'mak' ? spec.activationsUsed : null,
        activationsAllowed: spec.kind === 'mak' ? spec.activationsAllowed : null,
      });
    }
    product.languages.forEach((language, l) =>
      product.oses.forEach((os, o) => {
        const fileName = `${language.toLowerCase()}_${product.stem}_${os}_dvd.${product.extension}`;
        downloads.push({
          id: seedId('softwareDownload', product.company, ++rowCount.downloads[product.company]),
          companyId,
          benefitId,
          language,
          os,
          fileName,
          sizeBytes: product.sizeBytes + l * 7_340_032 - o * 412_090_368,
          sha256: sha256(fileName).toString('hex'),
          url: `https://downloads.partner-benefits.example/software/${fileName}`,
        });
      }),
    );
    if (product.instructions)
      instructions.push({ benefitId, companyId, text: product.instructions });
  }
  return [
    { table: softwareSchema.softwareKeys, rows: keys },
    { table: softwareSchema.softwareDownloads, rows: downloads },
    { table: softwareSchema.softwareInstructions, rows: instructions },
  ];
}

const softwareBenefits: (typeof softwareSchema.softwareBenefits.$inferInsert)[] = [
  {
    id: seedId('software', 1, 1),
    companyId: CONTOSO_ID,
    product: 'Windows Server 2019 Datacenter',
    quantity: 25,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 2),
    companyId: CONTOSO_ID,
    product: 'SQL Server 2019 Enterprise',
    quantity: 25,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 3),
    companyId: CONTOSO_ID,
    product: 'Office Professional Plus 2019',
    quantity: 100,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 4),
    companyId: CONTOSO_ID,
    product: 'Visio Professional 2019',
    quantity: 50,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 5),
    companyId: CONTOSO_ID,
    product: 'Project Professional 2019',
    quantity: 50,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 6),
    companyId: CONTOSO_ID,
    product: 'Windows 10 Enterprise',
    quantity: 100,
    ...goldCore,
  },
  {
    id: seedId('software', 1, 7),
    companyId: CONTOSO_ID,
    product: 'SQL Server 2019 Standard',
    quantity: 10,
    ...silverIncremental,
  },
  {
    id: seedId('software', 2, 1),
    companyId: FABRIKAM_ID,
    product: 'Windows Server 2019 Standard',
    quantity: 2,
    ...actionPack,
  },
  {
    id: seedId('software', 2, 2),
    companyId: FABRIKAM_ID,
    product: 'Office Professional Plus 2019',
    quantity: 5,
    ...actionPack,
  },
];


/** Windows Server and Office licenses per offer (MEM-2). */
const grants = { action_pack: [2, 5], silver: [10, 25], gold: [25, 100] } as const;
const catalog = catalogRows((offerType) => {
  const [servers, office] = grants[offerType];
  return [
    {
      benefitKey: 'windows_server',
      module: 'software',
      name: text('Windows Server 2019', 'Windows Server 2019'),
      quantity: servers,
      unit: 'licenses',
    },
    {
      benefitKey: 'office_pro_plus',
      module: 'software',
      name: text('Office Professional Plus 2019', 'Office 专业增强版 2019'),
      quantity: office,
      unit: 'licenses',
    },
  ];
});

export function seedSoftware(tx: Db, { keyCipher }: SeedContext): Promise<number> {
  return insertMissing(tx, [
    { table: softwareSchema.softwareBenefits, rows: softwareBenefits },
    ...keyBatches(keyCipher),
    { table: membershipSchema.benefitCatalog, rows: catalog },
  ]);
}
