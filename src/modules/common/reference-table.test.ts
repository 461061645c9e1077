import { ReferenceTable } from './reference-table';

interface Row {
  id: number;
  name: string;
}

function table(rows: Row[], ttlMs = 60_000) {
  let reads = 0;
  const t = new ReferenceTable<number, Row>(async () => {
    reads++;
    return rows.map((row) => ({ ...row }));
  }, (row) => row.id, ttlMs);
  return { t, reads: () => reads };
}

describe('ReferenceTable', () => {
  it('reads the table once and answers from memory, in the keys\' order', async () => {
    const { t, reads } = table([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
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
    const t = new ReferenceTable<number, Row>(async () => {
      if (fail) throw new Error('database down');
      return [{ id: 1, name: 'a' }];
    }, (row) => row.id);
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
});
