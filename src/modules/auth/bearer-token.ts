// The API key a request presents: `Authorization: Bearer <key>`. The auth module reads it for
// writes; the HTTP layer counts requests by it (src/server/http/client-identity.ts).
import type { IncomingMessage } from 'node:http';

/** The bearer token of the Authorization header, or null when there is none. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header);
  return match ? match[1] : null;
}
