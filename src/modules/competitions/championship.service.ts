import type { Championship, Meet } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { groupRows, rowsByKey } from '../common/collections';

export class ChampionshipService {
  constructor(private readonly prisma: PrismaClient) {}

  async byIds(ids: readonly number[]): Promise<Array<Championship | null>> {
    const rows = await this.prisma.championship.findMany({ where: { id: { in: [...ids] } } });
    return rowsByKey(ids, rows, (row) => row.id);
  }

  findBySlug(slug: string): Promise<Championship | null> {
    return this.prisma.championship.findUnique({ where: { slug } });
  }

  /** Every series by name: a short list, paged in memory. */
  all(): Promise<Championship[]> {
    return this.prisma.championship.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
  }

  /** Editions of each championship, latest first (by the year held, then start date). */
  async editionsOf(championshipIds: readonly number[]): Promise<Meet[][]> {
    const rows = await this.prisma.meet.findMany({
      where: { championshipId: { in: [...championshipIds] } },
      orderBy: [{ year: 'desc' }, { startDate: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    });
    return groupRows(championshipIds, rows, (row) => row.championshipId as number);
  }
}
