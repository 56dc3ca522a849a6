import { http, HttpResponse, type RequestHandler } from 'msw';
import { demoData, type MockData } from './fixtures.js';

export type Procedure = keyof MockData;
/** A procedure's answer, or `'error'` to make it fail with a 500. */
export type MockAnswers = { [P in Procedure]?: MockData[P] | 'error' };

/**
 * Answers tRPC's wire format (no transformer) for every procedure: a batched call
 * `…/trpc/a.b,c.d?batch=1&input=…` gets `[{ result: { data } }, …]`.
 */
export function trpcHandlers(overrides: MockAnswers = {}): RequestHandler[] {
  const answers: MockAnswers = { ...demoData(), ...overrides };
  const respond = ({ params }: { params: Record<string, string | readonly string[] | undefined> }) => {
    const results = String(params.paths)
      .split(',')
      .map((path) => {
        const answer = answers[path as Procedure];
        if (answer === undefined) return { error: { message: `No mock for ${path}`, code: -32004, data: { code: 'NOT_FOUND', path } } };
        if (answer === 'error') return { error: { message: 'Mocked failure', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', path } } };
        return { result: { data: answer } };
      });
    return HttpResponse.json(results, { status: results.some((r) => 'error' in r) ? 500 : 200 });
  };
  return [http.get('*/trpc/:paths', respond), http.post('*/trpc/:paths', respond)];
}
