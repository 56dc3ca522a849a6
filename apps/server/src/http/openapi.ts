// The API for teams that do not use TypeScript (issue 16): an OpenAPI 3.1 document of every tRPC
// procedure, generated at start from the router and the contract's zod schemas, at
// /api/openapi.json, and a reference page rendering it at /api/reference (Swagger UI, served from
// node_modules: no CDN).
//
// Why not `trpc-to-openapi`: it supports this tRPC and zod, but documents a second, REST-shaped
// API that its own adapter serves (a path and method per procedure in `meta.openapi`, object
// inputs only). Here the document describes the one API there is, the `/trpc` wire the SDK and
// `curl` use, with zod's own JSON Schema output (`z.toJSONSchema`) for inputs and outputs: a thin
// mapping of its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Meta } from '../trpc/init.js';
import { appRouter } from '../trpc/router.js';

type JsonSchema = Record<string, unknown>;
interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: z.ZodType[];
  output?: z.ZodType;
  meta?: Meta;
}

/** Procedures anyone may call: no session, no token. */
const publicProcedures = new Set(['auth.signIn', 'auth.me']);

const schemaOf = (schema: z.ZodType | undefined, io: 'input' | 'output'): JsonSchema => {
  if (!schema) return {};
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    // `z.void()` (no input, no answer) and transforms' far sides: any JSON, as the wire carries.
    unrepresentable: 'any',
  }) as JsonSchema;
  // The dialect is the document's (OpenAPI 3.1 is JSON Schema 2020-12): not repeated per schema.
  delete json.$schema;
  return json;
};

/** The error every failed call answers with (apps/server/README.md, "Errors"). */
const errorEnvelope: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['message', 'code', 'data'],
      properties: {
        message: { type: 'string' },
        code: { type: 'integer', description: 'JSON-RPC error code' },
        data: {
          type: 'object',
          properties: {
            code: { type: 'string', examples: ['UNAUTHORIZED', 'FORBIDDEN', 'BAD_REQUEST'] },
            httpStatus: { type: 'integer' },
            path: { type: 'string' },
            appCode: { type: ['string', 'null'] },
            fieldErrors: { type: 'object', additionalProperties: { type: 'array' } },
            fieldIssues: { type: 'object', additionalProperties: { type: 'array' } },
            formErrors: { type: 'array', items: { type: 'string' } },
            details: {
              description:
                'FORBIDDEN: the permission missing, the roles that would grant it and the Global admins to ask; ' +
                'CONFLICT: { reason }; TOO_MANY_REQUESTS: { retryAfterMinutes }; UNAUTHORIZED for an API token: ' +
                '{ reason: TOKEN_UNKNOWN | TOKEN_REVOKED | TOKEN_EXPIRED }',
            },
          },
        },
      },
    },
  },
};

function operationOf(procedurePath: string, def: ProcedureDef) {
  const [router] = procedurePath.split('.');
  const input = schemaOf(def.inputs[0], 'input');
  const permission = def.meta?.permission;
  const description = publicProcedures.has(procedurePath)
    ? 'Needs no sign-in.'
    : permission
      ? `Needs the \`${permission}\` permission (the permission table of @pbc/rules; an API token must carry it).`
      : 'Needs any signed-in user or API token of the company.';
  const operation: JsonSchema = {
    operationId: procedurePath,
    tags: [router],
    summary: procedurePath,
    description,
    ...(permission ? { 'x-permission': permission } : {}),
    ...(publicProcedures.has(procedurePath) ? { security: [] } : {}),
    responses: {
      '200': {
        description: 'The answer',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['result'],
              properties: {
                result: {
                  type: 'object',
                  properties: { data: schemaOf(def.output, 'output') },
                },
              },
            },
          },
        },
      },
      default: {
        description: 'A failed call',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
  };
  if (def.type === 'query') {
    operation.parameters = [
      {
        name: 'input',
        in: 'query',
        required: false,
        description: 'The input as JSON (URL-encoded); leave out for none.',
        content: { 'application/json': { schema: input } },
      },
    ];
    return { get: operation };
  }
  operation.parameters = [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'X-3: a retry with the same key is answered from the first call, never applied twice.',
      schema: { type: 'string', maxLength: 200 },
    },
  ];
  operation.requestBody = {
    required: false,
    content: { 'application/json': { schema: input } },
  };
  return { post: operation };
}

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>;

/**
 * The document, built at its first request and kept: the router does not change while the server
 * runs, and a server nobody asks for it holds no JSON Schema of every procedure.
 */
let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined;

function buildOpenApiDocument() {
  const paths = Object.fromEntries(
    Object.entries(procedures)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([procedurePath, { _def }]) => [
        `/trpc/${procedurePath}`,
        operationOf(procedurePath, _def),
      ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Partner Benefits Center API',
      version: '1',
      description:
        'Every tRPC procedure of the server. Queries are GET /trpc/<procedure>?input=<JSON>, ' +
        'mutations POST /trpc/<procedure> with the input as the JSON body; answers are ' +
        '`{ "result": { "data": … } }`. Authenticate with an API token (`Authorization: Bearer pbc_…`, ' +
        'Account settings → API tokens) or the browser session cookie.',
    },
    servers: [{ url: '/' }],
    security: [{ apiToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'X-6: an API token, `pbc_…`, scoped to its company and permissions.',
        },
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'pbc_session' },
      },
      schemas: { Error: errorEnvelope },
    },
  };
}

const require = createRequire(import.meta.url);
const swaggerUi = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const assets: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};
const cache = new Map<string, Buffer>();
const asset = (file: string) => {
  if (!cache.has(file)) cache.set(file, readFileSync(path.join(swaggerUi, file)));
  return cache.get(file)!;
};

// The page's script is a file of its own: the Content-Security-Policy allows no inline script.
const initScript = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#reference', deepLinking: true });\n`;
const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Partner Benefits Center API reference</title>
    <link rel="stylesheet" href="/api/reference/swagger-ui.css" />
  </head>
  <body>
    <div id="reference"></div>
    <script src="/api/reference/swagger-ui-bundle.js"></script>
    <script src="/api/reference/init.js"></script>
  </body>
</html>
`;

export function registerOpenApi(app: FastifyInstance): void {
  app.get('/api/openapi.json', async () => (openApiDocument ??= buildOpenApiDocument()));
  app.get('/api/reference', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(page),
  );
  app.get('/api/reference/init.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').send(initScript),
  );
  app.get<{ Params: { file: string } }>('/api/reference/:file', async (request, reply) => {
    const found = assets[request.params.file];
    if (!found) return reply.callNotFound();
    return reply.type(found.type).send(asset(found.file));
  });
}
