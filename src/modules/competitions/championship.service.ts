import { Prisma, type Championship, type Meet } from '../../db/generated/client';
import { championshipColumns, meetColumns } from '../../db/model-columns';
import type { SqlReader } from '../../db/sql-reader';
import { groupRows } from '../common/collections';
import { ReferenceTable } from '../common/reference-table';

export class ChampionshipService {
  /** A few dozen series, read by medal and meet requests: kept in memory. */
  private readonly table: ReferenceTable<number, Championship>;

  constructor(private readonly sql: SqlReader) {
    this.table = new ReferenceTable(
      () => sql.rows<Championship>(Prisma.sql`SELECT ${championshipColumns('c')} FROM championships c ORDER BY c.name, c.id`),
      (row) => row.id,
    );
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

  /** After a committed write to the table: the next read sees it (see ReferenceTable.invalidate). */
  invalidate(): void {
    this.table.invalidate();
  }

  /** Every series by name, paged in memory. */
  all(): Promise<Championship[]> {
    return this.table.all();
  }

  /** Editions of each championship, latest first (by the year held, then start date). */
  async editionsOf(championshipIds: readonly number[]): Promise<Meet[][]> {
    const rows = await this.sql.rowsByKeys<Meet>(Prisma.sql`
      SELECT ${meetColumns('m')} FROM meets m WHERE m.championship_id = ANY(${[...championshipIds]}::int[])
       ORDER BY m.year DESC, m.start_date DESC NULLS LAST, m.id DESC`);
    return groupRows(championshipIds, rows, (row) => row.championshipId as number);
  }
}
