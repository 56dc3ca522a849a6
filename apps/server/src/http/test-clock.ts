// PBC_TEST_CLOCK=1 (never in production, config.ts): the server's clock runs with an offset that
// `POST /__test/clock` moves, so browser tests cross VS-5's 90 days without sleeping.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../trpc/context.js';

export interface MovableClock extends Clock {
  advance(ms: number): void;
}

/** The system time plus an offset that only moves forward. */
export function movableClock(): MovableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}

const Move = z.object({ days: z.number().min(0).max(3650) });
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function registerTestClock(app: FastifyInstance, clock: MovableClock): void {
  app.post('/__test/clock', async (request, reply) => {
    if (!loopback.has(request.socket.remoteAddress ?? ''))
      return reply.code(403).send({ error: 'FORBIDDEN', message: 'Only from this machine' });
    const parsed = Move.safeParse(request.body);
    if (!parsed.success)
      return reply.code(400).send({
        error: 'BAD_REQUEST',
        message: 'Send { "days": <number of days to move forward> }',
        fieldErrors: z.flattenError(parsed.error).fieldErrors,
      });
    clock.advance(parsed.data.days * 24 * 60 * 60 * 1000);
    return { now: clock.now().toISOString() };
  });
}
