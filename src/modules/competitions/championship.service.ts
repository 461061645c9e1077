import type { Championship, Meet } from '../../db/generated/client';
import type { PrismaClient } from '../../db/client';
import { groupRows } from '../common/collections';
import { ReferenceTable } from '../common/reference-table';

export class ChampionshipService {
  /** A few dozen series, read by medal and meet requests: kept in memory. */
  private readonly table: ReferenceTable<number, Championship>;

  constructor(private readonly prisma: PrismaClient) {
    this.table = new ReferenceTable(() => prisma.championship.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }), (row) => row.id);
  }

  /** The championship when the in-memory copy is fresh and has it (see ReferenceTable.peek). */
  peek(id: number): Championship | undefined {
    return this.table.peek(id);
  }

  byIds(ids: readonly number[]): Promise<Array<Championship | null>> {
    return this.table.byKeys(ids);
  }

  findBySlug(slug: string): Promise<Championship | null> {
    return this.table.find((row) => row.slug === slug);
  }

  /** Every series by name, paged in memory. */
  all(): Promise<Championship[]> {
    return this.table.all();
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
