// Who is asking: the API key when the request carries one (`Authorization: Bearer <key>`),
// else the client's IP address (Express's req.ip: the socket's address unless TRUST_PROXY
// says which proxies' X-Forwarded-For to believe).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';

/** The bearer token of the Authorization header, or null when there is none. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * The key a client's requests are counted under: "key:<hash>" for an API key (the key itself
 * is never kept in memory), else "ip:<address>".
 */
export function clientKey(req: Request): string {
  const token = bearerToken(req);
  if (token) return `key:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}
