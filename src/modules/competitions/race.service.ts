import type { Race } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { compareRounds } from '../../domain/rounds';
import { groupRows, rowsByKey } from '../common/collections';

export class RaceService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Race | null>> {
    const rows = await this.prisma.race.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Races of each meet in programme order: by day, event, then round (heats before the final) and heat. */
  async racesOf(meetIds: readonly number[]): Promise<Race[][]> {
    const rows = await this.prisma.race.findMany({
      where: { meetId: { in: [...meetIds] } },
      orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { eventId: 'asc' }, { heat: 'asc' }, { id: 'asc' }],
    });
    const sorted = [...rows].sort(
      (a, b) =>
        (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) ||
        a.eventId - b.eventId ||
        compareRounds(a.round, b.round) ||
        a.heat - b.heat ||
        a.id - b.id,
    );
    return groupRows(meetIds, sorted, (row) => row.meetId);
  }
}
