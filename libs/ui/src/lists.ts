// `@pbc/ui/lists`: tables, filters, dialogs and form fields. A shared singleton of its own (see
// libs/module-kit/src/vite.ts), so the shell's first screen, which shows none of them, does not
// fetch this code; the first page that does fetches it once. First-screen parts: index.ts.
export {
  BenefitFilters,
  filterBenefits,
  noBenefitFilter,
  type BenefitFilter,
} from './BenefitFilters.js';
export { ChoiceField, type ChoiceFieldProps } from './ChoiceField.js';
export { BenefitListPage, type BenefitListPageProps, type ListQuery } from './BenefitListPage.js';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';
export { CopyButton, type CopyButtonProps } from './CopyButton.js';
export { DataTable, type DataTableProps, type TableColumn } from './DataTable.js';
export { FormDialog } from './FormDialog.js';
export { RefundWarningDialog, type RefundWarningDialogProps } from './RefundWarningDialog.js';
export { TextField, type TextFieldProps } from './TextField.js';
export { termsColumns } from './termsColumns.js';
// Extensionless for the same reason as in index.ts.
export * from './fluent-lists';
