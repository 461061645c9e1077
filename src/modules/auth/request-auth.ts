// Who a request writes as. Reading is open; every mutation (and the audit log) calls
// requireApiKey, which throws UNAUTHENTICATED (HTTP 401) without a valid, unrevoked key.
import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { PrismaClient } from '../../db/client';
import { bearerToken } from './bearer-token';
import { ApiKeyService, type Authentication, type AuthenticatedKey } from './api-key.service';

/** The request's key, checked against the database at most once, and only when asked. */
export class RequestAuth {
  private result: Promise<Authentication> | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly req?: IncomingMessage,
  ) {}

  authenticate(): Promise<Authentication> {
    this.result ??= new ApiKeyService(this.prisma).authenticate(this.req ? bearerToken(this.req) : null);
    return this.result;
  }
}

const REASONS: Record<'missing' | 'invalid' | 'revoked', string> = {
  missing: 'this operation needs an API key: send "Authorization: Bearer <key>" (keys come from `npm run apikey -- create <name>`)',
  invalid: 'the API key is not valid',
  revoked: 'the API key has been revoked',
};

export function unauthenticated(reason: keyof typeof REASONS): GraphQLError {
  return new GraphQLError(`Unauthenticated: ${REASONS[reason]}`, {
    extensions: {
      code: 'UNAUTHENTICATED',
      // Apollo answers with this status and header (and leaves `http` out of the body).
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="athletics-graph"']]) },
    },
  });
}

/** The guard every write calls first. */
export async function requireApiKey(ctx: { auth: RequestAuth }): Promise<AuthenticatedKey> {
  const result = await ctx.auth.authenticate();
  if (!result.ok) throw unauthenticated(result.reason);
  return result.key;
}
