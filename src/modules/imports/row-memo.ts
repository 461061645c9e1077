// Memos of checked cells, and `own`: how the row checker checks a cell that repeats over a
// million rows once, without keeping the file in memory.

/**
 * A string that holds on to nothing else. Cells are slices of the chunk of input they were
 * read from, and V8 keeps the whole chunk alive as long as one slice is: kept as they are,
 * the keys of a million-row file would keep most of the file in memory.
 */
export function own<T extends string | null>(s: T): T {
  return (s === null ? null : `${s} `.slice(0, -1)) as T;
}

/**
 * A memo keyed by a cell and a few more strings, as nested maps: looking up the cells as
 * they are (slices of the input) allocates nothing, where joining them into one key would.
 */
export class Memo2<T> {
  private map = new Map<string, Map<string, T>>();
  private size = 0;
  constructor(private readonly max: number) {}
  get(first: string, rest: string, compute: () => T): T {
    let inner = this.map.get(first);
    let value = inner?.get(rest);
    if (value === undefined) {
      if (this.size >= this.max) {
        this.map.clear();
        this.size = 0;
        inner = undefined;
      }
      if (!inner) this.map.set(own(first), (inner = new Map()));
      value = compute();
      inner.set(own(rest), value);
      this.size++;
    }
    return value;
  }

  /** The entry, if any (no closure to allocate on the hot path, unlike get). */
  peek(first: string, rest: string): T | undefined {
    return this.map.get(first)?.get(rest);
  }

  /** Overwrites an entry (a namesake's): the memo remembers one value per key pair. */
  replace(first: string, rest: string, value: T): T {
    this.map.get(first)?.set(own(rest), value);
    return value;
  }
}

/** Names that repeat over many rows are checked once: results keyed by the raw cells. */
export class Memo<T> {
  private map = new Map<string, T>();
  /** Bounded: a file with more distinct keys than this recomputes rather than grows. */
  constructor(private readonly max: number) {}
  get(key: string, compute: () => T): T {
    let value = this.map.get(key);
    if (value === undefined) {
      if (this.map.size >= this.max) this.map.clear();
      value = compute();
      this.map.set(own(key), value);
    }
    return value;
  }
}
