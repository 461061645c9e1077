// A small table read whole and kept in server memory: events, countries and championships
// are read by nearly every request and change only through seeds and migrations.
//
// Freshness: the copy is re-read when it is older than the time to live, and at once when
// a key is asked for that the copy lacks (a row added since, e.g. by a seed run while the
// server is up). Concurrent re-reads share one query. A write through the API (the curated
// reference edits) calls invalidate() once it has committed: the next read sees it.

/** How long a copy serves before it is read again (REFERENCE_TTL_MS overrides). */
export const DEFAULT_REFERENCE_TTL_MS = 10_000;

export function referenceTtlMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.REFERENCE_TTL_MS);
  return env.REFERENCE_TTL_MS !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_REFERENCE_TTL_MS;
}

export class ReferenceTable<K, T> {
  private rows: T[] = [];
  private byKey = new Map<K, T>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;
  /** Bumped by invalidate(): a read begun before it may predate the write. */
  private generation = 0;
  private appliedGeneration = 0;

  constructor(
    /** Every row, in the order `all()` should give them. */
    private readonly fetch: () => Promise<T[]>,
    private readonly keyOf: (row: T) => K,
    private readonly ttlMs: number = referenceTtlMs(),
  ) {}

  /** The rows for these keys, in their order (DataLoader's contract); an unknown key gets null. */
  async byKeys(keys: readonly K[]): Promise<Array<T | null>> {
    await this.fresh();
    if (keys.some((key) => !this.byKey.has(key))) await this.reload();
    return keys.map((key) => this.byKey.get(key) ?? null);
  }

  /**
   * The row for this key when the copy is fresh and holds it; undefined otherwise (then ask
   * byKeys). Lets a resolver answer without a promise when nothing has to be read.
   */
  peek(key: K): T | undefined {
    return Date.now() - this.loadedAt < this.ttlMs ? this.byKey.get(key) : undefined;
  }

  /** Every row, in the fetch's order. */
  async all(): Promise<T[]> {
    await this.fresh();
    return this.rows;
  }

  /** The first row that matches, reading the table again when none does. */
  async find(match: (row: T) => boolean): Promise<T | null> {
    await this.fresh();
    const row = this.rows.find(match);
    if (row) return row;
    await this.reload();
    return this.rows.find(match) ?? null;
  }

  /**
   * Forgets the copy: the next call reads the table again, not joining a read already under
   * way (which may have begun before the write). Call it after the write has committed.
   */
  invalidate(): void {
    this.generation++;
    this.loadedAt = -Infinity;
    this.loading = null;
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt >= this.ttlMs) await this.reload();
  }

  private reload(): Promise<void> {
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = this.fetch()
      .then((rows) => {
        // A read begun before invalidate() answers its own callers but leaves the copy stale;
        // one that ends after a later read's must not put older rows back.
        if (generation < this.appliedGeneration) return;
        this.rows = rows;
        this.byKey = new Map(rows.map((row) => [this.keyOf(row), row]));
        this.appliedGeneration = generation;
        if (generation === this.generation) this.loadedAt = Date.now();
      })
      .finally(() => {
        if (this.loading === loading) this.loading = null;
      });
    this.loading = loading;
    return loading;
  }
}
