/**
 * English messages of Technical benefits: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  technical: {
    title: 'Technical benefits',
    name: 'Benefit',
    units: { incidents: '{{count}} incidents per year', hours: '{{count}} hours per year' },
    /** TECH-5: Signature support within a cloud competency. */
    unlimited: 'Unlimited',
    statuses: { not_activated: 'Not activated', pending: 'Pending', active: 'Active' },
    activate: 'Activate',
  },
  shell: {
    moduleNames: { technical: 'Technical benefits' },
  },
} as const;
