// The server's log (pino, through Fastify): errors keep their SQL and the database's reason, but
// not the values the query was sent with.
import { stdSerializers, type LevelWithSilent, type LoggerOptions } from 'pino';

const redacted = '[redacted]';
/** Shorter values (`true`, `gold`, `10`) are no secrets and would only blur the text they match. */
const shortestSecret = 8;

export function loggerOptions(level: LevelWithSilent): LoggerOptions {
  return { level, serializers: { err: serializeError } };
}

/**
 * A failed query's error holds its parameters (password hashes, session token hashes): drizzle's
 * in `params` and in its message (`params: …`), the driver's in its own message (`invalid input
 * syntax for type uuid: "…"`), anywhere along the cause chain pino folds into one message and
 * stack. Each is replaced by `[redacted]`.
 */
export function serializeError(error: unknown): unknown {
  const serialized = stdSerializers.err(error as Error);
  const params = paramsAlongCauses(error);
  if (params.length === 0) return serialized;
  const lists = params.map((list) => `params: ${list.join(',')}`);
  const values = params
    .flat()
    .map(String)
    .filter((value) => value.length >= shortestSecret)
    .sort((a, b) => b.length - a.length);
  const redact = (text: string) =>
    values.reduce(
      (t, value) => t.replaceAll(value, redacted),
      lists.reduce((t, list) => t.replaceAll(list, `params: ${redacted}`), text),
    );
  return Object.fromEntries(
    Object.entries(serialized).map(([key, value]) => [
      key,
      key === 'params' ? redacted : typeof value === 'string' ? redact(value) : value,
    ]),
  );
}

function paramsAlongCauses(error: unknown): unknown[][] {
  const found: unknown[][] = [];
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    const params = (e as { params?: unknown }).params;
    if (Array.isArray(params) && params.length > 0) found.push(params);
  }
  return found;
}
