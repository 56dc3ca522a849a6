/**
 * English messages of Software: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  software: {
    title: 'Software',
    intro:
      'Software benefits of your offers. Expand a product to get its keys and download its installation packages.',
    product: 'Product',
    getKeys: 'Get keys',
    keys: 'Product keys',
    keyKinds: {
      retail: 'Retail',
      mak: 'MAK (multiple activation)',
      static: 'Static (pre-applied)',
    },
    activations: '{{used}} of {{allowed}} activations used',
    activationsLeft: '{{count}} left',
    keysTitle: 'Product keys for {{product}}',
    keysAgain: 'These keys were shown already. Select Get keys again to see them.',
    key: 'Key',
    specialInstructions: 'Special instructions',
    downloads: 'Installation packages',
    language: 'Language',
    os: 'Operating system (OS) type',
    oses: { x64: '64-bit (x64)', x86: '32-bit (x86)', arm64: 'ARM64' },
    file: 'File',
    size: 'Size',
    checksum: 'SHA-256 checksum',
    noDownloads: 'This product has no installation packages to download.',
  },
  errors: {
    reasons: {
      MAK_ACTIVATIONS_EXHAUSTED: 'Every activation of this MAK key is used; no more are granted.',
    },
  },
  audit: {
    actions: {
      software: { revealKeys: 'Revealed product keys', savePreferences: 'Saved download choices' },
    },
    targets: { software_benefit: 'Software' },
  },
  shell: {
    moduleNames: { software: 'Software' },
  },
} as const;
