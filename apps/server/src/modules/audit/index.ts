// The audit log: every change and reveal, readable and exported as CSV.
import { defineServerModule } from '../define.js';
import { registerAuditCsv } from './csv.js';
import { auditRouter } from './router.js';
import * as schema from './schema.js';

export const auditModule = defineServerModule({
  id: 'audit',
  routers: { audit: auditRouter },
  schema,
  http: registerAuditCsv,
});
