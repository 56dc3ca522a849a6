import type { Translation } from '../translation.js';
import type { enUS } from './en-US.js';

/** Simplified Chinese, worded as the zh-CN edition of the seed page; the keys of en-US.ts exactly. */
export const zhCN = {
  visualStudio: {
    title: 'Visual Studio 订阅',
    edition: '订阅',
    seatsTotal: '席位',
    seatsUsed: '已使用',
    seatsFree: '可用',
    assignUser: '分配用户',
    intro: '展开订阅可查看其席位，然后从列表中选择用户，再选择“分配用户”。',
    portalLink: '用户可以在 Visual Studio 门户中管理其订阅',
    exportCsv: '导出席位 (CSV)',
    seats: '{{edition}} 的席位',
    noSeats: '尚未分配任何席位。',
    holder: '订阅者',
    email: '电子邮件',
    kind: '类型',
    assignedAt: '原始分配时间',
    unlocksAt: '可重新分配时间',
    actions: '操作',
    user: '用户',
    notInList: '如果要分配的用户不在该列表中，可以',
    addUserLink: '在“帐户设置”中添加新用户',
    reassign: '重新分配',
    reassignTitle: '重新分配 {{name}} 的席位',
    reassignConfirm: '重新分配',
    unassign: '取消分配',
    unassignTitle: '取消分配 {{name}}？',
    unassignBody: '该席位将空出，可分配给其他用户。',
    lockedUntil: '自 {{date}} 起可重新分配：距原始分配时间 90 天后。',
    noFreeSeat: '所有席位均已分配。',
    bulkAssign: '分配多个用户',
    bulkTitle: '将多个用户分配到 {{edition}}',
    bulkEmails: '电子邮件地址，每行一个或以逗号分隔（可使用 CSV 列）',
    bulkCheck: '检查',
    bulkAssignNow: '分配',
    bulkInvalid: '不是电子邮件地址：{{values}}',
    bulkSummary: '{{total}} 个用户中有 {{count}} 个将获得席位。',
    bulkDone: '已分配 {{count}} 个用户。',
    outcome: '结果',
    outcomes: {
      assigned: '获得席位',
      unknown_user: '不在目录中',
      already_holds_seat: '已拥有席位',
      no_free_seat: '没有空闲席位',
    },
  },
  errors: {
    reasons: {
      NO_FREE_SEAT: '此订阅的所有席位均已分配。',
      ALREADY_HOLDS_SEAT: '此用户已拥有此订阅的席位。',
      SEAT_CHANGED: '其他人已更改此席位。请重新加载后重试。',
      SEAT_LOCKED: '距原始分配时间 90 天后才能重新分配席位。',
    },
  },
  audit: {
    actions: {
      visualStudio: {
        assign: '分配了席位',
        reassign: '重新分配了席位',
        unassign: '取消分配了席位',
      },
    },
    targets: { vsSeat: 'Visual Studio 席位' },
  },
  shell: {
    moduleNames: { 'visual-studio': 'Visual Studio 订阅' },
  },
} satisfies Translation<typeof enUS>;
