import { TokenBucketLimiter } from './token-bucket';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token bucket', () => {
  it('allows a burst of `capacity`, then refuses with the wait until one request is allowed', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 3, windowSeconds: 60, now: time.now });
    expect([1, 2, 3].map(() => limiter.take('ip:a').remaining)).toEqual([2, 1, 0]);
    const refused = limiter.take('ip:a');
    expect(refused).toMatchObject({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 20 });
    expect(refused.resetSeconds).toBe(60);
    expect(limiter.take('ip:b').allowed).toBe(true); // clients are counted apart
  });

  it('refills evenly over the window', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 60, windowSeconds: 60, now: time.now });
    for (let i = 0; i < 60; i++) expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
    time.advance(1000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
    time.advance(60_000);
    expect(limiter.take('k').remaining).toBe(59);
  });

  it('forgets refilled clients and never remembers more than maxClients', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 10, windowSeconds: 10, maxClients: 100, now: time.now });
    for (let i = 0; i < 1000; i++) limiter.take(`ip:${i}`);
    expect(limiter.size).toBe(100);
    time.advance(2000); // every bucket is full again (1 token used, 1 per second refilled)
    limiter.take('ip:new');
    expect(limiter.size).toBe(1);
  });
});
