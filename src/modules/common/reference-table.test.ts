import { ReferenceTable } from './reference-table';

interface Row {
  id: number;
  name: string;
}

function table(rows: Row[], ttlMs = 60_000) {
  let reads = 0;
  const t = new ReferenceTable<number, Row>(
    async () => {
      reads++;
      return rows.map((row) => ({ ...row }));
    },
    (row) => row.id,
    ttlMs,
  );
  return { t, reads: () => reads };
}

describe('ReferenceTable', () => {
  it("reads the table once and answers from memory, in the keys' order", async () => {
    const { t, reads } = table([
      { id: 1, name: 'a' },
      { id: 2, name: 'b' },
    ]);
    expect((await t.byKeys([2, 1])).map((row) => row?.name)).toEqual(['b', 'a']);
    expect((await t.all()).map((row) => row.id)).toEqual([1, 2]);
    expect(reads()).toBe(1);
  });

  it('reads again when a key is missing (a row added since), and answers null when it still is', async () => {
    const rows = [{ id: 1, name: 'a' }];
    const { t, reads } = table(rows);
    await t.byKeys([1]);
    rows.push({ id: 3, name: 'c' });
    expect((await t.byKeys([3]))[0]?.name).toBe('c');
    expect(await t.byKeys([9])).toEqual([null]);
    expect(reads()).toBe(3);
  });

  it('reads again once the time to live has passed', async () => {
    const rows = [{ id: 1, name: 'a' }];
    const { t, reads } = table(rows, 0);
    await t.all();
    rows[0].name = 'renamed';
    expect((await t.byKeys([1]))[0]?.name).toBe('renamed');
    expect(reads()).toBe(2);
  });

  it('shares one read between concurrent callers', async () => {
    const { t, reads } = table([{ id: 1, name: 'a' }]);
    await Promise.all([t.all(), t.byKeys([1]), t.find((row) => row.name === 'a')]);
    expect(reads()).toBe(1);
  });

  it('lets a failed read fail its callers and tries again on the next call', async () => {
    let fail = true;
    const t = new ReferenceTable<number, Row>(
      async () => {
        if (fail) throw new Error('database down');
        return [{ id: 1, name: 'a' }];
      },
      (row) => row.id,
    );
    await expect(t.all()).rejects.toThrow('database down');
    fail = false;
    expect(await t.byKeys([1])).toEqual([{ id: 1, name: 'a' }]);
  });

  it('peeks: the row without a promise while the copy is fresh, nothing before the first read or once stale', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000);
    try {
      const { t } = table([{ id: 1, name: 'a' }], 5_000);
      expect(t.peek(1)).toBeUndefined();
      await t.byKeys([1]);
      expect(t.peek(1)?.name).toBe('a');
      expect(t.peek(2)).toBeUndefined();
      now.mockReturnValue(6_000);
      expect(t.peek(1)).toBeUndefined();
    } finally {
      now.mockRestore();
    }
  });

  it('reads again after invalidate(): a row changed by a write is seen at once, and peek waits for the read', async () => {
    const rows = [{ id: 1, name: 'a' }];
    const { t, reads } = table(rows);
    await t.all();
    rows[0].name = 'renamed';
    expect((await t.byKeys([1]))[0]?.name).toBe('a');
    t.invalidate();
    expect(t.peek(1)).toBeUndefined();
    expect((await t.all())[0].name).toBe('renamed');
    expect(t.peek(1)?.name).toBe('renamed');
    expect(reads()).toBe(2);
  });

  it('does not let a read begun before invalidate() serve later calls, nor put older rows back', async () => {
    let name = 'before';
    const pending: Array<() => void> = [];
    const t = new ReferenceTable<number, Row>(
      () => {
        const row = { id: 1, name }; // the row as the statement sees it when it starts
        return new Promise<Row[]>((resolve) => pending.push(() => resolve([row])));
      },
      (row) => row.id,
      60_000,
    );
    const early = t.all(); // begun before the write
    name = 'after';
    t.invalidate();
    const late = t.all(); // a new read, not the one under way
    expect(pending).toHaveLength(2);
    pending[1]();
    expect((await late)[0].name).toBe('after');
    pending[0]();
    await early;
    expect((await t.all())[0].name).toBe('after');
    expect(t.peek(1)?.name).toBe('after');
    expect(pending).toHaveLength(2);
  });

  it('after invalidate(), a read that began before it answers its callers but is not kept as fresh', async () => {
    let name = 'before';
    const pending: Array<() => void> = [];
    const t = new ReferenceTable<number, Row>(
      () => {
        const row = { id: 1, name };
        return new Promise<Row[]>((resolve) => pending.push(() => resolve([row])));
      },
      (row) => row.id,
      60_000,
    );
    const early = t.all();
    name = 'after';
    t.invalidate();
    pending[0]();
    expect((await early)[0].name).toBe('before');
    expect(t.peek(1)).toBeUndefined();
    const next = t.all();
    pending[1]();
    expect((await next)[0].name).toBe('after');
  });
});
