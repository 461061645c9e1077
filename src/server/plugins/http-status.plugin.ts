// HTTP statuses for operations that failed for a reason an HTTP client, proxy or load
// balancer should see without reading the body. Errors that carry `extensions.http` (the
// limits, context creation) already set theirs; this covers errors formatted from resolvers.
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Error code -> HTTP status, applied when a response holds an error with that code.
 * SERVICE_UNAVAILABLE (the database is away) -> 503 with Retry-After.
 * Hook for authentication: add `UNAUTHENTICATED: 401` here to answer 401 whenever a resolver
 * refuses for want of a valid API key (a key rejected while creating the context can throw
 * a GraphQLError with `extensions.http.status = 401` instead).
 */
export const STATUS_BY_CODE: Record<string, number> = {
  SERVICE_UNAVAILABLE: 503,
};

export function httpStatusPlugin(statusByCode: Record<string, number> = STATUS_BY_CODE): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          let status: number | undefined;
          for (const error of errors) {
            const mapped = statusByCode[String(error.extensions?.code)];
            if (mapped !== undefined) status = Math.max(status ?? 0, mapped);
          }
          if (status === undefined || (response.http.status ?? 200) >= 400) return;
          response.http.status = status;
          if (status === 503) response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}
