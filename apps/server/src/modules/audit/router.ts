import { AuditListInput, AuditPage } from '@pbc/contract';
import { listAuditEvents } from './audit.js';
import { permissionProcedure, router } from '../../trpc/init.js';

export const auditRouter = router({
  list: permissionProcedure('audit.read')
    .input(AuditListInput)
    .output(AuditPage)
    .query(({ ctx, input }) => listAuditEvents(ctx.tx, ctx.session.companyId, input)),
});
