// Rows one request has read in full, by id, so that loading them again asks nothing: a
// meet's races, then each race by id; an athlete's results with their races and meets.
// Loads wait for the list reads still under way first, so whether a row is asked for again
// does not depend on which query happened to answer first.

export class RowsRead<T extends { id: number }> {
  private readonly rows = new Map<number, T>();
  private readonly pending = new Set<Promise<unknown>>();

  /**
   * Remembers the rows a list read gives (`rowsOf` picks them out of its result) and
   * returns the read itself. A failed read is the caller's to report; here it adds nothing.
   */
  track<R>(read: Promise<R>, rowsOf: (result: R) => Iterable<T>): Promise<R> {
    const settled = read.then(
      (result) => {
        for (const row of rowsOf(result)) this.rows.set(row.id, row);
      },
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return read;
  }

  /** Remembers rows another read brought along (see src/db/related-rows.ts). */
  remember(rows: Iterable<T>): void {
    for (const row of rows) this.rows.set(row.id, row);
  }

  /** The row with this id if a read has brought it already (no waiting, no query). */
  peek(id: number): T | undefined {
    return this.rows.get(id);
  }

  /** The rows with these ids, in their order: remembered ones as they are, the rest from `fetch` (then remembered). */
  async load(ids: readonly number[], fetch: (missing: number[]) => Promise<Array<T | null>>): Promise<Array<T | null>> {
    if (this.pending.size > 0) await Promise.all([...this.pending]);
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) for (const row of await fetch(missing)) if (row) this.rows.set(row.id, row);
    return ids.map((id) => this.rows.get(id) ?? null);
  }
}
