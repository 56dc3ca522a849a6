// PBC_TEST_CLOCK=1 (never in production, config.ts): the server's clock runs with an offset that
// `POST /__test/clock` moves, so browser tests cross VS-5's 90 days without sleeping.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { advanceWaitingJobs } from '../jobs/queue.js';
import type { Clock } from '../trpc/context.js';

export interface MovableClock extends Clock {
  advance(ms: number): void;
  /** Back to the system time. */
  reset(): void;
}

/** The system time plus an offset that moves forward, or back to none. */
export function movableClock(): MovableClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
  };
}

const Move = z.object({ days: z.number().min(0).max(3650) });
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Moving the clock forward moves the waiting jobs' due times as much: the queue lives in the same time. */
export function registerTestClock(app: FastifyInstance, clock: MovableClock, db: Db): void {
  const onlyLoopback = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!loopback.has(request.socket.remoteAddress ?? ''))
      return reply.code(403).send({ error: 'FORBIDDEN', message: 'Only from this machine' });
  };
  // A spec that moved the clock puts it back, so the specs after it see today.
  app.delete('/__test/clock', { onRequest: onlyLoopback }, async () => {
    clock.reset();
    return { now: clock.now().toISOString() };
  });
  app.post('/__test/clock', { onRequest: onlyLoopback }, async (request, reply) => {
    const parsed = Move.safeParse(request.body);
    if (!parsed.success)
      return reply.code(400).send({
        error: 'BAD_REQUEST',
        message: 'Send { "days": <number of days to move forward> }',
        fieldErrors: z.flattenError(parsed.error).fieldErrors,
      });
    const ms = parsed.data.days * 24 * 60 * 60 * 1000;
    clock.advance(ms);
    await advanceWaitingJobs(db, ms);
    return { now: clock.now().toISOString() };
  });
}
