// `@pbc/ui`: what the shell's first screen needs. Tables, dialogs and form fields are in
// `@pbc/ui/lists` (lists.ts), a second shared singleton, so the first screen does not fetch them.
export { ActionButton, type ActionButtonProps } from './ActionButton.js';
export { DetailList } from './DetailList.js';
export { BenefitTypeBadge, OfferTypeBadge, StatusBadge, type Status } from './badges.js';
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
// Extensionless on purpose: @module-federation/vite lists a shared package's exports by reading its
// source, and it cannot follow `export * from './fluent.js'` to fluent.ts. With an incomplete list it
// bundles @pbc/ui (and Fluent) into every remote's startup chunk as an eager fallback.
export * from './fluent';
export { webLightTheme } from './theme.js';
