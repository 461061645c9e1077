// The connection the schema engine gets to PostgreSQL: a `pg` pool behind the
// @prisma/adapter-pg driver adapter, with two fixes (see EngineConnection).

import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, type SqlDriverAdapter, type SqlQueryable } from '@prisma/driver-adapter-utils';
import { Client, Pool } from 'pg';

/**
 * A `pg` pool and the driver adapters the engine gets from it, with two fixes over a plain
 * `new PrismaPg(pool)` (both found with @prisma/adapter-pg 7.10.1):
 *
 * - Scripts (migration.sql files) go to PostgreSQL in one simple-protocol query, as the
 *   native engine sends them. The adapter's own `executeScript` splits the text on every
 *   ";" and runs the pieces one by one: a ";" inside a string, a comment or a function
 *   body breaks the migration, and a failing migration leaves its first statements
 *   applied. Sent whole, PostgreSQL runs a migration in one implicit transaction: all or
 *   nothing.
 * - Result columns of the internal type "char" (OID 18, e.g. pg_constraint.contype) are
 *   passed to the engine as Character values. The adapter rejects them ("Column type
 *   'char' could not be deserialized"), which breaks every engine command that reads the
 *   database schema, such as diffs from the migrations folder (through a shadow database).
 *
 * One connection (`max: 1`): migrations are serial, and PGlite behind pglite-socket
 * serves one connection at a time.
 */
export class EngineConnection {
  readonly pool: Pool;
  private readonly factory: PrismaPg;

  constructor(readonly connectionString: string) {
    this.pool = new Pool({ connectionString, max: 1, Client: CharAsTextClient });
    this.pool.on('error', () => undefined); // an idle client losing its server must not crash us
    this.factory = new PrismaPg(this.pool);
  }

  get provider(): PrismaPg['provider'] {
    return this.factory.provider;
  }

  get adapterName() {
    return this.factory.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = withCharColumns(await this.factory.connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
    const pool = this.pool;
    adapter.executeScript = async function executeScript(script: string): Promise<void> {
      try {
        await pool.query(script);
      } catch (error) {
        // Let the adapter turn the pg error into the DriverAdapterError the engine reads.
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }

  async end(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
/** Set on a result's rows array: indices of its "char" columns (the adapter passes rows through). */
const CHAR_COLUMNS = Symbol('charColumns');

function charColumnsAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    const res = r as { fields?: Array<{ dataTypeID: number }>; rows?: unknown[] } | undefined;
    const indices: number[] = [];
    (res?.fields ?? []).forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indices.push(i);
      }
    });
    if (indices.length > 0 && Array.isArray(res?.rows)) {
      Object.defineProperty(res.rows, CHAR_COLUMNS, { value: indices, enumerable: false });
    }
  }
  return result;
}

/** Reports the columns charColumnsAsText() marked as Character, the type the engine reads them as. */
function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const indices = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS];
    for (const i of indices ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

type QueryCallback = (err: Error | null, res: unknown) => void;

class CharAsTextClient extends Client {
  // pg's overloads are many; this handles them all (config, values?, callback?).
  override query(...args: unknown[]): never {
    const query = Client.prototype.query as (...a: unknown[]) => unknown;
    const [config] = args;
    if (typeof (config as { submit?: unknown } | null)?.submit === 'function') {
      return query.apply(this, args) as never;
    }
    const cbIndex = args.findIndex((a) => typeof a === 'function');
    if (cbIndex >= 0) {
      const callback = args[cbIndex] as QueryCallback;
      const wrapped = [...args];
      wrapped[cbIndex] = (err: Error | null, res: unknown) => callback(err, err ? res : charColumnsAsText(res));
      return query.apply(this, wrapped) as never;
    }
    return (query.apply(this, args) as Promise<unknown>).then(charColumnsAsText) as never;
  }
}
