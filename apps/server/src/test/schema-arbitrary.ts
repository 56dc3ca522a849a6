// fast-check arbitraries for a procedure's input, from its zod schema (through `z.toJSONSchema`),
// with hostile values mixed in at every level: what a careless or malicious client might send.
// (zod-fast-check and its kin target zod 3; the JSON Schema zod 4 writes is small to walk.)
import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export interface HostileValues {
  /** Ids of rows that exist (both companies'), so upper-case and foreign ids reach real rows. */
  knownIds: readonly string[];
}

const deepArray = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

/** Strings PostgreSQL, a LIKE pattern, a date parser or a length check might choke on. */
export const hostileStrings = [
  'a\u0000',
  '\u0000',
  '',
  ' ',
  '%_\\',
  "'; drop table users; --",
  'x'.repeat(5_000),
  '𝕏 emoji 🙂',
  '\uD800',
  '0000-01-01T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '9999-12-31T23:59:59-05:00',
  '10000-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '0000-01-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'not-a-uuid',
];

export const hostileNumbers = [0, -1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308];

/** Values of the wrong type anywhere, and nesting deep enough to hurt a recursive walker. */
export const wrongTypes: unknown[] = [null, true, 0, 'text', [], {}, [1, 'two'], deepArray(200)];

function hostile(extra: HostileValues): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...hostileStrings),
    fc.constantFrom(...hostileNumbers),
    fc.constantFrom(...wrongTypes),
    fc.constantFrom(...extra.knownIds).map((id) => id.toUpperCase()),
  );
}

function uuid(extra: HostileValues): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...extra.knownIds), weight: 4 },
    { arbitrary: fc.constantFrom(...extra.knownIds).map((id) => id.toUpperCase()), weight: 2 },
    { arbitrary: fc.uuid(), weight: 1 },
  );
}

const isoDateTime = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());

function fromSchema(schema: JsonSchema, extra: HostileValues): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, extra);
  return fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: hostile(extra), weight: 1 });
}

function validFromSchema(schema: JsonSchema, extra: HostileValues): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((s) => fromSchema(s, extra)));
  if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], extra);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1_000, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1_000, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({
        min: schema.minimum ?? schema.exclusiveMinimum ?? -1e6,
        max: schema.maximum ?? schema.exclusiveMaximum ?? 1e6,
        noNaN: true,
      });
    case 'string':
      if (schema.format === 'uuid') return uuid(extra);
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'date-time') return isoDateTime;
      if (schema.format === 'date') return isoDateTime.map((d) => d.slice(0, 10));
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: schema.maxLength ?? 40 });
    case 'array':
      return fc.array(schema.items ? fromSchema(schema.items, extra) : fc.anything(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      return fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, s]) => [key, fromSchema(s, extra)]),
        ),
        { requiredKeys: schema.required?.filter((key) => key in properties) ?? [] },
      );
    }
    default:
      // `{}`: anything (z.void(), z.unknown()).
      return fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }));
  }
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Inputs for `schema`: mostly shaped like it, with hostile values at any field, or hostile whole. */
export function inputArbitrary(schema: z.ZodType, extra: HostileValues): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: validFromSchema(jsonSchemaOf(schema), extra), weight: 6 },
    { arbitrary: hostile(extra), weight: 1 },
  );
}

/** The object fields of `schema`, nested ones included (`['filter', 'action']`), for sweeps. */
export function fieldPaths(schema: z.ZodType): string[][] {
  const paths: string[][] = [];
  const walk = (node: JsonSchema, path: string[]) => {
    for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) walk(option, path);
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      paths.push([...path, key]);
      walk(child, [...path, key]);
    }
  };
  walk(jsonSchemaOf(schema), []);
  return paths;
}

/** `input` (an object, else `{}`) with `value` at `path`, the objects on the way created. */
export function withField(input: unknown, path: string[], value: unknown): unknown {
  const root = structuredClone(typeof input === 'object' && input !== null ? input : {});
  let node = root as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
  return root;
}
