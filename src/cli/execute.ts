// Running an operation: over HTTP against a running server, or in-process against the
// database with the same schema, services and per-request loaders the server uses.
import type { DocumentNode } from 'graphql';

export interface ExecutionResult {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

export interface Operation {
  source: string;
  document: DocumentNode;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** POSTs the operation as JSON (what Apollo's CSRF prevention expects). */
export async function executeOverHttp(url: string, op: Operation): Promise<ExecutionResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: op.source, variables: op.variables, operationName: op.operationName }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(
      `cannot reach ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message} (is the server running? npm start)`,
      { cause: error },
    );
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    throw new Error(`${url} answered HTTP ${response.status} with no GraphQL result: ${text.slice(0, 200)}`);
  }
}

/** Executes in this process against `databaseUrl` (no server needed). */
export async function executeInProcess(databaseUrl: string, op: Operation): Promise<ExecutionResult> {
  // Loaded here so that HTTP runs do not pay for building the schema and the Prisma client.
  const [{ execute, validate }, { createDatabase }, { appSchema }, { createContext }, { createServices }] = await Promise.all([
    import('graphql'),
    import('../db/client'),
    import('../app/schema'),
    import('../app/context'),
    import('../app/services'),
  ]);
  const schema = await appSchema();
  const validationErrors = validate(schema, op.document);
  if (validationErrors.length) return { errors: validationErrors.map((e) => e.toJSON()) };
  const db = createDatabase({ connectionString: databaseUrl, maxConnections: 2 });
  try {
    const result = await execute({
      schema,
      document: op.document,
      variableValues: op.variables,
      operationName: op.operationName,
      contextValue: createContext(db.prisma, createServices(db.prisma, db.pool)),
    });
    return {
      data: result.data as Record<string, unknown> | null | undefined,
      errors: result.errors?.map((e) => e.toJSON()),
    };
  } finally {
    await db.close();
  }
}
