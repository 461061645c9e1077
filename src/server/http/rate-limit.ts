// Rate limit per client (API key, else IP) with the IETF RateLimit headers (draft 6 fields
// RateLimit-Limit / -Remaining / -Reset, and RateLimit-Policy), and past the limit HTTP 429
// with Retry-After and a GraphQL error body (code RATE_LIMITED).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { TokenBucketLimiter } from '../limits/token-bucket';
import { sendGraphQLError } from './graphql-error-body';

export interface RateLimitOptions {
  /** Requests per window; 0 turns the limit off. */
  max: number;
  windowSeconds: number;
  identify: (req: Request) => string;
  maxClients?: number;
}

export function rateLimit(options: RateLimitOptions): RequestHandler {
  if (options.max <= 0) return (_req, _res, next) => next();
  const limiter = new TokenBucketLimiter({ capacity: options.max, windowSeconds: options.windowSeconds, maxClients: options.maxClients });
  const policy = `${options.max};w=${options.windowSeconds}`;
  return (req: Request, res: Response, next: NextFunction) => {
    const result = limiter.take(options.identify(req));
    res.setHeader('RateLimit-Policy', policy);
    res.setHeader('RateLimit-Limit', String(result.limit));
    res.setHeader('RateLimit-Remaining', String(result.remaining));
    res.setHeader('RateLimit-Reset', String(result.resetSeconds));
    if (result.allowed) return next();
    res.setHeader('Retry-After', String(result.retryAfterSeconds));
    sendGraphQLError(
      res,
      429,
      'RATE_LIMITED',
      `Too many requests: the limit is ${options.max} per ${options.windowSeconds} s; retry in ${result.retryAfterSeconds} s`,
      { limit: options.max, windowSeconds: options.windowSeconds, retryAfterSeconds: result.retryAfterSeconds },
    );
  };
}
