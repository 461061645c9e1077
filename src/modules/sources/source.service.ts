import type { Source } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { groupRows, rowsByKey } from '../common/collections';

/** Sources are linked to meets, performances and entries through join tables. */
export class SourceService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Source | null>> {
    const rows = await this.prisma.source.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  async sourcesOfMeets(meetIds: readonly number[]): Promise<Source[][]> {
    const links = await this.prisma.meetSource.findMany({
      where: { meetId: { in: [...meetIds] } }, include: { source: true }, orderBy: { sourceId: 'asc' },
    });
    return groupRows(meetIds, links, (link) => link.meetId).map((group) => group.map((link) => link.source));
  }

  async sourcesOfPerformances(performanceIds: readonly number[]): Promise<Source[][]> {
    const links = await this.prisma.performanceSource.findMany({
      where: { performanceId: { in: [...performanceIds] } }, include: { source: true }, orderBy: { sourceId: 'asc' },
    });
    return groupRows(performanceIds, links, (link) => link.performanceId).map((group) => group.map((link) => link.source));
  }

  async sourcesOfEntries(entryIds: readonly number[]): Promise<Source[][]> {
    const links = await this.prisma.entrySource.findMany({
      where: { entryId: { in: [...entryIds] } }, include: { source: true }, orderBy: { sourceId: 'asc' },
    });
    return groupRows(entryIds, links, (link) => link.entryId).map((group) => group.map((link) => link.source));
  }
}
