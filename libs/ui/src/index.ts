export { ActionButton, type ActionButtonProps } from './ActionButton.js';
export {
  BenefitFilters,
  filterBenefits,
  noBenefitFilter,
  type BenefitFilter,
} from './BenefitFilters.js';
export { ChoiceField, type ChoiceFieldProps } from './ChoiceField.js';
export { BenefitTable, type BenefitColumn, type BenefitTableProps } from './BenefitTable.js';
export { DetailList } from './DetailList.js';
export { BenefitListPage, type BenefitListPageProps, type ListQuery } from './BenefitListPage.js';
export { BenefitTypeBadge, OfferTypeBadge, StatusBadge, type Status } from './badges.js';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';
export { FormDialog } from './FormDialog.js';
export { RefundWarningDialog, type RefundWarningDialogProps } from './RefundWarningDialog.js';
export {
  EmptyState,
  ErrorState,
  LoadingState,
  PermissionState,
  QueryView,
  usePermissionReason,
  type ErrorStateProps,
  type MissingPermission,
  type PermissionStateProps,
  type QueryViewProps,
  type ViewQuery,
} from './states.js';
export { termsColumns } from './termsColumns.js';
// Extensionless on purpose: @module-federation/vite lists a shared package's exports by reading its
// source, and it cannot follow `export * from './fluent.js'` to fluent.ts. With an incomplete list it
// bundles @pbc/ui (and Fluent) into every remote's startup chunk as an eager fallback.
export * from './fluent';
