// GET /api/visual-studio/seats.csv: every Visual Studio seat of the company and its holder (VS-1).
import { checkPermission } from '@pbc/rules';
import type { FastifyInstance } from 'fastify';
import { selectSeats, toVsSeat } from './seats.js';
import type { ContextDeps } from '../../trpc/context.js';
import { csvCell } from '../../shared/csv.js';
import { readSession } from '../../http/session-cookie.js';

const columns = [
  'subscription',
  'holder',
  'email',
  'kind',
  'assignedAt',
  'holderSince',
  'unlocksAt',
];

export function registerVsSeatsCsv(app: FastifyInstance, deps: ContextDeps): void {
  // Readable by every signed-in user of the company, like the page (ROLE-1 'benefits.read').
  app.get('/api/visual-studio/seats.csv', async (request, reply) => {
    const session = await readSession(request, deps);
    if (!session) return reply.code(401).send({ error: 'UNAUTHORIZED', message: 'Sign in first' });
    // Everybody's for people (ROLE-1); an API token must carry it.
    if (!checkPermission(session, 'benefits.read').allowed)
      return reply
        .code(403)
        .send({ error: 'FORBIDDEN', message: 'This needs the benefits.read permission' });
    const rows = await selectSeats(deps.db, session.companyId);
    const lines = rows.map((row) => {
      const seat = toVsSeat(row);
      return [
        row.edition,
        seat.holder.displayName,
        seat.holder.email,
        seat.holder.kind,
        seat.assignedAt,
        seat.holderSince,
        seat.unlocksAt,
      ]
        .map(csvCell)
        .join(',');
    });
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="visual-studio-seats.csv"')
      .header('cache-control', 'no-store');
    return [columns.join(','), ...lines].map((line) => `${line}\r\n`).join('');
  });
}
