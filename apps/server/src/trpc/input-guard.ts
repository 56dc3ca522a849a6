// Checks every input, of every procedure and of the HTTP routes, before it is validated, hashed or
// stored: what no schema of this API can mean, refused in one place that no new procedure skips.

/** The API's deepest input nests 3 levels; far deeper input would make hashing recurse for ever. */
export const maxInputDepth = 32;

const nulMessage = 'Remove the NUL character (\\u0000): text cannot hold it';

export interface InputProblem {
  /** Where the problem is, as zod paths go (`['filter', 'action']`). */
  path: (string | number)[];
  message: string;
}

/**
 * The first string (or key) holding a NUL character, which PostgreSQL cannot store in text, or the
 * first value nested deeper than `maxInputDepth`. Walks without recursion, so depth costs no stack.
 */
export function inputProblem(input: unknown): InputProblem | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path, message: nulMessage };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= maxInputDepth)
      return { path: path.slice(0, 1), message: `Nest at most ${maxInputDepth} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, Array.isArray(value) ? Number(key) : key];
      if (key.includes('\u0000')) return { path: childPath, message: nulMessage };
      pending.push({ value: child, path: childPath });
    }
  }
  return null;
}
