// Fixed ids of the demo data, so a second seed run collides and inserts nothing.
export const CONTOSO_ID = '8f7a1c2e-0001-4000-8000-000000000001';
export const FABRIKAM_ID = '8f7a1c2e-0002-4000-8000-000000000002';
/** Contoso's Global admin, the user every request acts as until sign-in exists. */
export const CONTOSO_ADMIN_ID = '8f7a1c2e-0001-4001-8000-000000000001';
export const FABRIKAM_ADMIN_ID = '8f7a1c2e-0002-4001-8000-000000000001';
