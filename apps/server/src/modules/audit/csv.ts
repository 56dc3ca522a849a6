// GET /api/audit.csv: the filtered activity log as a CSV download, streamed in batches.
import { AuditFilter } from '@pbc/contract';
import { checkPermission } from '@pbc/rules';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { auditEventBatches } from './audit.js';
import type { auditEvents } from './schema.js';
import { csvCell } from '../../shared/csv.js';
import { inputProblem } from '../../trpc/input-guard.js';
import type { ContextDeps } from '../../trpc/context.js';
import { readSession } from '../../http/session-cookie.js';

const columns = [
  'at',
  'actor',
  'action',
  'targetType',
  'targetId',
  'targetName',
  'before',
  'after',
  'requestId',
];

const json = (value: unknown) =>
  value === null || value === undefined ? '' : JSON.stringify(value);

type AuditRow = typeof auditEvents.$inferSelect;

/** One event's line; the cells are the audit list's (`AuditEvent`) in the columns' order. */
function csvRow(row: AuditRow): string {
  return (
    csvCell(row.at.toISOString()) +
    ',' +
    csvCell(row.actorUserId ? (row.actorName ?? '') : '') +
    ',' +
    csvCell(row.action) +
    ',' +
    csvCell(row.targetType) +
    ',' +
    csvCell(row.targetId ?? '') +
    ',' +
    csvCell(row.targetName ?? '') +
    ',' +
    csvCell(json(row.before)) +
    ',' +
    csvCell(json(row.after)) +
    ',' +
    csvCell(row.requestId) +
    '\r\n'
  );
}

/** Rows per keyset read, and so per chunk written: large enough that a read costs little per row. */
const batchSize = 5000;

export function registerAuditCsv(app: FastifyInstance, deps: ContextDeps): void {
  app.get('/api/audit.csv', async (request, reply) => {
    const session = await readSession(request, deps);
    if (!session) return reply.code(401).send({ error: 'UNAUTHORIZED', message: 'Sign in first' });
    const permission = checkPermission(session, 'audit.read');
    if (!permission.allowed)
      return reply
        .code(403)
        .send({ error: 'FORBIDDEN', message: 'This needs the audit.read permission' });
    const badFilter = (fieldErrors: Record<string, string[] | undefined>) =>
      reply.code(400).send({ error: 'BAD_REQUEST', message: 'Invalid filter', fieldErrors });
    const problem = inputProblem(request.query);
    if (problem) return badFilter({ [String(problem.path[0])]: [problem.message] });
    const parsed = AuditFilter.safeParse(request.query);
    if (!parsed.success) return badFilter(z.flattenError(parsed.error).fieldErrors);
    const batches = auditEventBatches(deps.db, session.companyId, parsed.data, batchSize);
    // The first batch is read before the first byte is sent: a failure is still an error status.
    const first = await batches.next();

    // One string per batch: the stream (and its backpressure) works in chunks, not in lines.
    async function* chunks() {
      let chunk = `${columns.join(',')}\r\n`;
      for (let batch = first; !batch.done; batch = await batches.next()) {
        for (const row of batch.value) chunk += csvRow(row);
        yield chunk;
        chunk = '';
      }
      if (chunk) yield chunk;
    }
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="activity.csv"')
      .header('cache-control', 'no-store');
    return reply.send(Readable.from(chunks(), { objectMode: false }));
  });
}
