/**
 * English messages of Technical benefits: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  technical: {
    title: 'Technical benefits',
    intro:
      'Technical support benefits of your Gold, Silver and Action Pack offers. Expand a benefit to activate it, see its Access ID and Contract ID, and submit requests.',
    name: 'Benefit',
    kinds: {
      support_on_premises: 'Microsoft Product Support incidents (on-premises)',
      support_signature: 'Signature Product Support incidents (cloud)',
      advisory_hours: 'Technical Presales and Deployment Services (advisory hours)',
    },
    kindHelp: {
      support_on_premises:
        'For recent on-premises products (current and previous versions only). Action Pack and Gold/Silver competency partners.',
      support_signature:
        'For cloud products. Gold/Silver competency partners only (not available to Action Pack subscribers).',
      advisory_hours:
        'Consultation or advice regarding technical sales or deployment of Cloud and Hybrid solutions. No activation needed.',
    },
    units: { incidents: '{{count}} incidents', hours: '{{count}} hours' },
    unlimited: 'Unlimited',
    used: 'Used',
    remaining: 'Remaining',
    held: '{{count}} hours held by open requests',
    statuses: { not_activated: 'Not activated', pending: 'Pending', active: 'Active' },
    noActivation: 'No activation needed',
    activate: 'Activate',
    activateWarning: 'Activate this benefit?',
    activation: 'Activation',
    activationPending:
      'Activation requested on {{requested}} by {{name}}. Allow a few days to process it: expected by {{expected}}.',
    activationRetrying: 'Processing is taking longer than expected ({{attempts}} attempts so far).',
    activationFailed: 'Processing failed. Contact support.',
    activated: 'Activated on {{date}}.',
    pmcTitle: 'Activate technical benefits outside of Partner Center',
    pmcNotice:
      'Your Microsoft Partner Network membership is still in Partner Membership Center (PMC): contact Partner Frontline to help you activate your technical benefits.',
    accessId: 'Access ID',
    contractId: 'Contract ID',
    showIds: 'Show Access ID and Contract ID',
    idsHelp:
      'You or your company’s users may need to share this information the first time you submit a support request for certain types of products or services.',
    copyNamed: 'Copy {{name}}',
    submitSupport: 'Submit a support request',
    supportTitle: 'Technical support (Break-fix): {{benefit}}',
    productCategory: 'Product',
    productCategories: {
      cloud: 'Cloud products',
      on_premises_current: 'On-premises product, current version',
      on_premises_previous: 'On-premises product, previous version',
      azure_non_csp: 'Azure (non-CSP)',
      dynamics: 'Dynamics',
      microsoft_365: 'Microsoft 365',
    },
    requestTitle: 'Title',
    description: 'Description',
    severity: 'Severity',
    severities: {
      a: 'A: critical business impact',
      b: 'B: moderate business impact',
      c: 'C: minimal business impact',
    },
    idsRequiredHint:
      'Access ID and Contract ID are required for technical support requests for On-premises, Azure (non-CSP), and Dynamics products.',
    submit: 'Submit',
    requestPresales: 'Request presales or deployment services',
    presalesTitle: 'Technical Presales and Deployment Services',
    requestType: 'Request type',
    requestTypes: {
      technical_plan: 'Technical plan consult',
      deployment: 'Deployment consult',
      marketplace: 'Marketplace consult',
    },
    product: 'Product',
    productHint: 'Search by product or solution area.',
    productNone: 'No product matches.',
    solutionAreas: {
      apps_infrastructure: 'Apps and Infrastructure',
      data_ai: 'Data and AI',
      modern_workplace: 'Modern Workplace',
      business_applications: 'Business Applications',
      security: 'Security',
    },
    phone: 'Phone number',
    phoneHint: 'With the international code, for example +86 10 1234 5678.',
    timeZone: 'Time zone',
    preferredHours: 'Preferred hours',
    preferredHoursOptions: {
      morning: 'Morning (8:00–12:00)',
      afternoon: 'Afternoon (12:00–17:00)',
      evening: 'Evening (17:00–20:00)',
    },
    countryRegion: 'Country/region',
    consultLanguage: 'Language',
    estimatedHours: 'Estimated hours',
    estimatedHoursHint: 'At most {{limit}} hours per engagement.',
    deductsHours: 'The hours delivered are deducted from this benefit when the request completes.',
    unlimitedAdvice: 'Presales advice is unlimited for Gold and Silver: no hours are deducted.',
    submitted: 'Request {{number}} was submitted.',
    requests: 'Requests',
    noRequests: 'No support or advisory requests yet.',
    number: 'Request number',
    requestKind: 'Type',
    requestKinds: { support: 'Support request', advisory: 'Presales and deployment' },
    requestedBy: 'Requested by',
    requestedAt: 'Requested on',
    requestStatuses: {
      submitted: 'Submitted',
      in_progress: 'In progress',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    hoursDelivered: '{{count}} hours deducted',
    nextStep: 'Next step expected by {{date}}',
    cancelRequest: 'Cancel request',
    cancelTitle: 'Cancel request {{number}}?',
    cancelBody: 'The request is withdrawn; what it held goes back to the benefit.',
    keepRequest: 'Keep it',
    idFormat: 'Enter the 9 digits of the ID.',
    fieldRequired: 'Fill in this field.',
  },
  errors: {
    reasons: {
      ACTIVATION_NOT_NEEDED: 'Technical presales and deployment services need no activation.',
      ACTIVATION_ALREADY_REQUESTED: 'The activation of this benefit was requested already.',
      ALREADY_ACTIVATED: 'This benefit is active already.',
      BENEFIT_EXPIRED: 'This benefit has expired.',
      BENEFIT_NOT_ACTIVATED: 'Activate this benefit before you submit a support request.',
      NO_INCIDENTS_LEFT: 'No support incidents of this benefit are left.',
      NO_HOURS_LEFT: 'Not enough advisory hours of this benefit are left for this estimate.',
      NOT_A_SUPPORT_BENEFIT:
        'Support requests are made against support incidents, not advisory hours.',
      NOT_AN_ADVISORY_BENEFIT: 'Presales and deployment requests use advisory hours.',
      SIGNATURE_NOT_FOR_ACTION_PACK:
        'Signature Product Support for cloud products is for Gold and Silver competency partners, not Action Pack.',
      CATEGORY_NOT_COVERED: 'This benefit does not cover that kind of product.',
      ACCESS_ID_REQUIRED:
        'Enter the Access ID: it is required for On-premises, Azure (non-CSP) and Dynamics products.',
      CONTRACT_ID_REQUIRED:
        'Enter the Contract ID: it is required for On-premises, Azure (non-CSP) and Dynamics products.',
      ACCESS_ID_MISMATCH: 'This is not the Access ID of this benefit.',
      CONTRACT_ID_MISMATCH: 'This is not the Contract ID of this benefit.',
      HOURS_OVER_LIMIT: 'An engagement over 25 hours is not supported.',
      PHONE_INVALID:
        'Enter a phone number with its international code, for example +86 10 1234 5678.',
      TIME_ZONE_UNKNOWN: 'Choose a time zone from the list.',
      IDS_NOT_ASSIGNED: 'The Access ID and Contract ID are assigned when the activation completes.',
      REQUEST_NOT_CANCELLABLE: 'Only a request that is still Submitted can be cancelled.',
      NOT_REQUESTER: 'Only the person who submitted a request can cancel it.',
    },
  },
  audit: {
    actions: {
      technical: {
        activate: 'Requested activation',
        activated: 'Activation completed',
        revealIds: 'Viewed Access ID and Contract ID',
        submitSupportRequest: 'Submitted a support request',
        requestPresales: 'Requested presales or deployment services',
        cancelRequest: 'Cancelled a request',
        request: {
          in_progress: 'Request in progress',
          completed: 'Request completed',
        },
      },
    },
    targets: { technical_benefit: 'Technical benefit', technical_request: 'Technical request' },
  },
  shell: {
    moduleNames: { technical: 'Technical benefits' },
  },
} as const;
