// The grant columns (MEM-8) of a benefit row a test inserts by hand: keyed by `label`, named
// after it, and of no package unless one is given.
export const grantedBy = (label: string, packageId: string | null = null) => ({
  packageId,
  benefitKey: `test:${label}`,
  name: { 'en-US': label, 'zh-CN': label },
});
