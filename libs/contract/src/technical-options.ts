// The choices of the technical requests' fields (TECH-4, TECH-6, TECH-7) as plain lists: the
// schemas in technical.ts are built from them, and the UI reads them without loading zod.

/**
 * TECH-4, TECH-6: what a support request is about: cloud products, on-premises products of the
 * current or previous version, Azure (non-CSP), Dynamics, Microsoft 365.
 */
export const supportProductCategories = [
  'cloud',
  'on_premises_current',
  'on_premises_previous',
  'azure_non_csp',
  'dynamics',
  'microsoft_365',
] as const;

/** How much the problem hurts the business: A critical, B moderate, C minimal. */
export const supportSeverities = ['a', 'b', 'c'] as const;

/** TECH-7: the kinds of presales and deployment consult. */
export const advisoryRequestTypes = ['technical_plan', 'deployment', 'marketplace'] as const;

/** TECH-7: the solution areas the products of a presales request are grouped in. */
export const solutionAreas = [
  'apps_infrastructure',
  'data_ai',
  'modern_workplace',
  'business_applications',
  'security',
] as const;

/** TECH-7: the products a presales request can name, each in its solution area (product names are not translated). */
export const advisoryProducts = [
  { id: 'azure-app-service', name: 'Azure App Service', solutionArea: 'apps_infrastructure' },
  {
    id: 'azure-kubernetes-service',
    name: 'Azure Kubernetes Service',
    solutionArea: 'apps_infrastructure',
  },
  {
    id: 'azure-virtual-machines',
    name: 'Azure Virtual Machines',
    solutionArea: 'apps_infrastructure',
  },
  { id: 'azure-sql-database', name: 'Azure SQL Database', solutionArea: 'data_ai' },
  { id: 'azure-synapse-analytics', name: 'Azure Synapse Analytics', solutionArea: 'data_ai' },
  { id: 'azure-cognitive-services', name: 'Azure Cognitive Services', solutionArea: 'data_ai' },
  { id: 'microsoft-teams', name: 'Microsoft Teams', solutionArea: 'modern_workplace' },
  { id: 'sharepoint-online', name: 'SharePoint Online', solutionArea: 'modern_workplace' },
  {
    id: 'windows-virtual-desktop',
    name: 'Windows Virtual Desktop',
    solutionArea: 'modern_workplace',
  },
  { id: 'dynamics-365-sales', name: 'Dynamics 365 Sales', solutionArea: 'business_applications' },
  { id: 'power-apps', name: 'Power Apps', solutionArea: 'business_applications' },
  { id: 'power-bi', name: 'Power BI', solutionArea: 'business_applications' },
  { id: 'azure-sentinel', name: 'Azure Sentinel', solutionArea: 'security' },
  { id: 'microsoft-defender', name: 'Microsoft Defender for Endpoint', solutionArea: 'security' },
  { id: 'microsoft-intune', name: 'Microsoft Intune', solutionArea: 'security' },
] as const satisfies readonly {
  id: string;
  name: string;
  solutionArea: (typeof solutionAreas)[number];
}[];

/** TECH-7: when the requester prefers to be called, in their time zone. */
export const preferredHoursOptions = ['morning', 'afternoon', 'evening'] as const;

/** TECH-7: the languages a consult can be held in (BCP 47; the UI names them in its locale). */
export const consultLanguages = ['en', 'zh-Hans', 'de', 'es', 'fr', 'ja', 'pt'] as const;
