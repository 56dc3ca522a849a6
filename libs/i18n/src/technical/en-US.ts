/**
 * English messages of Technical benefits: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  technical: {
    title: 'Technical benefits',
    name: 'Benefit',
    units: {
      incidents_one: '{{count}} incident per year',
      incidents_other: '{{count}} incidents per year',
      hours_one: '{{count}} hour per year',
      hours_other: '{{count}} hours per year',
    },
    statuses: { not_activated: 'Not activated', pending: 'Pending', active: 'Active' },
    activate: 'Activate',
  },
  shell: {
    moduleNames: { technical: 'Technical benefits' },
  },
} as const;
