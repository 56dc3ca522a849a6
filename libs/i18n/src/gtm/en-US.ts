/**
 * English messages of Go-To-Market: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  gtm: {
    title: 'Go-To-Market',
    type: 'Benefit name',
    expires: 'Expires',
    types: {
      silver_core: 'Silver Core',
      gold_core: 'Gold Core',
      isv_cosell_ready: 'ISV Co-sell ready',
    },
    statuses: { available: 'Available', pending: 'Pending', active: 'Active', expired: 'Expired' },
  },
  shell: {
    moduleNames: { gtm: 'Go-To-Market' },
  },
} as const;
