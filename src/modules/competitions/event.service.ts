import type { Event } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { rowsByKey } from '../common/collections';

export class EventService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Event | null>> {
    const rows = await this.prisma.event.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Every event by code then sex: the list of disciplines is short. */
  all(): Promise<Event[]> {
    return this.prisma.event.findMany({ orderBy: [{ code: 'asc' }, { sex: 'asc' }] });
  }
}
