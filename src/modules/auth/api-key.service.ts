// API keys: random 32-byte secrets shown once; only their SHA-256 is stored. A presented
// key is looked up by its (non-secret) prefix and compared by hash in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../../db/client';

export const KEY_PREFIX = 'agk_';
/** Characters of a key kept in clear: "agk_" and 8 more, enough to find it, useless to forge it. */
const LOOKUP_LENGTH = KEY_PREFIX.length + 8;

export interface ApiKeyInfo {
  id: number;
  name: string;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The key a request was made with. */
export interface AuthenticatedKey {
  id: number;
  name: string;
}

export type Authentication = { ok: true; key: AuthenticatedKey } | { ok: false; reason: 'missing' | 'invalid' | 'revoked' };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export class ApiKeyError extends Error {}

export class ApiKeyService {
  constructor(private readonly prisma: PrismaClient) {}

  /** Creates a key; the returned `key` is the only time it is ever seen. */
  async create(name: string): Promise<{ key: string; info: ApiKeyInfo }> {
    const trimmed = name.trim();
    if (!/^[\w.@-]{1,100}$/.test(trimmed) || /^\d+$/.test(trimmed)) {
      // All digits would be confused with an id by `revoke <name|id>`.
      throw new ApiKeyError('A key name is 1 to 100 letters, digits, "_", "-", "." or "@", and not only digits');
    }
    if (await this.prisma.apiKey.findUnique({ where: { name: trimmed } })) {
      throw new ApiKeyError(`A key named "${trimmed}" already exists (revoked keys keep their names, so the audit log stays readable)`);
    }
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const row = await this.prisma.apiKey.create({
      data: { name: trimmed, prefix: key.slice(0, LOOKUP_LENGTH), keyHash: sha256(key).toString('hex') },
    });
    return { key, info: this.info(row) };
  }

  async list(): Promise<ApiKeyInfo[]> {
    return (await this.prisma.apiKey.findMany({ orderBy: { id: 'asc' } })).map((row) => this.info(row));
  }

  /** Revokes by name or id; revoking twice is harmless (the first date stays). */
  async revoke(nameOrId: string): Promise<ApiKeyInfo> {
    const where = /^\d+$/.test(nameOrId) ? { id: Number(nameOrId) } : { name: nameOrId };
    const row = await this.prisma.apiKey.findFirst({ where });
    if (!row) throw new ApiKeyError(`No API key with ${/^\d+$/.test(nameOrId) ? 'id' : 'name'} ${nameOrId}`);
    if (row.revokedAt) return this.info(row);
    return this.info(await this.prisma.apiKey.update({ where: { id: row.id }, data: { revokedAt: new Date() } }));
  }

  async authenticate(token: string | null): Promise<Authentication> {
    if (token === null || token === '') return { ok: false, reason: 'missing' };
    if (!token.startsWith(KEY_PREFIX) || token.length < LOOKUP_LENGTH) return { ok: false, reason: 'invalid' };
    const candidates = await this.prisma.apiKey.findMany({ where: { prefix: token.slice(0, LOOKUP_LENGTH) } });
    const presented = sha256(token);
    for (const row of candidates) {
      const stored = Buffer.from(row.keyHash, 'hex');
      if (stored.length === presented.length && timingSafeEqual(stored, presented)) {
        return row.revokedAt ? { ok: false, reason: 'revoked' } : { ok: true, key: { id: row.id, name: row.name } };
      }
    }
    return { ok: false, reason: 'invalid' };
  }

  private info(row: { id: number; name: string; prefix: string; createdAt: Date; revokedAt: Date | null }): ApiKeyInfo {
    return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, revokedAt: row.revokedAt };
  }
}
