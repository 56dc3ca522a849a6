/**
 * English messages of Go-To-Market: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  gtm: {
    title: 'Go-To-Market',
    intro:
      'Offers of the Go-To-Market with Microsoft program. The types of offers available depend on your partner level and the competencies you hold.',
    type: 'Benefit name',
    expires: 'Expires',
    types: {
      silver_core: 'Silver Core',
      gold_core: 'Gold Core',
      isv_cosell_ready: 'ISV Co-sell ready',
    },
    statuses: { available: 'Available', pending: 'Pending', active: 'Active', expired: 'Expired' },
    contentsTitle: 'What it contains',
    contents: {
      marketing_assets: 'Ready-to-go marketing assets',
      sales_enablement: 'Sales-enablement platform',
      digital_marketing: 'On-demand digital marketing',
      business_profile: 'Business profile optimization',
      referral_management: 'Referral management',
      how_to_market: '"How to market with Microsoft"',
      cobranded_one_pager: 'Co-branded one-pager',
      cobranded_presentation: 'Co-branded presentation',
      cobranded_case_study: 'Co-branded case study',
      social_marketing: 'Social marketing',
      press_release: 'Press release with a Microsoft executive quote',
      cosell_incentive_offers: 'Co-sell incentive eligible offers',
    },
    activate: 'Activate',
    activateWarningTitle: 'Activating this offer ends your refund',
    needContact: 'Assign a company marketing contact first: the instructions are emailed to them.',
    pendingNote:
      'It can take several days to email instructions to the marketing contact and activate the offer. Expected by {{date}}.',
    requestedAt: 'Activation requested',
    expectedBy: 'Expected by',
    activatedAt: 'Activated',
    instructions: 'Instructions email',
    instructionsTo: 'To {{to}}: {{status}}',
    contact: {
      title: 'Company marketing contact',
      none: 'No marketing contact is assigned yet. To activate any Go-To-Market offer, you must first assign one; this contact receives follow-up communications about your active offers.',
      add: 'Add',
      update: 'Update',
      change: 'Change',
      addTitle: 'Add the marketing contact',
      updateTitle: 'Update the marketing contact',
      changeTitle: 'Change the marketing contact',
      user: 'User',
      email: 'Email address',
      emailHint:
        "Different from your company's Partner Center account email. Instructions for using your offers are emailed here.",
      phone: 'Contact phone',
      phoneHint: 'With the international code, for example +1 425 555 0100',
      language: 'Preferred language',
      languages: { 'en-US': 'English (United States)', 'zh-CN': 'Chinese (Simplified)' },
      assign: 'Assign user',
      notInList: 'If the user you want to assign is not in the list, you can',
      addUserLink: 'add new users in Account settings',
    },
  },
  errors: {
    reasons: {
      NO_MARKETING_CONTACT:
        'Assign a company marketing contact first: the instructions are emailed to them.',
      CONTACT_EMAIL_IS_ACCOUNT_EMAIL:
        "Use an email address other than your company's Partner Center account email.",
      OFFER_NOT_AVAILABLE: 'This offer is already activated or being activated.',
    },
  },
  audit: {
    actions: {
      gtm: {
        addContact: 'Added the marketing contact',
        updateContact: 'Updated the marketing contact',
        changeContact: 'Changed the marketing contact',
        activate: 'Requested a Go-To-Market activation',
        activated: 'Activated a Go-To-Market offer',
      },
    },
    targets: { marketingContact: 'Marketing contact', gtmOffer: 'Go-To-Market offer' },
  },
  shell: {
    moduleNames: { gtm: 'Go-To-Market' },
  },
} as const;
