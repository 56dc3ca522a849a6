export { ActionButton, type ActionButtonProps } from './ActionButton.js';
export { BenefitTable, type BenefitColumn, type BenefitTableProps } from './BenefitTable.js';
export { DetailList } from './DetailList.js';
export { BenefitListPage, type BenefitListPageProps, type ListQuery } from './BenefitListPage.js';
export { BenefitTypeBadge, OfferTypeBadge, StatusBadge, type Status } from './badges.js';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';
export { RefundWarningDialog, type RefundWarningDialogProps } from './RefundWarningDialog.js';
export {
  EmptyState,
  ErrorState,
  LoadingState,
  PermissionState,
  usePermissionReason,
  type ErrorStateProps,
  type MissingPermission,
  type PermissionStateProps,
} from './states.js';
export { termsColumns } from './termsColumns.js';
