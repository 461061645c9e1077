import { createDatabase, type Database } from '../../db/client';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { ApiKeyError, ApiKeyService } from './api-key.service';

let database: TestDatabase;
let db: Database;
let keys: ApiKeyService;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDatabase({ connectionString: database.url, maxConnections: 2 });
  keys = new ApiKeyService(db.prisma);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('API keys', () => {
  it('are shown once and stored only as a SHA-256 hash', async () => {
    const { key, info } = await keys.create('results-team');
    expect(key).toMatch(/^agk_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: info.id } });
    expect(row.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(key.slice(12));
    expect(row.prefix).toBe(key.slice(0, 12));
  });

  it('authenticate valid keys, and tell missing, invalid and revoked ones apart', async () => {
    const { key, info } = await keys.create('editor');
    expect(await keys.authenticate(key)).toEqual({ ok: true, key: { id: info.id, name: 'editor' } });
    expect(await keys.authenticate(null)).toEqual({ ok: false, reason: 'missing' });
    expect(await keys.authenticate(`${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await keys.authenticate('Bearer')).toEqual({ ok: false, reason: 'invalid' });
    await keys.revoke(String(info.id));
    expect(await keys.authenticate(key)).toEqual({ ok: false, reason: 'revoked' });
  });

  it('are listed with their state, revoked by name or id, and named uniquely', async () => {
    await keys.create('intern');
    await keys.revoke('intern');
    const again = await keys.revoke('intern');
    expect(again.revokedAt).toBeInstanceOf(Date);
    const list = await keys.list();
    expect(list.map((k) => [k.name, k.revokedAt !== null])).toEqual([
      ['results-team', false],
      ['editor', true],
      ['intern', true],
    ]);
    await expect(keys.create('intern')).rejects.toThrow(ApiKeyError);
    await expect(keys.create('12')).rejects.toThrow(/not only digits/);
    await expect(keys.create('two words')).rejects.toThrow(ApiKeyError);
    await expect(keys.revoke('nobody')).rejects.toThrow(/No API key with name nobody/);
  });
});
