import { RowsRead } from './rows-read';

interface Row {
  id: number;
}

describe('RowsRead', () => {
  it('answers rows a list read gave without fetching them again', async () => {
    const rows = new RowsRead<Row>();
    await rows.track(Promise.resolve([[{ id: 1 }, { id: 2 }], [{ id: 3 }]]), (lists) => lists.flat());
    const fetched: number[][] = [];
    const got = await rows.load([3, 4, 1], async (missing) => {
      fetched.push(missing);
      return missing.map((id) => ({ id }));
    });
    expect(got.map((row) => row?.id)).toEqual([3, 4, 1]);
    expect(fetched).toEqual([[4]]);
  });

  it('waits for list reads under way before fetching', async () => {
    const rows = new RowsRead<Row>();
    let finish!: (value: Row[]) => void;
    void rows.track(new Promise<Row[]>((resolve) => (finish = resolve)), (list) => list);
    const fetch = jest.fn(async (missing: number[]) => missing.map((id) => ({ id })));
    const loading = rows.load([7], fetch);
    finish([{ id: 7 }]);
    expect(await loading).toEqual([{ id: 7 }]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('ignores a failed list read (its caller reports it) and fetches what it lacks', async () => {
    const rows = new RowsRead<Row>();
    const failed = rows.track(Promise.reject(new Error('boom')), () => []);
    await expect(failed).rejects.toThrow('boom');
    expect(await rows.load([5], async () => [null])).toEqual([null]);
  });

  it('peeks at rows already read, without waiting for reads under way', async () => {
    const rows = new RowsRead<Row>();
    await rows.track(Promise.resolve([{ id: 1 }]), (list) => list);
    void rows.track(new Promise<Row[]>(() => undefined), (list) => list);
    expect(rows.peek(1)).toEqual({ id: 1 });
    expect(rows.peek(2)).toBeUndefined();
  });
});
