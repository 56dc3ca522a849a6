/**
 * English messages of Visual Studio subscriptions: its page, and its entries in the lists other parts show
 * (refusal reasons, audit actions and targets, its name on the overview).
 */
export const enUS = {
  visualStudio: {
    title: 'Visual Studio subscriptions',
    edition: 'Subscription',
    seatsTotal: 'Seats',
    seatsUsed: 'Used',
    seatsFree: 'Available',
    assignUser: 'Assign user',
    intro:
      'Expand a subscription to see its seats, then select a user from the list and select Assign user.',
    portalLink: 'Subscribers manage their subscription in the Visual Studio portal',
    exportCsv: 'Export seats (CSV)',
    seats: 'Seats of {{edition}}',
    noSeats: 'No seat is assigned yet.',
    holder: 'Subscriber',
    email: 'Email',
    kind: 'Type',
    assignedAt: 'Originally assigned',
    unlocksAt: 'Can be reassigned from',
    actions: 'Actions',
    user: 'User',
    notInList: 'If the user you want to assign is not in the list, you can',
    addUserLink: 'add new users in Account settings',
    reassign: 'Reassign',
    reassignTitle: 'Reassign the seat of {{name}}',
    reassignConfirm: 'Reassign',
    unassign: 'Unassign',
    unassignTitle: 'Unassign {{name}}?',
    unassignBody: 'The seat becomes free for another user.',
    lockedUntil: 'Can be reassigned from {{date}}: 90 days after the original assignment.',
    noFreeSeat: 'Every seat is assigned.',
    bulkAssign: 'Assign several users',
    bulkTitle: 'Assign several users to {{edition}}',
    bulkEmails: 'Email addresses, one per line or comma-separated (a CSV column works)',
    bulkCheck: 'Check',
    bulkAssignNow: 'Assign',
    bulkInvalid: 'Not an email address: {{values}}',
    bulkSummary: 'Users who get a seat: {{count}} of {{total}}.',
    bulkDone: 'Seats assigned: {{count}}.',
    outcome: 'What happens',
    outcomes: {
      assigned: 'Gets a seat',
      unknown_user: 'Not in the directory',
      already_holds_seat: 'Already holds a seat',
      no_free_seat: 'No free seat left',
    },
  },
  errors: {
    reasons: {
      NO_FREE_SEAT: 'Every seat of this subscription is assigned.',
      ALREADY_HOLDS_SEAT: 'This user already holds a seat of this subscription.',
      SEAT_CHANGED: 'Someone changed this seat in the meantime. Reload and try again.',
      SEAT_LOCKED: 'A seat can be reassigned only 90 days after its original assignment.',
    },
  },
  audit: {
    actions: {
      visualStudio: {
        assign: 'Assigned a seat',
        reassign: 'Reassigned a seat',
        unassign: 'Unassigned a seat',
      },
    },
    targets: { vsSeat: 'Visual Studio seat' },
  },
  shell: {
    moduleNames: { 'visual-studio': 'Visual Studio subscriptions' },
  },
} as const;
