// Who is asking: the API key when the request carries one (`Authorization: Bearer <key>`),
// else the client's IP address (Express's req.ip: the socket's address unless TRUST_PROXY
// says which proxies' X-Forwarded-For to believe).
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { bearerToken } from '../../modules/auth/bearer-token';

export { bearerToken };

/**
 * The key a client's requests are counted under: "key:<hash>" for an API key (the key itself
 * is never kept in memory), else "ip:<address>".
 */
export function clientKey(req: Request): string {
  const token = bearerToken(req);
  if (token) return `key:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
