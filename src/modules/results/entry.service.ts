import type { Entry } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { groupRows, rowsByKey } from '../common/collections';

export class EntryService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Entry | null>> {
    const rows = await this.prisma.entry.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  /** Each race's entries (its start list) in the order they were entered. */
  async entriesOf(raceIds: readonly number[]): Promise<Entry[][]> {
    const rows = await this.prisma.entry.findMany({ where: { raceId: { in: [...raceIds] } }, orderBy: { id: 'asc' } });
    return groupRows(raceIds, rows, (row) => row.raceId);
  }

  /** Each athlete's entries, latest race first. */
  async entriesOfAthletes(athleteIds: readonly number[]): Promise<Entry[][]> {
    const rows = await this.prisma.entry.findMany({ where: { athleteId: { in: [...athleteIds] } }, orderBy: { raceId: 'desc' } });
    return groupRows(athleteIds, rows, (row) => row.athleteId);
  }
}
