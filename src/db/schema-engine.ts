// The Prisma schema engine compiled to WebAssembly (@prisma/schema-engine-wasm): loading it
// once per process, its panics (after one, the instance is never reused) and the timeouts
// it leaves behind. Sessions on a database are opened by openSchemaEngine (migrate.ts).
//
// The package is ESM (`schema_engine.js` imports the .wasm file, which Node 20 only does
// with --experimental-wasm-modules). We load its JS glue, `schema_engine_bg.js`, and
// instantiate `schema_engine_bg.wasm` ourselves. The glue is loaded with a real dynamic
// import(), hidden from tsc (which would turn it into require() under module=commonjs).
// Where dynamic import is unavailable — Jest runs modules in a vm context and rejects
// import() without --experimental-vm-modules — the glue (a wasm-bindgen file of
// top-level `export function`/`export class` declarations, no imports) is evaluated as
// a plain script instead.

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Glue = typeof import('@prisma/schema-engine-wasm') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

const GLUE_SPECIFIER = '@prisma/schema-engine-wasm/schema_engine_bg';
const nativeImport = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

let gluePromise: Promise<Glue> | undefined;

export function loadSchemaEngine(): Promise<Glue> {
  if (poisoned) {
    return Promise.reject(new Error('The schema engine panicked earlier in this process; restart the process'));
  }
  gluePromise ??= instantiateSchemaEngine().catch((error: unknown) => {
    gluePromise = undefined;
    throw error;
  });
  return gluePromise;
}

/**
 * Rust panics inside the engine report their message to this global before the WASM traps
 * (without it the glue itself throws a TypeError). A panic while the engine polls a future
 * from a callback surfaces as an uncaught "RuntimeError: unreachable" that ends the
 * process, so the message also goes to stderr.
 */
let lastPanic: string | undefined;
let poisoned = false;

function installPanicRegistry(): void {
  // Prisma Client installs its own registry (which throws the panic as an error); keep it.
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      lastPanic = message;
      process.stderr.write(`Prisma schema engine (WASM) panicked: ${message}\n`);
    },
  };
}

async function instantiateSchemaEngine(): Promise<Glue> {
  installPanicRegistry();
  const gluePath = require.resolve(GLUE_SPECIFIER);
  const glue = await importGlue(gluePath);
  const wasmPath = join(dirname(gluePath), 'schema_engine_bg.wasm');
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const imports: WebAssembly.Imports = {};
  for (const { module: name } of WebAssembly.Module.imports(module)) {
    imports[name] = withTrackedTimers(glue);
  }
  const instance = await WebAssembly.instantiate(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

/**
 * Timers the engine starts and that have not fired yet. The engine arms 10 s timeouts
 * around its work and never clears them, which kept a finished `npm run db:migrate` (and
 * Jest) alive for 10 s. Sessions unref them when they close (see releaseEngineTimers).
 */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();

function withTrackedTimers(glue: Glue): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
  for (const key of Object.keys(imports)) {
    if (!key.startsWith('__wbg_setTimeout_')) continue;
    imports[key] = (callback: () => void, ms: number) => {
      const timer = setTimeout(() => {
        engineTimers.delete(timer);
        callback();
      }, ms >>> 0);
      engineTimers.add(timer);
      return timer;
    };
  }
  return imports;
}

/** Lets the process exit without waiting for the engine's leftover timeouts. */
export function releaseEngineTimers(): void {
  for (const timer of engineTimers) timer.unref?.();
  engineTimers.clear();
}

async function importGlue(gluePath: string): Promise<Glue> {
  try {
    return (await nativeImport(pathToFileURL(gluePath).href)) as Glue;
  } catch (error) {
    if (!isDynamicImportUnavailable(error)) throw error;
    return evaluateGlueAsScript(gluePath);
  }
}

function isDynamicImportUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' ||
    e?.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG' ||
    /dynamic import callback|experimental-vm-modules/i.test(e?.message ?? '')
  );
}

function evaluateGlueAsScript(gluePath: string): Glue {
  const source = readFileSync(gluePath, 'utf8');
  const names: string[] = [];
  const script = source.replace(/^export (function|class) ([A-Za-z_$][\w$]*)/gm, (_m, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  const leftover = /^\s*(import|export)\b.*$/m.exec(script);
  if (leftover || !names.includes('SchemaEngine') || !names.includes('__wbg_set_wasm')) {
    throw new Error(
      `Unexpected shape of ${gluePath} (${leftover ? `line "${leftover[0].trim()}"` : 'missing exports'}); ` +
        'run outside Jest or update src/db/schema-engine.ts',
    );
  }
  const factory = new Function(`"use strict";\n${script}\nreturn { ${names.join(', ')} };`) as () => Glue;
  return factory();
}

/** Turns what the engine rejects with (an Error or a plain object) into an Error with its message. */
export function describeEngineError(error: unknown, context: string): Error {
  const e = error as { message?: unknown; error_code?: unknown; code?: unknown } | null;
  let detail: string;
  if (e && typeof e.message === 'string') detail = e.message;
  else detail = typeof error === 'string' ? error : JSON.stringify(error);
  const code = typeof e?.error_code === 'string' ? e.error_code : typeof e?.code === 'string' ? e.code : undefined;
  if (error instanceof WebAssembly.RuntimeError || lastPanic !== undefined) {
    // A Rust panic: the WASM instance is left in an unknown state, never reuse it.
    poisoned = true;
    detail = `the schema engine panicked: ${lastPanic ?? detail}`;
    lastPanic = undefined;
  }
  return new Error(`${context}${code ? ` [${code}]` : ''}: ${detail}`, { cause: error });
}
