// Per-client token buckets, in memory (one process; no Redis client library is installed).
// Each client may burst `capacity` requests, refilled evenly over `windowSeconds`. Memory is
// bounded: buckets that have refilled are forgotten (a fresh one is the same), and past
// `maxClients` the least recently seen client is forgotten first.

export interface TokenBucketOptions {
  capacity: number;
  windowSeconds: number;
  /** Most clients remembered at once (default 100 000, a few MB). */
  maxClients?: number;
  /** Milliseconds clock, for tests. */
  now?: () => number;
}

export interface TakeResult {
  allowed: boolean;
  limit: number;
  /** Whole requests left right now. */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** When refused: seconds until one request is allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

export class TokenBucketLimiter {
  readonly capacity: number;
  readonly windowSeconds: number;
  private readonly perMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;
  /** In least-recently-seen order (a Map keeps insertion order; a hit re-inserts). */
  private readonly buckets = new Map<string, Bucket>();

  constructor(options: TokenBucketOptions) {
    this.capacity = options.capacity;
    this.windowSeconds = options.windowSeconds;
    this.perMs = options.capacity / (options.windowSeconds * 1000);
    this.maxClients = options.maxClients ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.buckets.size;
  }

  take(key: string): TakeResult {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updated: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.evict(now);
    return {
      allowed,
      limit: this.capacity,
      remaining: Math.floor(bucket.tokens),
      resetSeconds: Math.ceil((this.capacity - bucket.tokens) / this.perMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)),
    };
  }

  /** Forgets refilled buckets from the least recently seen end, and the oldest beyond maxClients. */
  private evict(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const refilled = bucket.tokens + (now - bucket.updated) * this.perMs >= this.capacity;
      if (!refilled && this.buckets.size <= this.maxClients) break;
      this.buckets.delete(key);
    }
  }
}
