// GET /api/audit.csv: the filtered activity log as a CSV download, streamed page by page.
import { AuditFilter, type AuditEvent } from '@pbc/contract';
import { checkPermission } from '@pbc/rules';
import type { FastifyInstance } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import { listAuditEvents } from './audit.js';
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

function csvRow(event: AuditEvent): string {
  const cells = [
    event.at,
    event.actor?.displayName ?? '',
    event.action,
    event.targetType,
    event.targetId ?? '',
    event.targetName ?? '',
    json(event.before),
    json(event.after),
    event.requestId,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const pageSize = 500;

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
    const page = (cursor: string | null) =>
      listAuditEvents(deps.db, session.companyId, { filter: parsed.data, cursor, limit: pageSize });
    // The first page is read before the first byte is sent: a failure is still an error status.
    const first = await page(null);

    async function* lines() {
      yield `${columns.join(',')}\r\n`;
      for (let current = first; ; current = await page(current.nextCursor)) {
        for (const event of current.items) yield csvRow(event);
        if (!current.nextCursor) return;
      }
    }
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="activity.csv"')
      .header('cache-control', 'no-store');
    return reply.send(Readable.from(lines()));
  });
}
