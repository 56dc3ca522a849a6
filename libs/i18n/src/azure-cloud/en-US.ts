/**
 * English messages of Azure and cloud products: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  azureCloud: {
    title: 'Azure and cloud products',
    usageBased: 'Usage-based subscriptions',
    usageIntro:
      'Activate Azure credit by giving a user of your company (members and guests) access on one of your Azure subscriptions.',
    credit: 'Credit',
    amount: 'Amount',
    kinds: { monthly: 'Monthly credit', bulk: 'Bulk (yearly) credit' },
    perMonth: '{{amount}} per month',
    perYear: '{{amount}} per year',
    holders: 'Users with access',
    noHolders: 'Not activated yet',
    holderOn: '{{name}} on {{subscription}}',
    assign: 'Assign user',
    assignTitle: 'Assign {{credit}}',
    user: 'User',
    subscription: 'Azure subscription',
    chooseSubscription: 'Choose a subscription',
    remove: 'Remove',
    removeTitle: 'Remove {{name}}?',
    removeConfirm:
      '{{name}} loses access to the monthly credit. You can add users again at any time.',
    monthlyAnyTime: 'Users of the monthly credit can be added or removed at any time.',
    noRemoveBulk: 'Bulk credit has no remove option: transfer it to another user instead.',
    transfer: 'Transfer',
    transferTitle: 'Transfer the bulk credit',
    transferTo: 'New user',
    transferOpen:
      'Transfer to another user is possible until {{date}}, the end of the enrollment year.',
    transferClosed:
      'The enrollment year ended after {{date}}: this bulk credit can no longer be transferred.',
    bulkExcludes:
      'Bulk credit cannot be combined with Enterprise Agreement, CSP, Azure in Open, Azure Pass or Action Pack subscriptions.',
    subscriptionOffers: {
      pay_as_you_go: 'Pay-as-you-go',
      partner_benefit: 'Partner benefit',
      enterprise_agreement: 'Enterprise Agreement',
      csp: 'Cloud Solution Provider',
      azure_in_open: 'Azure in Open',
      azure_pass: 'Azure Pass',
      action_pack: 'Action Pack',
    },
    licenseBased: 'License-based subscriptions',
    licenseIntro:
      'Cloud products activated with a product key. Your offers (Action Pack, Silver, Gold) decide which products are listed.',
    product: 'Product',
    seats: 'Seats',
    startsOn: 'Start date',
    endDate: 'End date',
    statuses: { active: 'Active', disabled: 'Disabled', expired: 'Expired' },
    redeem: 'Redeem a product key',
    howToRedeem: 'How to redeem the key',
    redeemPortal: 'Open the portal to redeem keys',
    redeemFor: 'Redeem a key for {{product}}',
    key: 'Product key',
    keyHint: '25 letters and digits, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
    target: 'Redeem onto',
    newSubscription: 'A new subscription',
    mode: 'What the key does',
    modes: { extend: 'Extend end date', add_seats: 'Add seats' },
    preview: 'Preview',
    outcomes: {
      new_one: 'A new {{product}} subscription starts with {{seats}} seat and ends on {{date}}.',
      new_other: 'A new {{product}} subscription starts with {{seats}} seats and ends on {{date}}.',
      restart_one: 'The subscription starts again with {{seats}} seat and ends on {{date}}.',
      restart_other: 'The subscription starts again with {{seats}} seats and ends on {{date}}.',
      extend: 'Seats stay at {{seats}}; the end date moves from {{from}} to {{date}}.',
      add_seats:
        'Seats grow from {{fromSeats}} to {{seats}}; the end date is co-termed from {{from}} to {{date}}.',
    },
    monthsRemaining_one: 'After redeeming, {{months}} month of subscription remains.',
    monthsRemaining_other: 'After redeeming, {{months}} months of subscription remain.',
    underTwelve:
      'Less than 12 months of active subscription will remain. Choose “Extend end date” to keep a longer term.',
    onceOnly: 'A key can be redeemed once only.',
    confirmTenant: 'I confirm the key is redeemed on the tenant {{tenant}}.',
    tenantHint: 'To redeem on another tenant, sign in with that tenant’s account.',
    confirmRedeem: 'Redeem',
    back: 'Back',
    redeemed_one:
      'The key ending in {{last}} was redeemed: {{product}} has {{seats}} seat until {{date}}.',
    redeemed_other:
      'The key ending in {{last}} was redeemed: {{product}} has {{seats}} seats until {{date}}.',
    activationWarning: 'Activating this benefit ends your refund',
    redemptions: 'Redeemed product keys',
    redemptionsIntro:
      'A key redeemed on the wrong tenant can be undone within 30 days: the subscription goes back to what it was before, and you get a one-time replacement key to redeem on the right tenant.',
    noRedemptions: 'No product key was redeemed yet.',
    redemption_one: 'Key ending in {{last}}: {{product}}, {{seats}} seat, redeemed on {{date}}',
    redemption_other: 'Key ending in {{last}}: {{product}}, {{seats}} seats, redeemed on {{date}}',
    undo: 'Undo redemption (wrong tenant)',
    undoUntil: 'Can be undone until {{date}}.',
    undoneOn: 'Undone on {{date}}.',
    undoTitle: 'Undo the redemption of the key ending in {{last}}?',
    undoConfirm_one:
      'The {{product}} subscription goes back to its seats and end date from before this redemption, and the key ending in {{last}} cannot be redeemed again. You get a one-time replacement key for {{product}} with {{seats}} seat: redeem it on the right tenant.',
    undoConfirm_other:
      'The {{product}} subscription goes back to its seats and end date from before this redemption, and the key ending in {{last}} cannot be redeemed again. You get a one-time replacement key for {{product}} with {{seats}} seats: redeem it on the right tenant.',
    replacementTitle: 'Your replacement key',
    replacementKey: 'Replacement key',
    replacementOnce: 'Copy this key now: it will not be shown again.',
    replacementAgain:
      'The replacement key was shown when the redemption was undone and is not shown again.',
  },
  errors: {
    reasons: {
      BULK_CREDIT_NO_REMOVE: 'Bulk credit cannot be removed: transfer it to another user instead.',
      ENROLLMENT_YEAR_ENDED: 'Bulk credit can be transferred only during the enrollment year.',
      BULK_CREDIT_EXCLUDED_OFFER:
        'Bulk credit cannot be combined with Enterprise Agreement, CSP, Azure in Open, Azure Pass or Action Pack subscriptions.',
      BULK_CREDIT_ALREADY_ASSIGNED: 'This bulk credit already has a user: transfer it instead.',
      BULK_CREDIT_NOT_ASSIGNED: 'This bulk credit has no user yet: assign it first.',
      TRANSFER_BULK_ONLY: 'Only bulk credit is transferred.',
      TRANSFER_TO_SAME_USER: 'The bulk credit already belongs to this user.',
      CREDIT_ALREADY_HELD: 'This user already has access to this credit.',
      KEY_FORMAT: 'A product key has 25 letters and digits, like XXXXX-XXXXX-XXXXX-XXXXX-XXXXX.',
      KEY_NOT_FOUND: 'This is not a product key of your company.',
      KEY_ALREADY_REDEEMED: 'This product key was already redeemed; a key redeems once only.',
      KEY_PRODUCT_MISMATCH: 'This key is for another product than the subscription.',
      EXTENSION_OVER_THREE_YEARS:
        'Extending moves an end date at most 3 years: this key has more than 3× the active seats. Add seats instead.',
      TENANT_MISMATCH: 'Confirm the tenant you are signed in to.',
      REDEMPTION_ALREADY_UNDONE: 'This redemption was already undone.',
      REPLACEMENT_REDEMPTION_FINAL: 'A replacement key’s redemption is final and cannot be undone.',
      UNDO_WINDOW_CLOSED: 'A redemption can be undone only within 30 days.',
      SUBSCRIPTION_CHANGED_SINCE:
        'The subscription changed since this redemption: undo the later redemptions first.',
    },
  },
  audit: {
    actions: {
      azureCloud: {
        assignCredit: 'Gave access to Azure credit',
        removeCreditUser: 'Removed access to Azure credit',
        transferBulkCredit: 'Transferred bulk credit',
        redeemKey: 'Redeemed a product key',
        undoRedemption: 'Undid a redemption (wrong tenant) and issued a replacement key',
      },
    },
    targets: {
      azure_credit: 'Azure credit',
      license_subscription: 'License-based subscription',
      product_key: 'Product key',
    },
  },
  shell: {
    moduleNames: { 'azure-cloud': 'Azure and cloud products' },
  },
} as const;
