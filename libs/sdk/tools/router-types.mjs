// Writes build/types.d.ts: the router's procedures (their input and output types, written out in
// full) and the few contract types the SDK names, so the published declarations need nothing of
// the server's source and none of its dependencies (drizzle, Fastify, zod). The router's context
// and meta are left out: a client never sees them. Run by `npm run build` before tsup.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const here = path.dirname(new URL(import.meta.url).pathname);
const workspace = path.resolve(here, '../../..');
const routerFile = path.join(workspace, 'apps/server/src/trpc/router.ts');
const contractFile = path.join(workspace, 'libs/contract/src/index.ts');

const configPath = path.join(workspace, 'apps/server/tsconfig.json');
const config = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  },
);
const program = ts.createProgram([routerFile, contractFile], config.options);
const checker = program.getTypeChecker();

function exportOf(file, name) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file));
  const symbol = checker.getExportsOfModule(module).find((s) => s.name === name);
  if (!symbol) throw new Error(`${name} is not exported by ${file}`);
  return symbol;
}
const typeOfExport = (file, name) => {
  const symbol = exportOf(file, name);
  return symbol.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)
    ? checker.getDeclaredTypeOfSymbol(symbol)
    : checker.getTypeOfSymbol(symbol);
};
const property = (type, name) => {
  const symbol = type.getProperty(name);
  if (!symbol) throw new Error(`no property ${name} in ${checker.typeToString(type)}`);
  return checker.getTypeOfSymbol(symbol);
};

const identifier = /^[A-Za-z_$][\w$]*$/;
const key = (name) => (identifier.test(name) ? name : JSON.stringify(name));

/** A type written out structurally: no name of the server's or a library's types survives. */
function print(type, depth = 0) {
  if (depth > 40) throw new Error(`type too deep: ${checker.typeToString(type)}`);
  const f = type.flags;
  if (f & ts.TypeFlags.Any) return 'any';
  if (f & ts.TypeFlags.Unknown) return 'unknown';
  if (f & ts.TypeFlags.Never) return 'never';
  if (f & ts.TypeFlags.Void) return 'void';
  if (f & ts.TypeFlags.Undefined) return 'undefined';
  if (f & ts.TypeFlags.Null) return 'null';
  if (f & ts.TypeFlags.BooleanLiteral) return checker.typeToString(type);
  if (f & ts.TypeFlags.StringLiteral) return JSON.stringify(type.value);
  if (f & ts.TypeFlags.NumberLiteral) return String(type.value);
  if (f & ts.TypeFlags.String) return 'string';
  if (f & ts.TypeFlags.Number) return 'number';
  if (f & ts.TypeFlags.Boolean) return 'boolean';
  if (f & ts.TypeFlags.BigInt) return 'bigint';
  if (f & ts.TypeFlags.TemplateLiteral) return checker.typeToString(type);
  if (f & ts.TypeFlags.Union) {
    const parts = [...new Set(type.types.map((t) => print(t, depth + 1)))];
    // `true | false` as TypeScript writes it.
    const bool = parts.includes('true') && parts.includes('false');
    const rest = parts.filter((p) => !bool || (p !== 'true' && p !== 'false'));
    return [...(bool ? ['boolean'] : []), ...rest].map((p) => `(${p})`).join(' | ');
  }
  if (f & ts.TypeFlags.Intersection)
    return type.types.map((t) => `(${print(t, depth + 1)})`).join(' & ');
  if (checker.isTupleType(type))
    return `[${checker
      .getTypeArguments(type)
      .map((t) => print(t, depth + 1))
      .join(', ')}]`;
  if (checker.isArrayType(type))
    return `(${print(checker.getTypeArguments(type)[0], depth + 1)})[]`;
  if (f & ts.TypeFlags.Object) {
    if (type.symbol?.name === 'Date') return 'Date';
    const members = checker.getPropertiesOfType(type).map((p) => {
      const optional = p.flags & ts.SymbolFlags.Optional ? '?' : '';
      let t = checker.getTypeOfSymbol(p);
      if (optional) t = checker.getNonNullableType(t) === t ? t : removeUndefined(t);
      return `${key(p.name)}${optional}: ${print(t, depth + 1)};`;
    });
    const stringIndex = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    if (stringIndex) members.push(`[key: string]: ${print(stringIndex.type, depth + 1)};`);
    if (checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0)
      throw new Error(`a function type in the API: ${checker.typeToString(type)}`);
    return `{ ${members.join(' ')} }`;
  }
  throw new Error(`cannot write out ${checker.typeToString(type)}`);
}

function removeUndefined(type) {
  if (!(type.flags & ts.TypeFlags.Union)) return type;
  const kept = type.types.filter((t) => !(t.flags & ts.TypeFlags.Undefined));
  return kept.length === 1 ? kept[0] : { ...type, types: kept, flags: type.flags };
}

/** The record of procedures and nested routers, as `TRPCQueryProcedure<…>` and friends. */
function printRecord(record, depth) {
  const pad = '  '.repeat(depth);
  const entries = checker.getPropertiesOfType(record).map((p) => {
    const t = checker.getTypeOfSymbol(p);
    const def = t.getProperty('_def') && checker.getTypeOfSymbol(t.getProperty('_def'));
    if (def && def.getProperty('procedure')) {
      const kind = property(def, 'type');
      const $types = property(def, '$types');
      const name = { '"query"': 'TRPCQueryProcedure', '"mutation"': 'TRPCMutationProcedure' }[
        checker.typeToString(kind)
      ];
      if (!name) throw new Error(`${p.name}: only queries and mutations are supported`);
      return `${pad}${key(p.name)}: ${name}<{ meta: object; input: ${print(property($types, 'input'))}; output: ${print(property($types, 'output'))} }>;`;
    }
    return `${pad}${key(p.name)}: {\n${printRecord(t, depth + 1)}\n${pad}};`;
  });
  return entries.join('\n');
}

const appRouter = typeOfExport(routerFile, 'appRouter');
const routerDef = property(appRouter, '_def');
const $types = property(property(routerDef, '_config'), '$types');

const out = `// Generated by libs/sdk/tools/router-types.mjs from apps/server/src/trpc/router.ts: do not edit.
import type { TRPCBuiltRouter, TRPCMutationProcedure, TRPCQueryProcedure } from '@trpc/server';

export declare const maxBatchCalls: number;
export type AppErrorCode = ${print(typeOfExport(contractFile, 'AppErrorCode'))};
export type RefusalReason = ${print(typeOfExport(contractFile, 'RefusalReason'))};
export type FieldIssue = ${print(typeOfExport(contractFile, 'FieldIssue'))};
export type Permission = ${print(typeOfExport(contractFile, 'PermissionName'))};

/** The error shape every failed call carries (\`error.data\`: apps/server/README.md). */
export type AppErrorShape = ${print(property($types, 'errorShape'))};

export type AppRouter = TRPCBuiltRouter<
  { ctx: object; meta: object; errorShape: AppErrorShape; transformer: false },
  {
${printRecord(property(routerDef, 'record'), 2)}
  }
>;
`;
mkdirSync(path.join(here, '../build'), { recursive: true });
writeFileSync(path.join(here, '../build/types.d.ts'), out);
console.log(`build/types.d.ts: ${out.length} characters`);
