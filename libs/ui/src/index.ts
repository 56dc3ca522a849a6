export { BenefitTable, type BenefitColumn, type BenefitTableProps } from './BenefitTable.js';
export { DetailList } from './DetailList.js';
export { BenefitListPage, type BenefitListPageProps, type ListQuery } from './BenefitListPage.js';
export { BenefitTypeBadge, OfferTypeBadge, StatusBadge, type Status } from './badges.js';
export { EmptyState, ErrorState, LoadingState, PermissionState, type ErrorStateProps, type PermissionStateProps } from './states.js';
export { termsColumns } from './termsColumns.js';
